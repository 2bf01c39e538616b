/**
 * `isms.yaml` → IsmsConfig with defaults, and the problems found in it (bad dates, wrong types, values
 * out of range). What each setting is and allows comes from the field table CONFIG_FIELDS.
 */
import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import { isCalendarDate } from '../dates';
import { canonicalValue } from '../model/vocabulary';
import {
  CYCLE_AUDIT_STATUSES,
  CYCLE_AUDIT_TYPES,
  type CycleAudit,
  type CycleAuditType,
  type Department,
  type IsmsConfig,
} from '../model/config';
import { CATALOGUES, canonicalId, catalogueFor } from '../model/catalogues';
import { byCloseness } from '../model/closest';
import { CONFIG_FIELDS, type ConfigField, type NumberSettingKey } from '../model/configFields';
import { standardKeyOf } from '../model/standardAliases';
import type { FileKey, Range } from '../model/types';
import type { ConfigSource } from './parseFile';
import { pointRange } from './positions';

export interface ConfigProblem {
  code: 'ISMS002' | 'ISMS006';
  message: string;
  range: Range;
}

/** The default of a number setting (a deprecated name has its successor's). */
const numberDefault = (key: NumberSettingKey): number => {
  const spec: ConfigField = CONFIG_FIELDS[key];
  return typeof spec.default === 'number' ? spec.default : 0;
};

export function defaultConfig(file: FileKey): IsmsConfig {
  return {
    file,
    standards: [...CONFIG_FIELDS.standards.default],
    exclude: [],
    internalAudit: {
      cadenceMonths: numberDefault('internal-audit.cadence-months'),
      warnBeforeExternalDays: numberDefault('internal-audit.warn-before-external-days'),
      bunchingShare: numberDefault('internal-audit.bunching-share'),
      bunchingDays: numberDefault('internal-audit.bunching-days'),
    },
    managementReview: { intervalMonths: numberDefault('management-review.interval-months') },
    correctiveAction: {
      followUpDays: numberDefault('corrective-action.follow-up-days'),
      rootCauseDays: numberDefault('corrective-action.root-cause-days'),
    },
    privacy: {
      reviewMonths: numberDefault('privacy.review-months'),
      role: 'controller',
      authorityNotificationHours: numberDefault('privacy.authority-notification-hours'),
      controllerNotificationHours: numberDefault('privacy.controller-notification-hours'),
      popiaNotificationDays: numberDefault('privacy.popia-notification-days'),
    },
    documents: {
      reviewMonths: numberDefault('documents.review-months'),
      acknowledgeDays: numberDefault('documents.acknowledge-days'),
    },
    continuity: { exerciseMonths: numberDefault('continuity.exercise-months') },
    evidence: { warnDays: numberDefault('evidence.warn-days'), reminderDays: numberDefault('evidence.reminder-days') },
    risk: { reviewMonths: numberDefault('risk.review-months') },
    awareness: {
      cadenceMonths: numberDefault('awareness.cadence-months'),
      refresherMonths: numberDefault('awareness.refresher-months'),
      inductionDays: numberDefault('awareness.induction-days'),
    },
    topManagement: [],
    departments: [],
    anchor: pointRange(0),
  };
}

/** Typed reads of the YAML of isms.yaml; every value that is not what the table allows becomes a problem. */
class ConfigReader {
  readonly problems: ConfigProblem[] = [];
  private readonly sections = new Map<string, YAMLMap | undefined>();

  constructor(
    readonly root: YAMLMap,
    readonly locate: (node: Node) => Range,
  ) {}

  problem(code: ConfigProblem['code'], message: string, node: Node | undefined): void {
    this.problems.push({ code, message, range: node ? this.locate(node) : pointRange(0) });
  }

  value(map: YAMLMap, key: string): unknown {
    const v = map.get(key, true);
    return isScalar(v) ? v.value : v;
  }

  text(map: YAMLMap, key: string): string | undefined {
    const v = this.value(map, key);
    return v === undefined || v === null ? undefined : String(v);
  }

