/**
 * The benchmark corpus: a deterministic, realistic ISMS of N records (seeded, no Math.random).
 *
 *   node out/bench/generate.js 1000 10000 50000      → bench/corpus/<N>/ and bench/corpus/<N>.json
 *
 * The shape follows examples/acme grown to a large organisation with ten years of history: one root with
 * an isms.yaml (a three-year certification cycle, departments), internal and external audits as Markdown
 * with findings and free notes, management reviews with their `##` 9.3.2 sections, corrective-action
 * registers of ~200 records (recent ones also as Markdown files), risk, incident, awareness and SoA
 * registers with comments, evidence registers and control activities (bench/controlOperation.ts), and
 * evidence notes (plain Markdown the engine reads and skips). About 3 % of
 * the records carry a problem a real repository has: overdue or stale actions, a finding without an
 * action, a dangling reference, an impossible date, a typo in a status, a retired 2013 control.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { daysBetween, plusDays, yearOf } from '../src/core/dates';
import { controlRecords } from './controlOperation';
import { Prng } from './prng';
import { evidenceTable, listItem, notes, paragraph, PEOPLE, sentence, wrap } from './prose';

/** Bump when the output changes, so that run.ts regenerates stale corpora. */
export const GENERATOR_VERSION = 4;
export const SEED = 27001;
/** the day the corpus is written for: `--today` of every measurement */
export const TODAY = '2026-11-25';
const START = '2017-01-02';
/** records per register file, as a team splits a register that grows past a few thousand lines */
const REGISTER_CHUNK = 200;

export interface CorpusInfo {
  version: number;
  seed: number;
  records: number;
  byKind: Record<string, number>;
  files: { markdown: number; yaml: number; bytes: number };
  /** deliberate problems by type (the engine reports these and what follows from them) */
  problems: Record<string, number>;
  /** files the incremental and editor benchmarks edit, relative to the corpus root */
  edits: {
    /** Markdown corrective actions (one record per file) */
    records: string[];
    /** the corrective-action register whose records the most findings refer to */
    register: string;
    /** how many records refer to a record of that register */
    registerReferences: number;
  };
}

// ── dates ────────────────────────────────────────────────────────────────────

// days since 1970-01-01, so that the corpus of a seed is the one it always was
const EPOCH = '1970-01-01';
const toDay = (d: string): number => daysBetween(EPOCH, d);
const fromDay = (n: number): string => plusDays(EPOCH, n);
const TODAY_N = toDay(TODAY);
const START_N = toDay(START);

// ── YAML writing ─────────────────────────────────────────────────────────────

type Scalar = string | number | boolean | undefined;
type Value = Scalar | readonly Scalar[] | { raw: string };

