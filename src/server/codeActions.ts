/**
 * Quick fixes bound to a diagnostic's data (FixData). The fixes whose value is known (a standard term, a
 * renamed field, an implemented action) are WorkspaceEdits computed here; the others need the user (a
 * title, a verification note, a new due date) and are commands the client implements. A fix is offered
 * only where it removes its diagnostic: none when the text or the record no longer fits.
 */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic as LspDiagnostic } from 'vscode-languageserver/node';
import type { FixData, IsmsRecord } from '../core';
import { caState, isOpenCorrectiveAction, auditState } from '../core/cycle/state';
import { auditProgramme, type CycleSource } from '../core/cycle/cycle';
import { auditPlanMonth, catchUpMonths, externalAuditWindows, proposeAuditDate } from '../core/cycle/auditPlanning';
import { text as fieldText } from '../core/model/fields';
import { lookupEntry } from '../core/model/catalogues';
import {
  EditError,
  implementedFields,
  isCorrectiveActionAsk,
  replannedAuditFields,
  renameField,
  replaceText,
  replaceValue,
  setFields,
  useStandardTerm,
  type TextEdit,
} from '../core/edit';
import { ClientCommands, type CorrectiveActionAsk } from '../common/protocol';
import { clampRange } from './positions';

/** What the engine knows of the file at the time of the request: its records (as checked), the day and its ISMS. */
export interface FixContext {
  today: string;
  records: readonly IsmsRecord[];
  /** the configuration and records of the file's ISMS: the audit programme a plan or re-plan fits into */
  source?: CycleSource;
}

export function codeActions(params: CodeActionParams, text: string | undefined, known?: FixContext): CodeAction[] {
  if (params.context.only && !params.context.only.some((k) => CodeActionKind.QuickFix.startsWith(k))) return [];
  const out: CodeAction[] = [];
  for (const d of params.context.diagnostics) {
    if (d.source !== 'isms') continue;
    const data = asFixData(d.data);
    if (!data) continue;
    out.push(...actionsFor(params.textDocument.uri, d, data, text, known));
  }
  return out;
}

/** A command that asks the user for fields of a corrective action, then writes them as one edit. */
const askFor = (caId: string, fields: readonly CorrectiveActionAsk[], title: string) => ({
  title,
  command: ClientCommands.setCorrectiveActionField,
  arguments: [{ caId, fields }],
});

const ASK_NAMES: Record<CorrectiveActionAsk, string> = {
  owner: 'owner',
  due: 'due date',
  'root-cause': 'root cause',
  source: 'source',
  'cancel-reason': 'reason for cancelling',
  effectiveness: 'review of effectiveness',
};

/** The edits that set `fields` of `record` in `text`; none when the record is not there as checked. */
function recordEdits(text: string | undefined, record: IsmsRecord, fields: Parameters<typeof setFields>[2]): TextEdit[] {
  if (text === undefined) return [];
  try {
    return setFields(text, record, fields);
  } catch (e) {
    if (e instanceof EditError) return [];
    throw e;
  }
}

/** ISMS301: implemented today (a WorkspaceEdit), or a new due date the user gives; a follow-up alone would leave it overdue. */
function overdueActions(uri: string, caId: string, text: string | undefined, known: FixContext | undefined, make: MakeFix): CodeAction[] {
  const reschedule = make(`Set a new due date for ${caId}…`, { command: askFor(caId, ['due'], 'Set a new due date') });
  if (!known) return [reschedule];
  const record = known.records.find((r) => r.id === caId && r.kind === 'corrective-action');
  // implemented, cancelled or re-planned since the check: nothing is overdue to fix
  if (!record || caState(record, known.today) !== 'overdue') return [];
  const edits = recordEdits(text, record, implementedFields(known.today));
  const implemented = make(`Set status: implemented for ${caId} (recorded today, ${known.today})`, { edit: { changes: { [uri]: edits } } });
  return edits.length > 0 ? [implemented, reschedule] : [reschedule];
}

/** The corrective action `id` of the file is still as `test` wants it (it is there and the fix still applies). */
function caStill(known: FixContext, id: string, test: (ca: IsmsRecord) => boolean): boolean {
  const ca = known.records.find((r) => r.id === id && r.kind === 'corrective-action');
  return ca !== undefined && test(ca);
}

/** owner; owner and due date; owner, due date and root cause */
const listed = (words: readonly string[]): string =>
  words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;

type MakeFix = (title: string, rest: Partial<CodeAction>) => CodeAction;

type CorrectiveActionFix = Extract<
  FixData,
  {
    fix:
      | 'complete-corrective-action'
      | 'choose-corrective-action-source'
      | 'follow-up-corrective-action'
      | 'corrective-action-overdue'
      | 'record-effectiveness';
  }
>;

const isCorrectiveActionFix = (data: FixData): data is CorrectiveActionFix => 'caId' in data;