  strings(node: unknown): string[] {
    if (isSeq(node)) return node.items.map((i) => (isScalar(i) ? String(i.value) : '')).filter(Boolean);
    return isScalar(node) && node.value != null ? [String(node.value)] : [];
  }

  date(map: YAMLMap, key: string): string | undefined {
    const v = this.value(map, key);
    if (v === undefined || v === null) return undefined;
    if (isCalendarDate(v)) return v;
    const message = `‘${key}’ must be a real calendar date written YYYY-MM-DD, from 0001-01-01 to 9999-12-31 (got ‘${String(v)}’).`;
    this.problem('ISMS002', message, map.get(key, true) as Node);
    return undefined;
  }

  /** A settings section (`internal-audit:`…): a mapping, else reported once and read as absent. */
  section(name: string): YAMLMap | undefined {
    if (!this.sections.has(name)) {
      const v = this.root.get(name, true);
      if (v !== undefined && !isMap(v)) this.problem('ISMS006', `‘${name}’ must be a mapping of settings.`, v as Node);
      this.sections.set(name, isMap(v) ? v : undefined);
    }
    return this.sections.get(name);
  }

  /** A setting with a closed list of values, read ignoring case; anything else is reported and read as `fallback`. */
  choice<T extends string>(key: string, values: readonly T[], fallback: T): T {
    const dot = key.indexOf('.');
    const name = key.slice(dot + 1);
    const map = this.section(key.slice(0, dot));
    const v = map ? this.value(map, name) : undefined;
    if (v === undefined || v === null || !map) return fallback;
    const found = values.find((x) => x === String(v).trim().toLowerCase());
    if (found !== undefined) return found;
    this.problem(
      'ISMS006',
      `‘${name}’ must be one of ${values.join(', ')} (got ‘${String(v)}’); using ${fallback}.`,
      map.get(name, true) as Node,
    );
    return fallback;
  }

  /** A number setting, as the table allows it (whole months and days, a share in (0, 1]); else its default, reported. */
  number(key: NumberSettingKey, fallback = numberDefault(key)): number {
    const dot = key.indexOf('.');
    const name = key.slice(dot + 1);
    const map = this.section(key.slice(0, dot));
    if (!map) return fallback;
    const v = this.value(map, name);
    if (v === undefined || v === null) return fallback;
    const spec: ConfigField = CONFIG_FIELDS[key];
    let allowed: string;
    if (spec.type === 'share') {
      if (typeof v === 'number' && v > 0 && v <= 1) return v;
      allowed = 'a number greater than 0 and at most 1';
    } else {
      if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= (spec.max ?? Infinity)) return v;
      allowed = spec.max === undefined ? 'a whole number, 1 or more' : `a whole number from 1 to ${spec.max}`;
    }
    this.problem('ISMS006', `‘${name}’ must be ${allowed} (got ‘${String(v)}’); using ${fallback}.`, map.get(name, true) as Node);
    return fallback;
  }
}

export function readConfig(file: FileKey, source: ConfigSource): { config: IsmsConfig; problems: ConfigProblem[] } {
  const r = new ConfigReader(source.node, source.locate);
  const config = defaultConfig(file);
  config.anchor = source.locate(source.node.get('isms', true) as Node);
  readPlaces(r, config);
  readTopLevel(r, config);
  config.certification = readCertification(r);
  readSettings(r, config);
  config.departments = readDepartments(r);
  return { config, problems: r.problems };
}

/** Where each setting and each `standards:` entry is written, for diagnostics anchored at their place. */
function readPlaces(r: ConfigReader, config: IsmsConfig): void {
  const places: Partial<Record<string, Range>> = {};
  for (const pair of r.root.items) {
    if (!isScalar(pair.key) || typeof pair.key.value !== 'string') continue;
    const key = pair.key.value;
    places[key] = r.locate(pair.key);
    if (!isMap(pair.value)) continue;
    for (const inner of pair.value.items) {
      if (isScalar(inner.key) && typeof inner.key.value === 'string') places[`${key}.${inner.key.value}`] = r.locate(inner.key);
    }
  }
  config.places = places;
  const standardRanges: Partial<Record<string, Range>> = {};
  const node = r.root.get('standards', true);
  for (const item of isSeq(node) ? node.items : [node]) {
    if (!isScalar(item) || item.value === null || item.value === undefined) continue;
    const written = String(item.value);
    standardRanges[catalogueFor(written)?.key ?? written] ??= r.locate(item);
  }
  config.standardRanges = standardRanges;
}

