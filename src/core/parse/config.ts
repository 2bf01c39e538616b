/** `isms.yaml` → IsmsConfig with defaults, and the problems found in it (bad dates, wrong types). */
import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import { isCalendarDate } from '../dates';
import { CYCLE_AUDIT_TYPES, DEFAULTS, type CycleAudit, type CycleAuditType, type Department, type IsmsConfig } from '../model/config';
import type { FileKey, Range } from '../model/types';
import type { ConfigSource } from './parseFile';
import { pointRange } from './positions';

export interface ConfigProblem {
  code: 'ISMS002' | 'ISMS006';
  message: string;
  range: Range;
}

export function defaultConfig(file: FileKey): IsmsConfig {
  return {
    file,
    standards: ['iso27001:2022'],
    internalAudit: {
      cadenceMonths: DEFAULTS.cadenceMonths,
      warnBeforeExternalDays: DEFAULTS.warnBeforeExternalDays,
      bunchingShare: DEFAULTS.bunchingShare,
      bunchingDays: DEFAULTS.bunchingDays,
    },
    managementReview: { intervalMonths: DEFAULTS.reviewIntervalMonths },
    correctiveAction: { followUpDays: DEFAULTS.followUpDays },
    privacy: { reviewMonths: DEFAULTS.privacyReviewMonths },
    continuity: { exerciseMonths: DEFAULTS.exerciseMonths },
    awareness: { cadenceMonths: DEFAULTS.awarenessCadenceMonths, refresherMonths: DEFAULTS.refresherMonths, inductionDays: DEFAULTS.inductionDays },
    documents: { reviewMonths: DEFAULTS.documentReviewMonths },
    topManagement: [],
    departments: [],
    anchor: pointRange(0),
  };
}