/** The fixes of a corrective action (ISMS301–306); with what the engine knows, only those that still apply. */
function correctiveActionFixes(
  uri: string,
  data: CorrectiveActionFix,
  text: string | undefined,
  known: FixContext | undefined,
  quickfix: MakeFix,
): CodeAction[] {
  switch (data.fix) {
    case 'complete-corrective-action': {
      // only what is still missing when the fix is asked for (the user may have typed one meanwhile)
      const missing = data.missing.filter((f) => !known || caStill(known, data.caId, (ca) => !fieldText(ca, f)));
      if (missing.length === 0) return [];
      return [
        quickfix(`Add the ${listed(missing.map((f) => ASK_NAMES[f]))} of ${data.caId}…`, {
          command: askFor(data.caId, missing, 'Complete corrective action'),
          isPreferred: true,
        }),
      ];
    }
    case 'choose-corrective-action-source':
      return [
        quickfix(`Choose the source of ${data.caId}…`, {
          command: askFor(data.caId, ['source'], 'Choose the source'),
          isPreferred: true,
        }),
      ];
    case 'follow-up-corrective-action':
      if (known && !caStill(known, data.caId, isOpenCorrectiveAction)) return [];
      return [
        quickfix(`Mark corrective action ${data.caId} as followed up today`, {
          command: {
            title: 'Follow up corrective action',
            command: ClientCommands.followUpCorrectiveAction,
            arguments: [{ caId: data.caId }],
          },
        }),
      ];
    case 'corrective-action-overdue':
      return overdueActions(uri, data.caId, text, known, quickfix);
    case 'record-effectiveness':
      if (known && !caStill(known, data.caId, (ca) => !fieldText(ca, 'effectiveness'))) return [];
      return [
        quickfix(`Record the review of effectiveness for ${data.caId}…`, {
          command: askFor(data.caId, ['effectiveness'], 'Record the review of effectiveness'),
          isPreferred: true,
        }),
      ];
  }
}

function actionsFor(uri: string, d: LspDiagnostic, data: FixData, text: string | undefined, known?: FixContext): CodeAction[] {
  const quickfix = (title: string, rest: Partial<CodeAction>): CodeAction => ({
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [d],
    ...rest,
  });
  if (isCorrectiveActionFix(data)) return correctiveActionFixes(uri, data, text, known, quickfix);
  switch (data.fix) {
    case 'replace-legacy-control': {
      if (text === undefined) return [];
      return data.replacements.flatMap((replacement) => {
        const edits = replaceText(text, clampRange(text, d.range), data.legacy, replacement);
        if (edits.length === 0) return [];
        return [
          quickfix(legacyFixTitle(data, replacement), {
            edit: { changes: { [uri]: edits } },
            isPreferred: data.replacements.length === 1,
          }),
        ];
      });
    }
    case 'use-standard-term': {
      const edits = text === undefined ? [] : useStandardTerm(text, clampRange(text, d.range), data.written, data.standard);
      if (edits.length === 0) return [];
      return [quickfix(`Use the standard term ‘${data.standard}’`, { edit: { changes: { [uri]: edits } }, isPreferred: true })];
    }
    case 'rename-field': {
      if (text === undefined) return [];
      const edits = renameField(text, clampRange(text, d.range), data.from, data.to);
      if (edits.length === 0) return [];
      return [quickfix(`Rename ‘${data.from}’ to ‘${data.to}’`, { edit: { changes: { [uri]: edits } }, isPreferred: true })];
    }
    case 'closest-value':
      return closestValueActions(uri, d, data, text, quickfix);
    case 'rename-id': {
      const edits = text === undefined ? [] : replaceValue(text, clampRange(text, d.range), data.from, data.to);
      if (edits.length === 0) return [];
      return [quickfix(`Rename to ‘${data.to}’`, { edit: { changes: { [uri]: edits } } })];
    }
    case 'log-corrective-action':
      return [
        quickfix(`Log corrective action for ${data.findingId}`, {
          command: {
            title: 'Log corrective action',
            command: ClientCommands.logCorrectiveAction,
            arguments: [{ findingId: data.findingId }],
          },
          isPreferred: true,
        }),
      ];
    case 'mark-document-reviewed':
      return [
        quickfix(`Mark document ${data.documentId} as reviewed today`, {
          command: {
            title: 'Mark document as reviewed',
            command: ClientCommands.markDocumentReviewed,
            arguments: [{ documentId: data.documentId }],
          },
          isPreferred: true,
        }),
      ];
    case 'plan-internal-audit':
      return planAuditActions(data.month, known, quickfix);
    case 'internal-audit-overdue':
      return overdueAuditActions(uri, data.auditId, text, known, quickfix);
    default:
      return [];
  }
}

/**
 * ISMS103: an audit for the empty month, on the date the planner proposes; for a past month a catch-up
 * this month or next that says which month it makes up for (issue 15.2). The command then asks the date,
 * title, scope and auditor. None once the month has an audit.
 */