/** A YAML scalar: plain when unambiguous, else double-quoted (JSON strings are valid YAML). */
function q(v: Scalar): string {
  if (v === undefined) return '';
  if (typeof v !== 'string') return String(v);
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  return /^[A-Za-z][\w .,()'/–-]*$/.test(v) && !/ $/.test(v) && !/^(true|false|null|yes|no|on|off)$/i.test(v) ? v : JSON.stringify(v);
}

function renderValue(v: Value): string {
  if (Array.isArray(v)) return `[${v.map(q).join(', ')}]`;
  if (v && typeof v === 'object' && 'raw' in v) return v.raw;
  return q(v as Scalar);
}

interface Entry {
  fields: [string, Value][];
  /** comments after a field, by key */
  comments?: Record<string, string>;
  /** a comment line above the entry */
  above?: string;
}

/** A mapping as block YAML lines, every line prefixed by `indent`; the first line by `first` instead. */
function mapping(e: Entry, indent: string, first = indent): string[] {
  const out: string[] = [];
  for (const [key, value] of e.fields) {
    if (value === undefined) continue;
    const rendered = renderValue(value);
    const comment = e.comments?.[key];
    const line = rendered.startsWith('\n') ? `${key}:${rendered.replace(/\n/g, `\n${indent}`)}` : `${key}: ${rendered}`.trimEnd();
    out.push(`${out.length === 0 ? first : indent}${line}${comment ? `  # ${comment}` : ''}`);
  }
  return out;
}

function register(kindPlural: string, header: string[], entries: Entry[], sectionOf?: (e: Entry) => string): string {
  const lines = [...header.map((h) => `# ${h}`.trimEnd()), `isms: ${kindPlural}`, 'records:'];
  let section = '';
  for (const e of entries) {
    const s = sectionOf?.(e);
    if (s !== undefined && s !== section) {
      section = s;
      lines.push('', `  # --- ${s} ${'-'.repeat(Math.max(3, 90 - s.length))}`);
    }
    lines.push('');
    if (e.above) lines.push(`  # ${e.above}`);
    lines.push(...mapping(e, '    ', '  - '));
  }
  return `${lines.join('\n')}\n`;
}

function frontMatterFile(kind: string, e: Entry, body: string): string {
  return `---\nisms: ${kind}\n${mapping(e, '').join('\n')}\n---\n${body.trim()}\n`;
}

/** A list of mappings nested under a front-matter key (findings, actions). */
function nestedList(items: Entry[]): { raw: string } {
  if (items.length === 0) return { raw: '[]' };
  return { raw: `\n${items.map((i) => mapping(i, '    ', '  - ').join('\n')).join('\n')}` };
}

// ── the catalogue the records refer to ───────────────────────────────────────

const range = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
const ANNEX_A = [...range('A.5.', 37), ...range('A.6.', 8), ...range('A.7.', 14), ...range('A.8.', 34)];
const CLAUSES = ['4.1', '4.2', '4.3', '5.1', '5.2', '6.1.2', '6.1.3', '6.2', '7.2', '7.3', '7.5', '8.1', '9.1', '9.2', '9.3', '10.2'];
const DEPARTMENT_NAMES = [
  'HR',
  'IT',
  'Legal',
  'Engineering',
  'Finance',
  'Operations',
  'Facilities',
  'Procurement',
  'Sales',
  'Support',
  'Data',
  'Security',
];
const AUDIT_TOPICS = [
  'Access control',
  'Supplier security',
  'Secure development',
  'Incident management',
  'Backup and logging',
  'Physical security',
  'Business continuity',
  'Change management',
  'Cryptography',
  'Asset management',
  'Legal and contractual compliance',
  'Human resources security',
  'Threat intelligence',
  'Privacy',
  'Cloud services',
  'Vulnerability management',
];
const CA_TITLES = [
  'Remove leaver accounts within 24 hours',
  'Review supplier assurance reports yearly',
  'Test restores of production backups',
  'Record approvals of emergency changes',
  'Rotate shared service credentials',
  'Complete background checks before the start date',
  'Classify customer exports',
  'Patch critical vulnerabilities within 14 days',
  'Keep the asset inventory complete',
  'Log administrator actions centrally',
];
const ROOT_CAUSES = [
  'No notification between the HR system and IT',
  'The procedure did not name an owner',
  'The tool export was never reconciled',
  'Manual step skipped under time pressure',
  'The template had no field for the approval',
];
const ACTIONS = [
  'Automated ticket raised by the source system',
  'Owner named in the procedure and trained',
  'Monthly reconciliation added to the operations calendar',
  'Second approver required by the tool',
  'Checklist item added to the release template',
];
const EFFECTIVENESS = [
  'Next two monthly samples showed no recurrence',
  'Verified at the follow-up audit, no exceptions',
  'Quarterly review found no stale entries',
  'Three consecutive tests passed within the target time',
];
const INCIDENT_TITLES = [
  'Phishing email reported by staff',
  'Laptop lost in transit',
  'Misdirected email with customer data',
  'Public storage bucket found by scanner',
  'Malware blocked on endpoint',
  'Supplier outage affecting logins',
  'Unauthorised badge use',
  'Credential stuffing against the login page',
];
const RISK_TITLES = [
  'Account takeover of an administrator',
  'Leaver keeps access',
  'Vulnerable third-party library',
  'Cloud region outage',
  'Ransomware on file shares',
  'Supplier data breach',
  'Insider copies customer data',
  'Loss of key staff',
];
const AW_TYPES = { training: 30, 'phishing-simulation': 25, poster: 15, communication: 20, refresher: 10 } as const;
const REVIEW_SECTIONS = [
  'Status of actions from previous management reviews',
  'Changes in external and internal issues',
  'Changes in needs and expectations of interested parties',
  'Nonconformities and corrective actions',
  'Monitoring and measurement results',
  'Audit results',
  'Fulfilment of information security objectives',
  'Feedback from interested parties',
  'Results of risk assessment and status of the risk treatment plan',
  'Opportunities for continual improvement',
];
const TOP_MANAGEMENT = ['Alex Morgan', 'Priya Shah'];
/** external audits by year: the type and the id's code; the last two as in isms.yaml's cycle */
const EXTERNAL_TYPES: Record<number, [string, string]> = {
  2017: ['surveillance-1', 'S1'],
  2018: ['surveillance-2', 'S2'],
  2019: ['recertification', 'RECERT'],
  2020: ['surveillance-1', 'S1'],
  2021: ['surveillance-2', 'S2'],
  2022: ['recertification', 'RECERT'],
  2023: ['surveillance-1', 'S1'],
  2024: ['surveillance-2', 'S2'],
  2025: ['certification', 'CERT'],
  2026: ['surveillance-1', 'S1'],
};
const AUDIT_NOTES = ['Scope and method', 'Sample', 'Interviews', 'Evidence', 'Observations', 'Notes'];
const CA_HEADER = [
  'Corrective-action register (ISO 27001 10.2).',
  '',
  'One entry per nonconformity found by an audit, an incident or a management review:',
  '  correction 10.2 a, root-cause 10.2 b, action 10.2 c, effectiveness 10.2 d (before closing).',
  'Follow up open actions every 30 days and set `updated:`.',
];
const INCIDENT_HEADER = [
  'Information security incident register (A.5.24 to A.5.28; GDPR Art. 33).',
  'Personal-data breaches: the DPO decides within 24 hours whether to notify.',
];
const RISK_TREATMENTS = 'Treatment (6.1.3): modify, retain, avoid, share.';
const AWARENESS_HEADER = ['Awareness programme (ISO 27001 7.3, A.6.3): posters, communications, phishing simulations, training.'];
const ACTIVITY_HEADER = ['Recurring control activities (ISO 27001 8.1): each falls due on its schedule counted from start.'];
const EVIDENCE_HEADER = ['Evidence that controls operate (ISO 27001 9.1): valid from effective for valid-months or until valid-until.'];
const SOA_HEADER = ['Statement of Applicability (ISO 27001 6.1.3 d), approved by top management.'];

// ── the generator ────────────────────────────────────────────────────────────

interface CaPlan {
  id: string;
  source: string;
  raised: string;
  dept: string;
  asMarkdown: boolean;
  /** a finding or an incident names it in `corrective-action:` */
  referenced: boolean;
  entry?: Entry;
}

interface FileOut {
  path: string;
  text: string;
}

interface Department {
  id: string;
  owner: string;
  owns: string[];
}

/** How many records of each register kind a corpus of N records holds (the rest are incidents and actions). */
interface Sizes {
  risks: number;
  awareness: number;
  soa: number;
  correctiveActions: number;
  /** issue 18: evidence records and the control activities they prove */
  evidence: number;
  activities: number;
}

/**
 * One corpus being written: the seeded generator, the files so far and the counts. Each kind of record
 * has its own method; they run in a fixed order, since every draw from the generator moves it on and a
 * corpus must come out the same for the same seed.
 */
class CorpusWriter {
  readonly rng: Prng;
  readonly files: FileOut[] = [];
  readonly byKind: Record<string, number> = {};
  readonly problems: Record<string, number> = {};
  readonly departments: Department[];
  readonly cas: CaPlan[] = [];
  readonly reviewIds: string[] = [];
  readonly incidents: Entry[] = [];
  readonly editRecords: string[] = [];
  registerPath = '';
  registerReferences = -1;
  private readonly seq = new Map<string, number>();

  constructor(
    readonly records: number,
    readonly seed: number,
  ) {
    this.rng = new Prng(seed ^ records);
    // departments own Annex A controls; a large organisation has many business units
    const deptCount = Math.min(40, 4 + Math.round(records / 1000));
    this.departments = Array.from({ length: deptCount }, (_, i) => ({
      id: i < DEPARTMENT_NAMES.length ? DEPARTMENT_NAMES[i] : `BU-${String(i - DEPARTMENT_NAMES.length + 1).padStart(2, '0')}`,
      owner: PEOPLE[i % PEOPLE.length],
      owns: this.rng.sample(ANNEX_A, this.rng.int(3, 8)),
    }));
  }

  count(kind: string, n = 1): void {
    this.byKind[kind] = (this.byKind[kind] ?? 0) + n;
  }

  problem(type: string): void {
    this.problems[type] = (this.problems[type] ?? 0) + 1;
  }

  nextId(prefix: string, year: number, width: number): string {
    const key = `${prefix}-${year}`;
    const n = (this.seq.get(key) ?? 0) + 1;
    this.seq.set(key, n);
    return `${key}-${String(n).padStart(width, '0')}`;
  }

  dayBetween(from: number, to: number): string {
    return fromDay(this.rng.int(from, to));
  }

  caFor(source: string, raised: string, dept: string, referenced = true): string {
    const id = this.nextId('CA', yearOf(raised), 5);
    this.cas.push({ id, source, raised, dept, referenced, asMarkdown: yearOf(raised) >= 2025 && this.rng.chance(0.5) });
    return id;
  }

  /** Findings of an internal or external audit; a nonconformity gets a corrective action (or, rarely, none or a dangling one). */
  findings(auditId: string, date: string, dept: string, scope: readonly string[], n: number): Entry[] {
    const rng = this.rng;
    const out: Entry[] = [];
    for (let i = 1; i <= n; i++) {
      const type = rng.weighted({ 'major-nc': 6, 'minor-nc': 34, observation: 36, opportunity: 24 });
      const id = `${auditId}-F${i}`;
      const fields: [string, Value][] = [
        ['id', id],
        ['type', type],
        ['ref', rng.pick(scope.filter((s) => s.startsWith('A.')).concat(ANNEX_A.slice(0, 1)))],
        ['text', `Not evidenced: ${rng.pick(CA_TITLES).toLowerCase()}`],
      ];
      if (type === 'major-nc' || type === 'minor-nc') {
        const roll = rng.next();
        if (roll < 0.03) this.problem('nonconformity-without-action');
        else if (roll < 0.05) {
          fields.push(['corrective-action', `CA-${yearOf(date)}-9${String(rng.int(0, 9999)).padStart(4, '0')}`]);
          this.problem('dangling-reference');
        } else fields.push(['corrective-action', this.caFor(id, fromDay(toDay(date) + rng.int(1, 5)), dept)]);
      }
      out.push({ fields });
      this.count('finding');
    }
    return out;
  }

  /** External audits: one a year, the last two as in isms.yaml's cycle. */
  externalAudits(): void {
    const rng = this.rng;
    for (const [yearText, [type, code]] of Object.entries(EXTERNAL_TYPES)) {
      const year = Number(yearText);
      const id = `EA-${year}-${code}`;
      const date = year === 2025 ? '2025-02-10' : year === 2026 ? '2026-02-09' : `${year}-02-${String(rng.int(5, 20)).padStart(2, '0')}`;
      const list = this.findings(id, date, rng.pick(this.departments).id, rng.sample(ANNEX_A, 6), rng.int(1, 3));
      const entry: Entry = {
        fields: [
          ['id', id],
          ['title', `${type.replace(/-/g, ' ')} audit ${year}`],
          ['type', type],
          ['date', date],
          ['body', 'Example Certification Ltd'],
          ['outcome', 'Certification maintained'],
          ['status', 'done'],
          ['findings', nestedList(list)],
        ],
      };
      const body = `# ${id}\n\n${paragraph(rng, 4)}\n\n${notes(rng, year, ['Summary', 'Sample', 'Closing meeting'])}`;
      this.files.push({ path: `external/${id}.md`, text: frontMatterFile('external-audit', entry, body) });
      this.count('external-audit');
    }
  }

  /** Internal audits, one Markdown file each, from the start of the history to a year ahead. */
  internalAudits(): void {
    const auditCount = Math.round(this.records * 0.07);
    const auditDays = Array.from({ length: auditCount }, () => this.rng.int(START_N, TODAY_N + 300)).sort((a, b) => a - b);
    for (const auditDay of auditDays) this.internalAudit(fromDay(auditDay));
  }

  private internalAudit(planned: string): void {
    const rng = this.rng;
    const plannedN = toDay(planned);
    const year = yearOf(planned);
    const id = this.nextId('IA', year, 4);
    const dept = rng.pick(this.departments);
    const topic = rng.pick(AUDIT_TOPICS);
    const scope: string[] = [
      ...rng.sample(dept.owns, rng.int(2, 4)),
      ...rng.sample(ANNEX_A, rng.int(0, 2)),
      ...(rng.chance(0.3) ? [rng.pick(CLAUSES)] : []),
    ];
    let status = 'planned';
    let performed: string | undefined;
    let list: Entry[] = [];
    const comments: Record<string, string> = {};
    if (plannedN < TODAY_N - 10) {
      if (rng.chance(0.012)) {
        this.problem('internal-audit-overdue');
        comments.status = 'auditor on leave, to be rescheduled';
      } else {
        status = 'done';
        performed = fromDay(Math.min(TODAY_N - 1, plannedN + rng.int(0, 3)));
        list = this.findings(id, performed, dept.id, scope, Number(rng.weighted({ 0: 25, 1: 30, 2: 25, 3: 12, 4: 8 })));
      }
    } else if (plannedN <= TODAY_N) status = 'in-progress';
    performed = this.auditProblem(scope, performed);
    const entry: Entry = {
      fields: [
        ['id', id],
        ['title', `${topic} (${dept.id})`],
        ['planned', planned],
        ['performed', performed],
        ['auditor', rng.pick(PEOPLE)],
        ['department', dept.id],
        ['scope', scope],
        ['status', status],
        ['findings', status === 'planned' || status === 'in-progress' ? undefined : nestedList(list)],
      ],
      comments,
    };
    const findingNotes = this.findingNotes(list);
    const body = `# ${id} ${topic}\n\n${paragraph(rng)}\n\n${notes(rng, year, rng.sample(AUDIT_NOTES, rng.int(3, 5)))}\n\n## Findings\n\n${findingNotes}`;
    this.files.push({ path: `audits/${year}/${id}-${slug(topic)}.md`, text: frontMatterFile('internal-audit', entry, body) });
    this.count('internal-audit');
  }

  /** A few audits name an unknown or a retired control, or an impossible date; returns `performed`, perhaps broken. */
  private auditProblem(scope: string[], performed: string | undefined): string | undefined {
    const roll = this.rng.next();
    if (roll < 0.008) {
      scope.push('A.5.99');
      this.problem('unknown-control');
    } else if (roll < 0.016) {
      scope.push('A.9.2.1');
      this.problem('legacy-2013-control');
    } else if (roll < 0.022 && performed) {
      this.problem('invalid-date');
      return `${performed.slice(0, 5)}02-30`;
    }
    return performed;
  }

  private findingNotes(list: Entry[]): string {
    if (!list.length) return 'No findings.';
    const item = (f: Entry): string =>
      listItem(`**${String(f.fields[0][1])} (${String(f.fields[1][1])}, ${String(f.fields[2][1])})**: ${sentence(this.rng)}`);
    return list.map(item).join('\n');
  }

  /** Management reviews: twice a year, more in a large organisation (one per division). */
  reviews(): void {
    const reviewCount = Math.max(20, Math.round(this.records * 0.005));
    for (let i = 0; i < reviewCount; i++) this.review(fromDay(Math.round(START_N + ((TODAY_N - 40 - START_N) * (i + 0.5)) / reviewCount)));
  }

  private review(date: string): void {
    const rng = this.rng;
    const year = yearOf(date);
    const id = this.nextId('MR', year, 3);
    this.reviewIds.push(id);
    const recent = toDay(date) > TODAY_N - 200;
    const actions: Entry[] = Array.from({ length: rng.int(2, 3) }, (_, k) => ({
      fields: [
        ['id', `${id}-A${k + 1}`],
        ['text', rng.pick(CA_TITLES)],
        ['owner', rng.pick(PEOPLE)],
        ['due', fromDay(toDay(date) + rng.int(30, 150))],
        ['status', recent ? 'open' : 'closed'],
      ] as [string, Value][],
    }));
    let sections = REVIEW_SECTIONS;
    if (rng.chance(0.08)) {
      sections = rng.sample(REVIEW_SECTIONS, REVIEW_SECTIONS.length - rng.int(1, 2));
      this.problem('management-review-inputs');
    }
    const entry: Entry = {
      fields: [
        ['id', id],
        ['title', `Management review ${date}`],
        ['date', date],
        ['status', 'done'],
        ['attendees', [...TOP_MANAGEMENT, ...rng.sample(PEOPLE.slice(2), 3)]],
        ['decisions', { raw: `\n${[sentence(rng), sentence(rng)].map((d) => `  - ${JSON.stringify(d)}`).join('\n')}` }],
        ['actions', nestedList(actions)],
      ],
    };
    const minuteTaker = rng.pick(PEOPLE);
    const minutes = sections.map((s) => `## ${s}\n\n${paragraph(rng)}`).join('\n\n');
    const body = `# Management review, ${date}\n\nChair: ${TOP_MANAGEMENT[0]}. Minutes: ${minuteTaker}.\n\n${minutes}`;
    this.files.push({ path: `reviews/${year}/${id}.md`, text: frontMatterFile('management-review', entry, body) });
    this.count('management-review');
  }

  /** The registers' sizes; incidents fill up what the audits' corrective actions and these leave of `records`. */
  sizes(): Sizes {
    const records = this.records;
    return {
      risks: Math.round(records * 0.15),
      awareness: Math.round(records * 0.12),
      soa: ANNEX_A.length,
      correctiveActions: Math.round(records * 0.18),
      evidence: Math.round(records * 0.08),
      activities: Math.max(4, Math.round(records / 200)),
    };
  }

  /** Incidents, the register's entries (a few raise corrective actions later). */
  incidentEntries(sizes: Sizes): number {
    const fixed = sum(this.byKind) + sizes.risks + sizes.awareness + sizes.soa + sizes.evidence + sizes.activities;
    const extraCas = Math.max(0, sizes.correctiveActions - this.cas.length);
    const incidentCount = Math.max(10, this.records - fixed - this.cas.length - extraCas);
    const incidentDays = Array.from({ length: incidentCount }, () => this.rng.int(START_N, TODAY_N - 1)).sort((a, b) => a - b);
    for (const day of incidentDays) this.incidents.push(this.incident(day));
    this.count('incident', this.incidents.length);
    return extraCas;
  }

  private incident(day: number): Entry {
    const rng = this.rng;
    const detected = fromDay(day);
    const id = this.nextId('INC', yearOf(detected), 5);
    const severity = rng.weighted({ low: 55, medium: 30, high: 12, critical: 3 });
    const personal = rng.chance(0.12);
    const fields: [string, Value][] = [
      ['id', id],
      ['title', rng.pick(INCIDENT_TITLES)],
      ['detected', detected],
      ['severity', severity],
      ['status', day < TODAY_N - 30 ? 'closed' : rng.pick(['open', 'contained'])],
      ['personal-data', personal],
    ];
    if (personal && (severity === 'high' || severity === 'critical')) fields.push(['notified', fromDay(day + rng.int(1, 2))]);
    fields.push(['controls', rng.sample(ANNEX_A, rng.int(1, 3))]);
    const roll = rng.next();
    if (roll < 0.015) {
      fields[2] = ['detected', `${detected.slice(0, 5)}02-30`];
      this.problem('invalid-date');
    } else if (roll < 0.03) {
      fields[3] = ['severity', 'urgent'];
      this.problem('invalid-field');
    }
    return { fields, ...(rng.chance(0.1) ? { above: wrap(sentence(rng), 96).replace(/\n/g, '\n  # ') } : {}) };
  }

  /** Corrective actions beyond the audits': raised by incidents, management reviews or otherwise. */
  extraCorrectiveActions(extraCas: number): void {
    const rng = this.rng;
    for (let i = 0; i < extraCas; i++) {
      const from = rng.weighted({ incident: 50, review: 20, other: 30 });
      if (from === 'incident') {
        const inc = this.incidents[rng.int(0, this.incidents.length - 1)];
        const id = String(inc.fields[0][1]);
        if (!inc.fields.some(([k]) => k === 'corrective-action')) {
          const detected = String(inc.fields[2][1]);
          const raised = /-02-30$/.test(detected) ? `${detected.slice(0, 5)}03-02` : fromDay(toDay(detected) + rng.int(1, 5));
          inc.fields.push(['corrective-action', this.caFor(id, raised, rng.pick(this.departments).id)]);
          continue;
        }
      }
      const source = from === 'review' ? rng.pick(this.reviewIds) : 'other';
      this.caFor(source, this.dayBetween(START_N, TODAY_N - 1), rng.pick(this.departments).id, false);
    }
  }

  /** Corrective actions: state follows their age, ~4 % with a problem. */
  correctiveActions(): void {
    this.cas.sort((a, b) => (a.raised < b.raised ? -1 : a.raised > b.raised ? 1 : a.id < b.id ? -1 : 1));
    for (const ca of this.cas) this.correctiveAction(ca);
    this.count('corrective-action', this.cas.length);
  }

  private correctiveAction(ca: CaPlan): void {
    const rng = this.rng;
    const raisedN = Math.min(toDay(ca.raised), TODAY_N - 1);
    const f: Record<string, Value> = {};
    const comments: Record<string, string> = {};
    f.due = fromDay(raisedN + rng.int(30, 120));
    f.correction = rng.pick(ACTIONS);
    f['root-cause'] = rng.pick(ROOT_CAUSES);
    f.action = rng.pick(ACTIONS);
    this.caState(f, raisedN);
    this.caProblem(f, comments, raisedN);
    ca.entry = {
      fields: [
        ['id', ca.id],
        ['title', rng.pick(CA_TITLES)],
        ['source', ca.source],
        ['raised', fromDay(raisedN)],
        ['owner', rng.pick(PEOPLE)],
        ['due', f.due],
        ['status', f.status],
        ['correction', f.correction],
        ['root-cause', f['root-cause']],
        ['action', f.action],
        ['effectiveness', f.effectiveness ?? { raw: '' }],
        ['updated', f.updated],
        ['closed', f.closed],
        ['department', ca.dept],
      ],
      comments,
    };
  }

  /** Status, follow-up and closing by age: old actions are closed, recent ones open. */
  private caState(f: Record<string, Value>, raisedN: number): void {
    const rng = this.rng;
    const age = TODAY_N - raisedN;
    if (age > 150) {
      const closed = fromDay(Math.min(TODAY_N - 1, raisedN + rng.int(30, 140)));
      Object.assign(f, { status: 'closed', effectiveness: rng.pick(EFFECTIVENESS), updated: closed, closed });
    } else if (age > 20) {
      Object.assign(f, {
        status: rng.weighted({ 'in-progress': 50, implemented: 25, open: 25 }),
        updated: fromDay(Math.max(raisedN, TODAY_N - rng.int(0, 25))),
        due: fromDay(TODAY_N + rng.int(15, 120)),
      });
      if (f.status === 'implemented') f.effectiveness = undefined;
    } else Object.assign(f, { status: 'open', updated: fromDay(raisedN), due: fromDay(raisedN + 60) });
  }

  private caProblem(f: Record<string, Value>, comments: Record<string, string>, raisedN: number): void {
    const rng = this.rng;
    const roll = rng.next();
    if (roll < 0.01) {
      const due = fromDay(TODAY_N - rng.int(5, 90));
      Object.assign(f, {
        status: 'in-progress',
        due,
        updated: fromDay(TODAY_N - rng.int(0, 20)),
        closed: undefined,
        effectiveness: undefined,
      });
      comments.due = 'supplier delayed the fix';
      this.problem('corrective-action-overdue');
    } else if (roll < 0.02) {
      const updated = fromDay(Math.max(raisedN, TODAY_N - rng.int(45, 200)));
      Object.assign(f, { status: 'open', updated, due: fromDay(TODAY_N + rng.int(10, 90)), closed: undefined, effectiveness: undefined });
      this.problem('corrective-action-stale');
    } else if (roll < 0.028 && f.status === 'closed') {
      f.effectiveness = undefined;
      this.problem('corrective-action-unverified-close');
    } else if (roll < 0.034) {
      f.status = 'in progres';
      this.problem('invalid-field');
    } else if (roll < 0.04) {
      f.due = `${String(f.due).slice(0, 5)}13-01`;
      this.problem('invalid-date');
    }
  }

  /** Recent corrective actions as Markdown files, the rest in registers; notes the register most records refer to. */
  correctiveActionFiles(): void {
    for (const ca of this.cas.filter((c) => c.asMarkdown)) {
      const year = yearOf(ca.raised);
      const path = `corrective-actions/${year}/${ca.id}.md`;
      const body = `# ${ca.id}\n\n${paragraph(this.rng)}\n\n${notes(this.rng, year, ['Follow-up log', 'Evidence'])}`;
      this.files.push({ path, text: frontMatterFile('corrective-action', ca.entry!, body) });
      this.editRecords.push(path);
    }
    const registerCas = this.cas.filter((c) => !c.asMarkdown);
    chunks(registerCas, REGISTER_CHUNK).forEach((chunk, i) => {
      const path = `registers/corrective-actions/corrective-actions-${String(i + 1).padStart(3, '0')}.yaml`;
      const header = [...CA_HEADER, '', `Raised ${chunk[0].raised} to ${chunk[chunk.length - 1].raised}.`];
      const entries = chunk.map((c) => c.entry!);
      this.files.push({ path, text: register('corrective-actions', header, entries, (e) => String(e.fields[3][1]).slice(0, 4)) });
      // records that refer to one of this register's records, or that its records refer to
      const refs = chunk.filter((c) => c.source !== 'other').length + chunk.filter((c) => c.referenced).length;
      if (refs > this.registerReferences) {
        this.registerReferences = refs;
        this.registerPath = path;
      }
    });
  }

  incidentFiles(): void {
    chunks(this.incidents, REGISTER_CHUNK).forEach((chunk, i) => {
      const path = `registers/incidents/incidents-${String(i + 1).padStart(3, '0')}.yaml`;
      this.files.push({ path, text: register('incidents', INCIDENT_HEADER, chunk, (e) => String(e.fields[2][1]).slice(0, 4)) });
    });
  }

  /** Risks, a register per department. */
  risks(riskCount: number): void {
    const rng = this.rng;
    const risksByDept = new Map<string, Entry[]>();
    for (let i = 0; i < riskCount; i++) {
      const dept = rng.pick(this.departments);
      const list = risksByDept.get(dept.id) ?? [];
      list.push(this.risk(i, dept));
      risksByDept.set(dept.id, list);
    }
    for (const [dept, list] of [...risksByDept].sort()) {
      const header = [`Risk register of ${dept} (ISO 27001 6.1.2, 8.2). Scores 1 to 5; risk = likelihood x impact.`, RISK_TREATMENTS];
      chunks(list, REGISTER_CHUNK).forEach((chunk, i) => {
        this.files.push({ path: `registers/risks/risks-${dept.toLowerCase()}-${i + 1}.yaml`, text: register('risks', header, chunk) });
      });
    }
    this.count('risk', riskCount);
  }

  private risk(i: number, dept: Department): Entry {
    const rng = this.rng;
    const fields: [string, Value][] = [
      ['id', `R-${String(i + 1).padStart(5, '0')}`],
      ['title', rng.pick(RISK_TITLES)],
      ['owner', dept.owner],
      ['likelihood', rng.int(1, 5)],
      ['impact', rng.int(1, 5)],
      ['treatment', rng.weighted({ modify: 60, retain: 20, avoid: 8, share: 12 })],
      ['controls', rng.sample(ANNEX_A, rng.int(1, 4))],
      ['status', rng.weighted({ treated: 55, open: 20, accepted: 20, closed: 5 })],
      ['reviewed', this.dayBetween(TODAY_N - 400, TODAY_N - 1)],
    ];
    const roll = rng.next();
    if (roll < 0.015) {
      fields[5] = ['treatment', 'mitigate'];
      this.problem('invalid-field');
    } else if (roll < 0.025) {
      fields[6] = ['controls', ['A.12.6.1']];
      this.problem('legacy-2013-control');
    }
    return { fields, ...(rng.chance(0.05) ? { comments: { status: 'see the risk treatment plan' } } : {}) };
  }

  /** The awareness programme's register. */
  awareness(awarenessCount: number): void {
    const awDays = Array.from({ length: awarenessCount }, () => this.rng.int(START_N, TODAY_N - 1)).sort((a, b) => a - b);
    const awareness = awDays.map((day) => this.awarenessEntry(fromDay(day)));
    chunks(awareness, REGISTER_CHUNK).forEach((chunk, i) => {
      const path = `registers/awareness/awareness-${String(i + 1).padStart(3, '0')}.yaml`;
      this.files.push({ path, text: register('awareness', AWARENESS_HEADER, chunk) });
    });
    this.count('awareness', awarenessCount);
  }

  private awarenessEntry(date: string): Entry {
    const rng = this.rng;
    const type = rng.weighted(AW_TYPES);
    const fields: [string, Value][] = [
      ['id', this.nextId('AW', yearOf(date), 5)],
      ['title', `${type.replace(/-/g, ' ')} ${date.slice(0, 7)}`],
      ['type', type],
      ['date', date],
      ['audience', rng.pick(['All staff', 'Engineering', 'New joiners', 'Finance team', 'Managers'])],
    ];
    if (type === 'phishing-simulation') {
      const sent = rng.int(50, 2000);
      const clicked = rng.int(0, Math.round(sent * 0.15));
      fields.push(['sent', sent], ['clicked', clicked], ['reported', rng.int(0, sent - clicked)]);
    } else if (type === 'training' || type === 'refresher') fields.push(['attendees', rng.int(5, 400)]);
    const roll = rng.next();
    if (roll < 0.015) {
      fields.splice(3, 1);
      this.problem('missing-required-field');
    } else if (roll < 0.03) {
      fields[2] = ['type', 'webinar'];
      this.problem('invalid-field');
    }
    return { fields };
  }

  /** The Statement of Applicability: every Annex A control once. */
  soa(soaCount: number): void {
    const rng = this.rng;
    const owner = new Map<string, string>();
    for (const d of this.departments) for (const c of d.owns) if (!owner.has(c)) owner.set(c, d.id);
    const soa: Entry[] = ANNEX_A.map((control) => {
      const applicable = !rng.chance(0.05);
      return {
        fields: [
          ['control', control],
          ['applicable', applicable],
          ['implementation', applicable ? rng.weighted({ implemented: 80, partial: 15, planned: 5 }) : undefined],
          ['department', owner.get(control)],
          ['justification', applicable ? 'Required by the risk assessment' : 'No such assets in scope'],
        ],
      };
    });
    this.files.push({ path: 'registers/soa.yaml', text: register('soa', SOA_HEADER, soa) });
    this.count('soa', soaCount);
  }

  /**
   * Evidence and control activities (issue 18, bench/controlOperation.ts): a control-activities register,
   * evidence registers of ~200 entries, a few evidence records as Markdown. Their records are taken
   * from the incidents' share, so that a corpus of N records still has N.
   */
  controlOperation(sizes: Sizes): void {
    const c = controlRecords(new Prng(this.seed ^ this.records ^ 0x1800), this.departments, sizes.activities, sizes.evidence, TODAY);
    const entries = (list: [string, Value][][]): Entry[] => list.map((fields) => ({ fields }));
    this.files.push({
      path: 'registers/control-activities.yaml',
      text: register('control-activities', ACTIVITY_HEADER, entries(c.activities)),
    });
    chunks(entries(c.evidence), REGISTER_CHUNK).forEach((chunk, i) => {
      const path = `registers/evidence/evidence-${String(i + 1).padStart(3, '0')}.yaml`;
      this.files.push({ path, text: register('evidence', EVIDENCE_HEADER, chunk, (e) => String(e.fields[0][1]).slice(3, 7)) });
    });
    for (const f of c.evidenceFiles) {
      this.files.push({
        path: f.path,
        text: frontMatterFile(
          'evidence',
          { fields: f.fields },
          'Signed off by the control owner; the export is attached in the evidence store.\n',
        ),
      });
    }
    this.count('control-activity', c.activities.length);
    this.count('evidence', c.evidence.length + c.evidenceFiles.length);
    for (const [type, n] of Object.entries(c.problems)) this.problems[type] = (this.problems[type] ?? 0) + n;
  }

  /** Evidence notes: plain Markdown the engine reads and ignores (no `isms:` front matter). */
  evidence(): void {
    const rng = this.rng;
    for (let i = 0, n = Math.round(this.records / 25); i < n; i++) {
      const year = rng.int(yearOf(START), yearOf(TODAY));
      const text = `# Evidence note ${i + 1}\n\n${paragraph(rng)}\n\n${evidenceTable(rng, year)}\n\n${paragraph(rng)}\n`;
      this.files.push({ path: `evidence/${year}/note-${String(i + 1).padStart(5, '0')}.md`, text });
    }
  }

  info(): CorpusInfo {
    const files = this.files;
    const bytes = files.reduce((s, f) => s + Buffer.byteLength(f.text), 0);
    return {
      version: GENERATOR_VERSION,
      seed: this.seed,
      records: sum(this.byKind),
      byKind: this.byKind,
      files: {
        markdown: files.filter((f) => f.path.endsWith('.md')).length,
        yaml: files.filter((f) => f.path.endsWith('.yaml')).length,
        bytes,
      },
      problems: this.problems,
      edits: { records: this.editRecords.slice(0, 50), register: this.registerPath, registerReferences: this.registerReferences },
    };
  }
}

export function generateCorpus(records: number, seed = SEED): { files: FileOut[]; info: CorpusInfo } {
  const corpus = new CorpusWriter(records, seed);
  corpus.files.push({ path: 'isms.yaml', text: config(corpus.departments) });
  corpus.externalAudits();
  corpus.internalAudits();
  corpus.reviews();
  // incidents first (some raise corrective actions), then the corrective actions themselves
  const sizes = corpus.sizes();
  const extraCas = corpus.incidentEntries(sizes);
  corpus.extraCorrectiveActions(extraCas);
  corpus.correctiveActions();
  corpus.correctiveActionFiles();
  corpus.incidentFiles();
  corpus.risks(sizes.risks);
  corpus.awareness(sizes.awareness);
  corpus.soa(sizes.soa);
  corpus.controlOperation(sizes);
  corpus.evidence();
  return { files: corpus.files, info: corpus.info() };
}

function config(departments: Department[]): string {
  return `# Benchmark ISMS: a large organisation with ten years of records. Generated by bench/generate.ts.
isms: config
organisation: Example Group plc
scope: >-
  Design, operation and support of the group's online services, delivered from
  all offices and two cloud regions.
standards: [iso27001:2022, iso27701:2019, gdpr]
top-management: [${TOP_MANAGEMENT.join(', ')}]

certification:
  body: Example Certification Ltd
  certificate: IS 712345
  issued: 2025-03-14
  expires: 2028-03-13
  audits:                                       # the three-year cycle
    - { type: certification,   date: 2025-02-10, status: done }
    - { type: surveillance-1,  date: 2026-02-09, status: done }
    - { type: surveillance-2,  date: 2027-02-08 }
    - { type: recertification, date: 2027-12-06 }

internal-audit: { cadence-months: 1, warn-before-external-days: 60 }
management-review: { interval-months: 6 }
corrective-action: { follow-up-days: 30 }
awareness: { max-gap-months: 3 }

departments:
${departments.map((d) => `  - { id: ${d.id}, owner: ${d.owner}, owns: [${d.owns.join(', ')}] }`).join('\n')}
`;
}

const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const sum = (r: Record<string, number>): number => Object.values(r).reduce((s, n) => s + n, 0);

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Writes the corpus of `records` records under `baseDir/<records>/` (replacing it) and its info beside it. */
export function writeCorpus(baseDir: string, records: number): CorpusInfo {
  const { files, info } = generateCorpus(records);
  const root = join(baseDir, String(records));
  rmSync(root, { recursive: true, force: true });
  for (const f of files) {
    mkdirSync(dirname(join(root, f.path)), { recursive: true });
    writeFileSync(join(root, f.path), f.text);
  }
  // the peer runs as a docs-as-code team configures it: front matter titles are not a second H1
  writeFileSync(join(root, '.markdownlint-cli2.jsonc'), '{ "config": { "MD025": { "front_matter_title": "" } } }\n');
  writeFileSync(join(baseDir, `${records}.json`), `${JSON.stringify(info, null, 2)}\n`);
  return info;
}

// run as a script (not when bundled into run.js, which imports the functions above)
if (/generate\.js$/.test(process.argv[1] ?? '')) {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
  const base = join(__dirname, '..', '..', 'bench', 'corpus');
  for (const n of sizes.length ? sizes : [1000]) {
    const started = Date.now();
    const info = writeCorpus(base, n);
    console.log(
      `bench/corpus/${n}: ${info.records} records, ${info.files.markdown} .md + ${info.files.yaml} .yaml files, ${(info.files.bytes / 1048576).toFixed(1)} MB, ${Object.values(info.problems).reduce((s, x) => s + x, 0)} deliberate problems (${Date.now() - started} ms)`,
    );
  }
}
