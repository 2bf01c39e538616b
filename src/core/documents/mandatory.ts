/**
 * The documented information the standards ask for (ISO/IEC 27001:2022, and ISO 22301 and ISO/IEC 27701
 * when `isms.yaml` lists them), as data, and what in the folder satisfies each item: a document whose
 * `satisfies:` names the clause, or records of the right kind. STUB (issue 17.6): the mandatory-list
 * helper fills it.
 */
import type { CycleSource } from '../cycle/cycle';
import type { FileKey, Range, RecordKind } from '../model/types';

export interface MandatoryItem {
  /** the standard key of `isms.yaml` `standards:`, e.g. `iso27001:2022` */
  standard: string;
  /** the clause that requires it, e.g. `6.1.3 d` */
  clause: string;
  /** what is required, e.g. "Statement of Applicability" */
  title: string;
  /** the documents or records that satisfy it; empty when missing */
  satisfiedBy: readonly { kind: RecordKind; id?: string; file: FileKey; range: Range }[];
}

/** Every mandatory item of the listed standards, in clause order, with what satisfies it. */
export function mandatoryDocuments(_source: CycleSource, _today: string): MandatoryItem[] {
  return [];
}