function planAuditActions(month: string, known: FixContext | undefined, quickfix: MakeFix): CodeAction[] {
  const command = (title: string, args: Record<string, string>): CodeAction =>
    quickfix(title, { command: { title: 'Plan internal audit', command: ClientCommands.planInternalAudit, arguments: [args] } });
  const source = known?.source;
  if (!known || !source) return [command(`Plan an internal audit for ${month}…`, { month })];
  const [programme] = auditProgramme(source, month, 1, known.today);
  if (!programme || (programme.state !== 'missing' && programme.state !== 'future-empty')) return [];
  const plan = auditPlanMonth(month, known.today, externalAuditWindows(source.config, known.today));
  return plan.slots.map((slot) =>
    plan.past
      ? command(`Plan a catch-up audit in ${slot.month} for ${month}…`, { month: slot.month, planned: slot.planned, catchUpFor: month })
      : command(`Plan an internal audit for ${month}…`, { month, planned: slot.planned }),
  );
}

/**
 * ISMS101: re-plan to the date the planner proposes this month or next (a WorkspaceEdit; an audit moved
 * out of its month becomes that month's catch-up), or record it as performed on a date the user gives.
 * None once the audit is no longer overdue.
 */
function overdueAuditActions(
  uri: string,
  auditId: string,
  text: string | undefined,
  known: FixContext | undefined,
  make: MakeFix,
): CodeAction[] {
  const performed = make(`Record ${auditId} as performed…`, {
    command: { title: 'Record audit as performed', command: ClientCommands.recordAuditPerformed, arguments: [{ auditId }] },
  });
  if (!known) return [performed];
  const audit = known.records.find((r) => r.id === auditId && r.kind === 'internal-audit');
  if (!audit || auditState(audit, known.today) !== 'overdue') return [];
  const windows = known.source ? externalAuditWindows(known.source.config, known.today) : [];
  const proposed = proposeAuditDate(catchUpMonths(known.today), known.today, windows);
  const edits = proposed ? recordEdits(text, audit, replannedAuditFields(audit, proposed.date)) : [];
  if (!proposed || edits.length === 0) return [performed];
  return [make(`Re-plan ${auditId} to ${proposed.date}`, { edit: { changes: { [uri]: edits } }, isPreferred: true }), performed];
}

/** ISMS006 / ISMS004: one fix per close allowed value, closest first; a control's title says which it is. */
function closestValueActions(
  uri: string,
  d: LspDiagnostic,
  data: Extract<FixData, { fix: 'closest-value' }>,
  text: string | undefined,
  quickfix: MakeFix,
): CodeAction[] {
  if (text === undefined) return [];
  return data.values.flatMap((value) => {
    const edits = replaceValue(text, clampRange(text, d.range), data.written, value);
    if (edits.length === 0) return [];
    const title = data.control ? lookupEntry(value)?.entry.title : undefined;
    return [
      quickfix(`Change ‘${data.written}’ to ‘${value}’${title ? ` (${title})` : ''}`, {
        edit: { changes: { [uri]: edits } },
        isPreferred: data.values.length === 1,
      }),
    ];
  });
}

function legacyFixTitle(data: Extract<FixData, { fix: 'replace-legacy-control' }>, replacement: string): string {
  if (data.from && data.to) return `Replace ${data.from} id ${data.legacy} with its ${data.to} equivalent ${replacement}`;
  return `Replace ISO 27001:2013 control id ${data.legacy} with its 2022 equivalent ${replacement}`;
}

/** The data came back from the client: trust nothing about its shape. */
function asFixData(data: unknown): FixData | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const o = data as Record<string, unknown>;
  const str = (k: string): boolean => typeof o[k] === 'string';
  switch (o.fix) {
    case 'log-corrective-action':
      return str('findingId') ? (o as FixData) : undefined;
    case 'follow-up-corrective-action':
    case 'corrective-action-overdue':
    case 'record-effectiveness':
    case 'choose-corrective-action-source':
      return str('caId') ? (o as FixData) : undefined;
    case 'plan-internal-audit':
      return str('month') ? (o as FixData) : undefined;
    case 'internal-audit-overdue':
      return str('auditId') ? (o as FixData) : undefined;
    case 'complete-corrective-action':
      return str('caId') && Array.isArray(o.missing) && o.missing.length > 0 && o.missing.every(isCorrectiveActionAsk)
        ? (o as FixData)
        : undefined;
    case 'mark-document-reviewed':
      return str('documentId') ? (o as FixData) : undefined;
    case 'use-standard-term':
      return str('written') && str('standard') ? (o as FixData) : undefined;
    case 'rename-field':
    case 'rename-id':
      return str('from') && str('to') ? (o as FixData) : undefined;
    case 'closest-value':
      return str('written') &&
        Array.isArray(o.values) &&
        o.values.length > 0 &&
        o.values.every((v) => typeof v === 'string') &&
        (o.control === undefined || typeof o.control === 'boolean')
        ? (o as FixData)
        : undefined;
    case 'replace-legacy-control':
      return str('legacy') &&
        Array.isArray(o.replacements) &&
        o.replacements.every((r) => typeof r === 'string') &&
        ['from', 'to'].every((k) => o[k] === undefined || str(k))
        ? (o as FixData)
        : undefined;
    default:
      return undefined;
  }
}
