/**
 * `isms report documents`: per ISMS, the document register (ISO/IEC 27001:2022 7.5.2, 7.5.3, A.5.1) — id,
 * title, version, owner, status, approval, next review, acknowledgements, change since approval (from git,
 * read as `isms check` reads it) — and the mandatory documented information of each listed standard with
 * what satisfies each item, or MISSING (ISMS931). The data is the core's `documentRegister` and
 * `mandatoryDocuments`; this file only formats it: text for a terminal, JSON for tools (1-based lines,
 * paths relative to the working folder), Markdown for a document.
 */
import type { IsmsWorkspace } from '../core';
import { documentRegister, type DocumentEntry } from '../core/documents/register';
import { mandatoryDocuments, type MandatoryEvidenceRef, type MandatoryItem } from '../core/documents/mandatory';
import { mdTable, mdText } from '../core/export/markdown';
import { text as field } from '../core/model/fields';
import type { ReportCommand } from './args';
import { jsonText, relativePath, terminalLines, type CliIo } from './io';
import { loadWorkspaces } from './workspaces';

interface RootDocuments {
  ws: IsmsWorkspace;
  register: DocumentEntry[];
  mandatory: MandatoryItem[];
}

/** Evidence of one kind listed by id up to this many; more are counted (the JSON lists them all). */
const MAX_IDS = 3;

const heading = (ws: IsmsWorkspace, base: string): string => `${ws.config.organisation ?? 'ISMS'} (${relativePath(base, ws.root)})`;

const acknowledgement = (e: DocumentEntry): string =>
  e.acknowledgement ? `${e.acknowledgement.acknowledged}/${e.acknowledgement.expected}` : '—';

const approvedCell = (e: DocumentEntry): string => field(e.record, 'approved') ?? '—';

const nextReview = (e: DocumentEntry): string =>
  e.review.state === 'retired' || e.review.state === 'not-approved'
    ? '—'
    : `${e.review.next ?? 'undated'}${e.review.state === 'overdue' ? ' (overdue)' : e.review.state === 'due-soon' ? ' (due soon)' : ''}`;

/** "yes, commit abc1234 (date)", "no", or "—" when not approved or no history was read. */
function changed(ws: IsmsWorkspace, e: DocumentEntry): string {
  if (e.changedSinceApproval) return `yes, ${e.changedSinceApproval.change.commit.slice(0, 7)} (${e.changedSinceApproval.change.date})`;
  const history = ws.documentHistory;
  return e.status === 'approved' && history?.available && history.files.has(e.record.file) ? 'no' : '—';
}

const KIND_NAMES: Readonly<Record<string, string>> = {
  config: 'isms.yaml scope:',
  soa: 'SoA entry',
  awareness: 'awareness record',
  dpia: 'DPIA',
};
const kindName = (kind: string, n: number): string => {
  const name = KIND_NAMES[kind] ?? kind.replace(/-/g, ' ');
  return n === 1 || kind === 'config' ? name : `${name.replace(/y$/, 'ie')}s`;
};

/** What satisfies an item, in a line: documents by id, records by kind (ids when few), or MISSING / not applicable. */
function satisfiedText(item: MandatoryItem): string {
  if (item.status === 'missing') return `MISSING: add ${item.how}`;
  if (item.status === 'not-applicable') return `not applicable: ${item.notApplicableBecause ?? ''}`;
  const byKind = new Map<string, MandatoryEvidenceRef[]>();
  for (const e of item.satisfiedBy) byKind.set(e.kind, [...(byKind.get(e.kind) ?? []), e]);
  return [...byKind]
    .map(([kind, refs]) => {
      if (kind === 'config') return kindName(kind, 1);
      if (kind === 'document') return refs.map((r) => r.id ?? r.title ?? 'document').join(', ');
      const named = refs.map((r) => r.id).filter((id): id is string => id !== undefined);
      const list = refs.length <= MAX_IDS && named.length === refs.length ? `: ${named.join(', ')}` : '';
      return `${refs.length} ${kindName(kind, refs.length)}${list}`;
    })
    .join('; ');
}

function summary(items: readonly MandatoryItem[]): string {
  const count = (s: MandatoryItem['status']): number => items.filter((i) => i.status === s).length;
  const na = count('not-applicable');
  return `${count('satisfied')} of ${items.length - na} satisfied, ${count('missing')} missing${na ? `, ${na} not applicable` : ''}`;
}

const cut = (s: string, width: number): string => (s.length > width ? `${s.slice(0, width - 1)}…` : s.padEnd(width));

function registerText(ws: IsmsWorkspace, register: readonly DocumentEntry[]): string[] {
  const out = [`Document register (${register.length}):`];
  if (register.length === 0) out.push('  no documents (Markdown files with ‘isms: document’ front matter)');
  else {
    out.push(
      `  ${'Id'.padEnd(10)} ${'Title'.padEnd(34)} ${'Version'.padEnd(7)} ${'Owner'.padEnd(16)} ${'Status'.padEnd(9)} ${'Approved'.padEnd(10)}  ${'Next review'.padEnd(22)} ${'Ack.'.padEnd(7)} Changed since approval`,
    );
    for (const e of register) {
      out.push(
        `  ${cut(e.record.id ?? '(no id)', 10)} ${cut(field(e.record, 'title') ?? '', 34)} ${cut(field(e.record, 'version') ?? '—', 7)} ${cut(field(e.record, 'owner') ?? '—', 16)} ${cut(e.status ?? '—', 9)} ${approvedCell(e).padEnd(10)}  ${nextReview(e).padEnd(22)} ${acknowledgement(e).padEnd(7)} ${changed(ws, e)}`,
      );
    }
  }
  const history = ws.documentHistory;
  if (history && !history.available) out.push(`  Change since approval not known: ${history.reason}.`);
  return out;
}