export function readConfig(file: FileKey, source: ConfigSource): { config: IsmsConfig; problems: ConfigProblem[] } {
  const { node: root, locate } = source;
  const config = defaultConfig(file);
  const problems: ConfigProblem[] = [];
  config.anchor = locate(root.get('isms', true) as Node);

  const scalar = (map: YAMLMap, key: string): unknown => {
    const v = map.get(key, true);
    return isScalar(v) ? v.value : v === undefined ? undefined : v;
  };
  const str = (map: YAMLMap, key: string): string | undefined => {
    const v = scalar(map, key);
    return v === undefined || v === null ? undefined : String(v);
  };
  const date = (map: YAMLMap, key: string): string | undefined => {
    const node = map.get(key, true) as Node | undefined;
    const v = scalar(map, key);
    if (v === undefined || v === null) return undefined;
    if (!isCalendarDate(v)) {
      problems.push({ code: 'ISMS002', message: `\`${key}\` must be a real calendar date written YYYY-MM-DD (got \`${String(v)}\`).`, range: locate(node) });
      return undefined;
    }
    return v;
  };
  const positive = (map: YAMLMap | undefined, key: string, fallback: number, max = Infinity): number => {
    if (!map) return fallback;
    const v = scalar(map, key);
    if (v === undefined || v === null) return fallback;
    if (typeof v !== 'number' || !(v > 0) || v > max) {
      problems.push({ code: 'ISMS006', message: `\`${key}\` must be a number greater than 0${max < Infinity ? ` and at most ${max}` : ''} (got \`${String(v)}\`); using ${fallback}.`, range: locate(map.get(key, true) as Node) });
      return fallback;
    }
    return v;
  };
  const section = (key: string): YAMLMap | undefined => {
    const v = root.get(key, true);
    if (v === undefined) return undefined;
    if (isMap(v)) return v;
    problems.push({ code: 'ISMS006', message: `\`${key}\` must be a mapping of settings.`, range: locate(v as Node) });
    return undefined;
  };
  const strings = (v: unknown): string[] =>
    isSeq(v) ? v.items.map((i) => (isScalar(i) ? String(i.value) : '')).filter(Boolean) : isScalar(v) && v.value != null ? [String(v.value)] : [];

  config.organisation = str(root, 'organisation');
  config.scope = str(root, 'scope');
  const standards = strings(root.get('standards', true));
  if (standards.length) config.standards = standards;
  config.topManagement = strings(root.get('top-management', true));

  const cert = section('certification');
  if (cert) {
    const audits: CycleAudit[] = [];
    const list = cert.get('audits', true);
    if (isSeq(list)) {
      for (const item of list.items) {
        if (!isMap(item)) continue;
        const type = str(item, 'type');
        const range = locate(item);
        if (!type || !(CYCLE_AUDIT_TYPES as readonly string[]).includes(type)) {
          problems.push({ code: 'ISMS006', message: `\`type\` of a cycle audit must be one of ${CYCLE_AUDIT_TYPES.join(', ')} (got \`${type ?? ''}\`).`, range });
          continue;
        }
        const status = str(item, 'status');
        audits.push({
          type: type as CycleAuditType,
          date: date(item, 'date'),
          status: status === 'done' || status === 'cancelled' ? status : 'planned',
          range,
        });
      }
    }
    config.certification = {
      body: str(cert, 'body'),
      certificate: str(cert, 'certificate'),
      decision: date(cert, 'decision'),
      issued: date(cert, 'issued'),
      expires: date(cert, 'expires'),
      audits,
      range: locate(root.get('certification', true) as Node),
      expiresRange: cert.get('expires', true) ? locate(cert.get('expires', true) as Node) : undefined,
    };
  }
  const ia = section('internal-audit');
  config.internalAudit = {
    cadenceMonths: positive(ia, 'cadence-months', DEFAULTS.cadenceMonths, 12),
    warnBeforeExternalDays: positive(ia, 'warn-before-external-days', DEFAULTS.warnBeforeExternalDays),
    bunchingShare: positive(ia, 'bunching-share', DEFAULTS.bunchingShare, 1),
    bunchingDays: positive(ia, 'bunching-days', DEFAULTS.bunchingDays),
  };
  config.managementReview = { intervalMonths: positive(section('management-review'), 'interval-months', DEFAULTS.reviewIntervalMonths, 12) };
  config.correctiveAction = { followUpDays: positive(section('corrective-action'), 'follow-up-days', DEFAULTS.followUpDays) };
  config.privacy = { reviewMonths: positive(section('privacy'), 'review-months', DEFAULTS.privacyReviewMonths) };
  config.continuity = { exerciseMonths: positive(section('continuity'), 'exercise-months', DEFAULTS.exerciseMonths) };
  config.documents = { reviewMonths: positive(section('documents'), 'review-months', DEFAULTS.documentReviewMonths) };
  config.awareness = readAwareness(section('awareness'), positive, (message, node) => problems.push({ code: 'ISMS006', message, range: locate(node) }));

  const departments = root.get('departments', true);
  if (isSeq(departments)) {
    for (const item of departments.items) {
      if (!isMap(item)) continue;
      const id = str(item, 'id');
      if (!id) continue;
      const dep: Department = { id, owner: str(item, 'owner'), owns: strings(item.get('owns', true)), range: locate(item) };
      config.departments.push(dep);
    }
  }
  return { config, problems };
}


type PositiveReader = (map: YAMLMap | undefined, key: string, fallback: number, max?: number) => number;

/**
 * `awareness:` — whole numbers, since they count calendar months and days. `max-gap-months` is the
 * deprecated name of `cadence-months` (read when `cadence-months` is absent).
 */
function readAwareness(map: YAMLMap | undefined, positive: PositiveReader, problem: (message: string, node: Node) => void): IsmsConfig['awareness'] {
  const whole = (key: string, fallback: number, max: number): number => {
    const v = positive(map, key, fallback, max);
    if (Number.isInteger(v)) return v;
    problem(`\`${key}\` must be a whole number (got \`${v}\`); using ${fallback}.`, map?.get(key, true) as Node);
    return fallback;
  };
  const cadenceKey = map && !map.has('cadence-months') && map.has('max-gap-months') ? 'max-gap-months' : 'cadence-months';
  return {
    cadenceMonths: whole(cadenceKey, DEFAULTS.awarenessCadenceMonths, 12),
    refresherMonths: whole('refresher-months', DEFAULTS.refresherMonths, 36),
    inductionDays: whole('induction-days', DEFAULTS.inductionDays, 365),
  };
}