function readTopLevel(r: ConfigReader, config: IsmsConfig): void {
  config.organisation = r.text(r.root, 'organisation');
  config.scope = r.text(r.root, 'scope');
  const standards = r.strings(r.root.get('standards', true));
  if (standards.length) config.standards = standards;
  reportUnknownStandards(r);
  config.topManagement = r.strings(r.root.get('top-management', true));
  config.exclude = r.strings(r.root.get('exclude', true));
}

/**
 * A `standards:` key no catalogue knows, even as another spelling (standardAliases.ts), would silently
 * switch off every rule of the standard it was meant to name: an error at the key, known keys closest first.
 */
function reportUnknownStandards(r: ConfigReader): void {
  const node = r.root.get('standards', true);
  const items = isSeq(node) ? node.items : [node];
  const known = CATALOGUES.map((c) => c.key);
  for (const item of items) {
    if (!isScalar(item) || item.value === null || item.value === undefined || String(item.value).trim() === '') continue;
    const key = String(item.value);
    if (catalogueFor(key)) continue;
    const message = `‘standards: ${key}’ is not a standard the engine knows, so no check of it runs. Use one of: ${byCloseness(standardKeyOf(key), known).join(', ')}.`;
    r.problem('ISMS006', message, item);
  }
}

function readCertification(r: ConfigReader): IsmsConfig['certification'] {
  const cert = r.section('certification');
  if (!cert) return undefined;
  const rangeOf = (key: string): Range | undefined => (cert.get(key, true) ? r.locate(cert.get(key, true) as Node) : undefined);
  return {
    body: r.text(cert, 'body'),
    certificate: r.text(cert, 'certificate'),
    decision: r.date(cert, 'decision'),
    decisionDays: r.number('certification.decision-days'),
    issued: r.date(cert, 'issued'),
    issuedRange: rangeOf('issued'),
    expires: r.date(cert, 'expires'),
    audits: readCycleAudits(r, cert),
    range: r.locate(r.root.get('certification', true) as Node),
    expiresRange: rangeOf('expires'),
  };
}

const isOneOf = <T extends string>(values: readonly T[], v: string | undefined): v is T =>
  v !== undefined && (values as readonly string[]).includes(v);

function readCycleAudits(r: ConfigReader, cert: YAMLMap): CycleAudit[] {
  const audits: CycleAudit[] = [];
  const list = cert.get('audits', true);
  if (!isSeq(list)) return audits;
  for (const item of list.items) {
    if (!isMap(item)) continue;
    const type = r.text(item, 'type');
    if (!isOneOf<CycleAuditType>(CYCLE_AUDIT_TYPES, type)) {
      r.problem('ISMS006', `‘type’ of a cycle audit must be one of ${CYCLE_AUDIT_TYPES.join(', ')} (got ‘${type ?? ''}’).`, item);
      continue;
    }
    // `completed`, `Done`: the words an external audit's status takes (vocabulary.ts) mean the same here
    const written = r.text(item, 'status');
    const canonical = written === undefined ? undefined : canonicalValue('external-audit', 'status', written);
    const status = typeof canonical === 'string' ? canonical : written;
    if (status !== undefined && !isOneOf(CYCLE_AUDIT_STATUSES, status)) {
      const message = `‘status’ of a cycle audit must be one of ${CYCLE_AUDIT_STATUSES.join(', ')} (got ‘${status}’); read as planned.`;
      r.problem('ISMS006', message, item.get('status', true) as Node);
    }
    const known = isOneOf(CYCLE_AUDIT_STATUSES, status) ? status : 'planned';
    const end = r.date(item, 'end');
    audits.push({ type, date: r.date(item, 'date'), ...(end ? { end } : {}), status: known, range: r.locate(item) });
  }
  return audits;
}