function formatText(roots: readonly RootDocuments[], today: string, base: string): string {
  const out: string[] = [];
  for (const { ws, register, mandatory } of roots) {
    out.push(`${heading(ws, base)} — documented information as of ${today}`, '');
    out.push(...registerText(ws, register), '');
    out.push(`Mandatory documented information (${summary(mandatory)}):`);
    let standard = '';
    for (const item of mandatory) {
      if (item.standard !== standard) out.push(`  ${item.standardName}`);
      standard = item.standard;
      out.push(`    ${item.clause.padEnd(9)} ${cut(item.title, 62)}  ${satisfiedText(item)}`);
    }
    out.push('');
  }
  return terminalLines(out);
}

function formatJson(roots: readonly RootDocuments[], today: string, base: string): string {
  const at = (file: string, line: number) => ({ file: relativePath(base, file), line: line + 1 });
  const document = (ws: IsmsWorkspace, e: DocumentEntry) => {
    const r = e.record;
    const history = ws.documentHistory;
    const known = e.status === 'approved' && history?.available === true && history.files.has(r.file);
    const change = e.changedSinceApproval;
    return {
      id: r.id ?? null,
      ...Object.fromEntries(
        ['title', 'type', 'version', 'owner', 'approver', 'approved', 'reviewed'].flatMap((k) => (field(r, k) ? [[k, field(r, k)]] : [])),
      ),
      status: e.status ?? null,
      reviewState: e.review.state,
      ...(e.review.next ? { nextReview: e.review.next } : {}),
      acknowledgement: e.acknowledgement
        ? {
            acknowledged: e.acknowledgement.acknowledged,
            expected: e.acknowledgement.expected,
            version: e.acknowledgement.version ?? null,
            // who has not acknowledged yet, and by when they should (overdue ones are ISMS907's)
            pending: e.acknowledgement.pending.map((p) => ({ person: p.person.id ?? null, due: p.due, overdue: p.overdue })),
          }
        : null,
      // null: not known (not approved, or no git history); false: approved and unchanged
      changedSinceApproval: change
        ? {
            commit: change.change.commit,
            date: change.change.date,
            approvalCommit: change.approval.commit,
            approvalDate: change.approval.date,
          }
        : known
          ? false
          : null,
      ...at(r.file, r.anchor.start.line),
    };
  };
  const evidence = (e: MandatoryEvidenceRef) => ({
    kind: e.kind,
    ...(e.id ? { id: e.id } : {}),
    ...(e.title ? { title: e.title } : {}),
    ...at(e.file, e.range.start.line),
  });
  return jsonText({
    today,
    roots: roots.map(({ ws, register, mandatory }) => ({
      root: relativePath(base, ws.root),
      ...(ws.config.organisation ? { organisation: ws.config.organisation } : {}),
      history: ws.documentHistory
        ? ws.documentHistory.available
          ? { available: true }
          : { available: false, reason: ws.documentHistory.reason }
        : { available: false },
      documents: register.map((e) => document(ws, e)),
      mandatory: mandatory.map((i) => ({
        standard: i.standard,
        standardName: i.standardName,
        clause: i.clause,
        reference: i.reference,
        title: i.title,
        status: i.status,
        ...(i.notApplicableBecause ? { notApplicableBecause: i.notApplicableBecause } : {}),
        how: i.how,
        satisfiedBy: i.satisfiedBy.map(evidence),
      })),
    })),
  });
}

function formatMarkdown(roots: readonly RootDocuments[], today: string, base: string): string {
  const out: string[] = [];
  for (const { ws, register, mandatory } of roots) {
    out.push(`## ${mdText(`Documented information — ${heading(ws, base)}`)}`, '', `As of ${today}.`, '');
    out.push('### Document register', '');
    if (register.length === 0) out.push('No documents (Markdown files with `isms: document` front matter).', '');
    else {
      out.push(
        ...mdTable(
          ['Id', 'Title', 'Version', 'Owner', 'Status', 'Approved', 'Next review', 'Acknowledged', 'Changed since approval'],
          register.map((e) => [
            e.record.id,
            field(e.record, 'title'),
            field(e.record, 'version'),
            field(e.record, 'owner'),
            e.status,
            approvedCell(e),
            nextReview(e),
            acknowledgement(e),
            changed(ws, e),
          ]),
        ),
        '',
      );
    }
    const history = ws.documentHistory;
    if (history && !history.available) out.push(mdText(`Change since approval not known: ${history.reason}.`), '');
    out.push('### Mandatory documented information', '', mdText(`${summary(mandatory)}.`), '');
    out.push(
      ...mdTable(
        ['Standard', 'Clause', 'Required', 'Satisfied by'],
        mandatory.map((i) => [i.standardName, i.clause, i.title, satisfiedText(i)]),
      ),
      '',
    );
  }
  return out.join('\n');
}

export async function documentsReportCommand(cmd: ReportCommand, io: CliIo): Promise<number> {
  const today = cmd.today ?? io.today();
  const workspaces = await loadWorkspaces(io.cwd, cmd.dir ?? '.');
  const roots = workspaces.map((ws) => ({ ws, register: documentRegister(ws, today), mandatory: mandatoryDocuments(ws, today) }));
  const format = cmd.format === 'json' ? formatJson : cmd.format === 'markdown' ? formatMarkdown : formatText;
  io.stdout(format(roots, today, io.cwd));
  return 0;
}
