/**
 * Quick fixes bound to a diagnostic's data (FixData). The legacy-id, standard-term and field-name fixes are WorkspaceEdits computed here;
 * the others need the user (a title, a verification note) and are commands the client implements.
 */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic as LspDiagnostic } from 'vscode-languageserver/node';
import type { FixData } from '../core';
import { renameField, replaceText, useStandardTerm } from '../core/edit';
import { ClientCommands } from '../common/protocol';
import { clampRange } from './positions';

export function codeActions(params: CodeActionParams, text: string | undefined): CodeAction[] {
  if (params.context.only && !params.context.only.some((k) => CodeActionKind.QuickFix.startsWith(k))) return [];
  const out: CodeAction[] = [];
  for (const d of params.context.diagnostics) {
    if (d.source !== 'isms') continue;
    const data = asFixData(d.data);
    if (!data) continue;
    out.push(...actionsFor(params.textDocument.uri, d, data, text));
  }
  return out;
}

function actionsFor(uri: string, d: LspDiagnostic, data: FixData, text: string | undefined): CodeAction[] {
  const quickfix = (title: string, rest: Partial<CodeAction>): CodeAction => ({
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [d],
    ...rest,
  });
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
    case 'follow-up-corrective-action':
      return [
        quickfix(`Mark corrective action ${data.caId} as followed up today`, {
          command: {
            title: 'Follow up corrective action',
            command: ClientCommands.followUpCorrectiveAction,
            arguments: [{ caId: data.caId }],
          },
        }),
      ];
    case 'close-corrective-action':
      return [
        quickfix(`Set status: closed for ${data.caId} (record the verification of effectiveness)`, {
          command: { title: 'Close corrective action', command: ClientCommands.closeCorrectiveAction, arguments: [{ caId: data.caId }] },
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
      return [
        quickfix(`Plan an internal audit for ${data.month}`, {
          command: { title: 'Plan internal audit', command: ClientCommands.planInternalAudit, arguments: [{ month: data.month }] },
        }),
      ];
    default:
      return [];
  }
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
    case 'close-corrective-action':
      return str('caId') ? (o as FixData) : undefined;
    case 'plan-internal-audit':
      return str('month') ? (o as FixData) : undefined;
    case 'mark-document-reviewed':
      return str('documentId') ? (o as FixData) : undefined;
    case 'use-standard-term':
      return str('written') && str('standard') ? (o as FixData) : undefined;
    case 'rename-field':
      return str('from') && str('to') ? (o as FixData) : undefined;
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
