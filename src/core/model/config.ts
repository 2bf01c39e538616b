/**
 * `isms.yaml`: the root of an ISMS folder and its settings, described once as a field table
 * (CONFIG_FIELDS in configFields.ts) and read into IsmsConfig. Defaults are the practitioner's reading of ISO/IEC
 * 27001:2022 and ISO/IEC 17021-1; every number is overridable in the file.
 */
import type { FileKey, Range } from './types';

export const CYCLE_AUDIT_TYPES = [
  'certification',
  'surveillance-1',
  'surveillance-2',
  'surveillance',
  'recertification',
  'special',
] as const;
export type CycleAuditType = (typeof CYCLE_AUDIT_TYPES)[number];
export const CYCLE_AUDIT_STATUSES = ['planned', 'done', 'cancelled'] as const;

export interface CycleAudit {
  type: CycleAuditType;
  /** YYYY-MM-DD; undefined when missing or impossible (reported by the data rules) */
  date?: string;
  /** YYYY-MM-DD: the last day of an audit of several days, when given */
  end?: string;
  status: (typeof CYCLE_AUDIT_STATUSES)[number];
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
    /** date of the certification decision (17021-1 9.1.3 counts the first surveillance from it) */
    decision?: string;
    /** days the certification body needs between the recertification audit's last day and expiry (17021-1 9.6.3.2) */
    decisionDays: number;
    issued?: string;
    issuedRange?: Range;
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
  correctiveAction: { followUpDays: number; rootCauseDays: number };
  /** records of processing and DPIAs are reviewed at least this often (GDPR Art. 30, 35(11)) */
  privacy: {
    reviewMonths: number;
    /** the role for personal data when an incident and its processing activity say none */
    role: 'controller' | 'processor';
    /** GDPR Art. 33(1): a controller notifies the authority within these hours (72) */
    authorityNotificationHours: number;
    /** GDPR Art. 33(2), POPIA s.21(2): a processor notifies the controller within these hours (contractual, 24) */
    controllerNotificationHours: number;
    /** POPIA s.22(2): a reminder after these days without notifying the Information Regulator */
    popiaNotificationDays: number;
  };
  /**
   * risks are reviewed at least every `reviewMonths` (8.2); a residual score above `acceptanceLevel` needs the
   * owner's acceptance (6.1.3 f): undefined when isms.yaml sets none, and then residual risk is not checked
   */
  risk: { reviewMonths: number; acceptanceLevel?: number };
  /** each continuity plan is exercised at least this often (ISO 22301 8.5) */
  continuity: { exerciseMonths: number };
  /** the awareness programme (7.3, A.6.3): activity every `cadenceMonths`, training per person every `refresherMonths` */
  awareness: { cadenceMonths: number; refresherMonths: number; inductionDays: number };
  /**
   * documents (policies, procedures…) are reviewed at least this often unless they say otherwise, and
   * acknowledged by their audience within `acknowledgeDays` of approval (A.5.1)
   */
  documents: { reviewMonths: number; acknowledgeDays: number };
  /**
   * evidence is *renewal due* within `warnDays` of its last valid day (9.1); calendar alarms `reminderDays`
   * before; `expectedFor`: the controls expected to have evidence or an activity, canonical ids (absent = all
   * applicable controls)
   */
  evidence: { warnDays: number; reminderDays: number; expectedFor?: string[] };
  topManagement: string[];
  departments: Department[];
  /** `exclude:` paths the scan leaves out, as .gitignore patterns relative to the root (src/core/ignoreRules.ts) */
  exclude: string[];
  /** range of the whole file's first line, for config-level diagnostics */
  anchor: Range;
  /**
   * where settings are written: a top-level key (`internal-audit`) or one level down
   * (`internal-audit.cadence-months`), at the key, so that a programme-level diagnostic sits on the
   * setting it is about rather than on line 1
   */
  places?: Partial<Record<string, Range>>;
  /** where each `standards:` entry is written, by its catalogue key (`iso27001:2022`) */
  standardRanges?: Partial<Record<string, Range>>;
}

/** The first of the named settings written in isms.yaml (see `places`), else the file's `isms:` line. */
export function placeOf(config: IsmsConfig, ...keys: string[]): Range {
  for (const key of keys) {
    const at = config.places?.[key];
    if (at) return at;
  }
  return config.anchor;
}

/** Where a standard is listed under `standards:`, else the `standards:` key, else the file's `isms:` line. */
export function standardPlace(config: IsmsConfig, key: string): Range {
  return config.standardRanges?.[key] ?? placeOf(config, 'standards');
}
