/**
 * `isms.yaml`: the root of an ISMS folder and its settings. Defaults are the practitioner's reading of
 * ISO/IEC 27001:2022 and ISO/IEC 17021-1; every number is overridable in the file.
 */
import type { FileKey, Range } from './types';

/** The defaults of every number in `isms.yaml` (docs/format.md explains each). */
export const DEFAULTS = {
  cadenceMonths: 1,
  warnBeforeExternalDays: 60,
  bunchingShare: 0.5,
  bunchingDays: 90,
  reviewIntervalMonths: 6,
  followUpDays: 30,
  privacyReviewMonths: 12,
  exerciseMonths: 12,
  awarenessCadenceMonths: 1,
  refresherMonths: 12,
  inductionDays: 30,
  documentReviewMonths: 12,
} as const;

export const CYCLE_AUDIT_TYPES = ['certification', 'surveillance-1', 'surveillance-2', 'surveillance', 'recertification', 'special'] as const;
export type CycleAuditType = (typeof CYCLE_AUDIT_TYPES)[number];

export interface CycleAudit {
  type: CycleAuditType;
  /** YYYY-MM-DD; undefined when missing or impossible (reported by the data rules) */
  date?: string;
  status: 'planned' | 'done' | 'cancelled';
  /** where the entry is written, for diagnostics */
  range: Range;
}

export interface Department {
  id: string;
  owner?: string;
  owns: string[];
  range: Range;
}

export interface IsmsConfig {
  file: FileKey;
  organisation?: string;
  scope?: string;
  standards: string[];
  certification?: {
    body?: string;
    certificate?: string;
    /** date of the certification decision (17021-1 9.1.3.2 counts the first surveillance from it) */
    decision?: string;
    issued?: string;
    expires?: string;
    audits: CycleAudit[];
    range: Range;
    expiresRange?: Range;
  };
  internalAudit: {
    cadenceMonths: number;
    warnBeforeExternalDays: number;
    /** share of a year's audits that may fall in the `bunchingDays` before an external audit */
    bunchingShare: number;
    bunchingDays: number;
  };
  managementReview: { intervalMonths: number };
  correctiveAction: { followUpDays: number };
  /** records of processing and DPIAs are reviewed at least this often (GDPR Art. 30, 35(11)) */
  privacy: { reviewMonths: number };
  /** each continuity plan is exercised at least this often (ISO 22301 8.5) */
  continuity: { exerciseMonths: number };
  /** the awareness programme (7.3, A.6.3): activity every `cadenceMonths`, training per person every `refresherMonths` */
  awareness: { cadenceMonths: number; refresherMonths: number; inductionDays: number };
  /** documents (policies, procedures…) are reviewed at least this often unless they say otherwise (A.5.1) */
  documents: { reviewMonths: number };
  topManagement: string[];
  departments: Department[];
  /** range of the whole file's first line, for config-level diagnostics */
  anchor: Range;
}
