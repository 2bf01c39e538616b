/**
 * Who of a document's audience has acknowledged its current version (A.5.1: "communicated to and
 * acknowledged by relevant personnel"). STUB (issue 17.3): the acknowledgements helper fills it.
 */
import type { CycleSource } from '../cycle/cycle';
import type { IsmsRecord } from '../model/types';

export interface PendingAcknowledgement {
  /** the person record (from the roster) who has not acknowledged the current version */
  person: IsmsRecord;
  /** by when it was due: the approval date plus `documents.acknowledge-days` */
  due: string;
  overdue: boolean;
}

export interface AcknowledgementStatus {
  /** the version the acknowledgements count for (the current approved one) */
  version?: string;
  /** people of the audience on the roster (those who left are not counted) */
  expected: number;
  /** of them, those who acknowledged the current version (or, after a minor change, an earlier one) */
  acknowledged: number;
  pending: PendingAcknowledgement[];
}

/** The acknowledgement status of an approved document with an audience; undefined otherwise. */
export function acknowledgementStatus(_doc: IsmsRecord, _source: CycleSource, _today: string): AcknowledgementStatus | undefined {
  return undefined;
}