function readSettings(r: ConfigReader, config: IsmsConfig): void {
  config.internalAudit = {
    cadenceMonths: r.number('internal-audit.cadence-months'),
    warnBeforeExternalDays: r.number('internal-audit.warn-before-external-days'),
    bunchingShare: r.number('internal-audit.bunching-share'),
    bunchingDays: r.number('internal-audit.bunching-days'),
  };
  config.managementReview = { intervalMonths: r.number('management-review.interval-months') };
  config.correctiveAction = {
    followUpDays: r.number('corrective-action.follow-up-days'),
    rootCauseDays: r.number('corrective-action.root-cause-days'),
  };
  config.privacy = {
    reviewMonths: r.number('privacy.review-months'),
    role: r.choice('privacy.role', CONFIG_FIELDS['privacy.role'].values, 'controller'),
    authorityNotificationHours: r.number('privacy.authority-notification-hours'),
    controllerNotificationHours: r.number('privacy.controller-notification-hours'),
    popiaNotificationDays: r.number('privacy.popia-notification-days'),
  };
  config.documents = { reviewMonths: r.number('documents.review-months'), acknowledgeDays: r.number('documents.acknowledge-days') };
  config.continuity = { exerciseMonths: r.number('continuity.exercise-months') };
  config.evidence = { warnDays: r.number('evidence.warn-days'), reminderDays: r.number('evidence.reminder-days'), ...expectedFor(r) };
  config.risk = { reviewMonths: r.number('risk.review-months'), ...acceptanceLevel(r) };
  // `max-gap-months` is the deprecated name of `cadence-months`, read when `cadence-months` is absent
  const awareness = r.section('awareness');
  const oldName = awareness !== undefined && !awareness.has('cadence-months') && awareness.has('max-gap-months');
  config.awareness = {
    cadenceMonths: r.number(oldName ? 'awareness.max-gap-months' : 'awareness.cadence-months', numberDefault('awareness.cadence-months')),
    refresherMonths: r.number('awareness.refresher-months'),
    inductionDays: r.number('awareness.induction-days'),
  };
}

/** `evidence.expected-for`: `all` (or absent) for every applicable control, else the control ids listed (canonical). */
function expectedFor(r: ConfigReader): { expectedFor?: string[] } {
  const section = r.section('evidence');
  const node = section?.get('expected-for', true);
  const v = section ? r.value(section, 'expected-for') : undefined;
  if (v === undefined || v === null || (typeof v === 'string' && v.trim().toLowerCase() === 'all')) return {};
  const items = isSeq(node) ? node.items : [node];
  if (items.every((i) => isScalar(i) && (typeof i.value === 'string' || typeof i.value === 'number') && String(i.value).trim() !== ''))
    return { expectedFor: r.strings(node).map((id) => canonicalId(id.trim())) };
  r.problem('ISMS006', '‘expected-for’ must be ‘all’ or a list of control ids (got something else); using all.', node as Node);
  return {};
}

/** `risk.acceptance-level` has no default: absent (or not a whole number, reported) leaves residual risk unchecked. */
function acceptanceLevel(r: ConfigReader): { acceptanceLevel?: number } {
  const risk = r.section('risk');
  const v = risk ? r.value(risk, 'acceptance-level') : undefined;
  if (v === undefined || v === null) return {};
  if (typeof v === 'number' && Number.isInteger(v) && v >= 1) return { acceptanceLevel: v };
  r.problem(
    'ISMS006',
    `‘acceptance-level’ must be a whole number, 1 or more (got ‘${String(v)}’); residual risk is not checked.`,
    risk?.get('acceptance-level', true) as Node,
  );
  return {};
}

function readDepartments(r: ConfigReader): Department[] {
  const departments: Department[] = [];
  const list = r.root.get('departments', true);
  if (!isSeq(list)) return departments;
  for (const item of list.items) {
    if (!isMap(item)) continue;
    const id = r.text(item, 'id');
    if (!id) continue;
    departments.push({ id, owner: r.text(item, 'owner'), owns: r.strings(item.get('owns', true)), range: r.locate(item) });
  }
  return departments;
}
