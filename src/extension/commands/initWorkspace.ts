/**
 * "ISMS: Initialise ISMS workspace" — a three-question wizard (organisation, certification audit date,
 * certificate issue date) that writes `isms.yaml` with the three-year cycle laid out, an empty
 * corrective-action register, a first planned internal audit and management review, and the usual
 * folders, then offers the starter documents (scope, policy, objectives register;
 * src/extension/commands/workspaceTemplates.ts). It never overwrites: an existing
 * `isms.yaml` stops it, an existing file is left out, and the files are created with `overwrite: false`.
 */
import * as vscode from 'vscode';
import { isCalendarDate } from '../../core/dates';
import { runWizard } from '../multiStepInput';
import { today as todayDate } from '../today';
import { ensureTrusted } from '../trust';
import { applyAll } from '../workspaceEdits';
import { exists, objectArg, stringField } from './shared';
import {
  CORRECTIVE_ACTION_REGISTER,
  firstPlannedAudit,
  firstPlannedReview,
  ismsFolders,
  ismsYaml,
  requestedStarters,
  starterDocuments,
  type IsmsSetup,
  type StarterDocument,
  type StarterKind,
} from './workspaceTemplates';

export { CORRECTIVE_ACTION_REGISTER, ismsYaml, type IsmsSetup } from './workspaceTemplates';

async function pickFolder(arg: Record<string, unknown>): Promise<vscode.Uri | undefined> {
  const given = stringField(arg, 'folder');
  if (given) return given.includes('://') ? vscode.Uri.parse(given) : vscode.Uri.file(given);
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showWarningMessage('ISMS: open a folder first.');
    return undefined;
  }
  if (folders.length === 1) return folders[0].uri;
  const picked = await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Initialise the ISMS in which folder?' });
  return picked?.uri;
}

/**
 * The starters to write: those the argument names (`starters: true | "all" | ["scope", …]`, none without),
 * else the ones picked in a multi-select offered with all of them ticked. A file that exists is never offered.
 */
export async function chooseStarters(
  folder: vscode.Uri,
  organisation: string,
  arg: unknown,
  interactive: boolean,
): Promise<StarterDocument[]> {
  const all: StarterDocument[] = [];
  for (const s of starterDocuments(organisation)) if (!(await exists(vscode.Uri.joinPath(folder, s.path)))) all.push(s);
  if (!interactive) {
    const asked = new Set<StarterKind>(requestedStarters(arg));
    return all.filter((s) => asked.has(s.kind));
  }
  if (all.length === 0) return [];
  const picked = await vscode.window.showQuickPick(
    all.map((s) => ({
      label: s.label,
      description: `${s.clause} · ${s.path}`,
      detail: 'A draft to write and have approved',
      picked: true,
      s,
    })),
    {
      canPickMany: true,
      title: 'Initialise ISMS workspace',
      placeHolder: 'Starter documents to add (drafts; Escape adds none)',
      ignoreFocusOut: true,
    },
  );
  return (picked ?? []).map((p) => p.s);
}

/**
 * The files of a new ISMS as one edit: isms.yaml, the corrective-action register, the first planned
 * audit and review, the starters. A file that exists already is left out; none is created over one.
 */
async function newIsmsEdit(
  folder: vscode.Uri,
  setup: IsmsSetup,
  today: string,
  starters: StarterDocument[],
): Promise<vscode.WorkspaceEdit> {
  const edit = new vscode.WorkspaceEdit();
  const encode = (s: string) => new TextEncoder().encode(s);
  const create = (uri: vscode.Uri, text: string) =>
    edit.createFile(uri, { overwrite: false, ignoreIfExists: false, contents: encode(text) });
  create(vscode.Uri.joinPath(folder, 'isms.yaml'), ismsYaml(setup, today));
  // plans, not records: a first internal audit and management review, both planned ahead of today
  const records = [
    { path: 'registers/corrective-actions.yaml', text: CORRECTIVE_ACTION_REGISTER },
    firstPlannedAudit(today),
    firstPlannedReview(setup, today),
  ];
  for (const r of records) {
    const uri = vscode.Uri.joinPath(folder, r.path);
    if (!(await exists(uri))) create(uri, r.text);
  }
  for (const s of starters) create(vscode.Uri.joinPath(folder, s.path), s.text);
  return edit;
}

export async function initWorkspace(arg?: unknown): Promise<vscode.Uri | undefined> {
  if (!ensureTrusted('Initialise ISMS workspace')) return undefined;
  const a = objectArg(arg);
  const folder = await pickFolder(a);
  if (!folder) return undefined;
  const config = vscode.Uri.joinPath(folder, 'isms.yaml');
  if (await exists(config)) {
    void vscode.window.showWarningMessage(`ISMS: ${vscode.workspace.asRelativePath(config)} exists already; nothing was changed.`);
    return undefined;
  }
  const today = todayDate();
  let setup: IsmsSetup | undefined;
  const organisation = stringField(a, 'organisation');
  if (organisation) {
    setup = { organisation, certification: stringField(a, 'certification'), issued: stringField(a, 'issued') };
  } else {
    const state: Partial<IsmsSetup> = {};
    const optionalDate = (v: string) => (v.trim() === '' || isCalendarDate(v.trim()) ? undefined : 'A real date as YYYY-MM-DD, or empty.');
    const done = await runWizard(
      'Initialise ISMS workspace',
      [
        async (input, s) => {
          s.organisation = await input.showInputBox({
            prompt: 'Organisation',
            placeholder: 'Acme Ltd',
            value: s.organisation,
            validate: (v) => (v.trim() ? undefined : 'A name is needed.'),
          });
        },
        async (input, s) => {
          s.certification =
            (await input.showInputBox({
              prompt: 'Date of the certification (stage 2) audit, done or planned — empty if not known yet',
              placeholder: 'YYYY-MM-DD',
              value: s.certification,
              validate: optionalDate,
            })) || undefined;
        },
        async (input, s) => {
          s.issued =
            (await input.showInputBox({
              prompt: 'Date the certificate was issued — empty if not certified yet',
              placeholder: 'YYYY-MM-DD',
              value: s.issued,
              validate: optionalDate,
            })) || undefined;
        },
      ],
      state,
    );
    if (!done || !state.organisation) return undefined;
    setup = { organisation: state.organisation, certification: state.certification, issued: state.issued };
  }
  for (const d of [setup.certification, setup.issued]) {
    if (d !== undefined && !isCalendarDate(d)) {
      void vscode.window.showErrorMessage(`ISMS: ${d} is not a date.`);
      return undefined;
    }
  }

  const starters = await chooseStarters(folder, setup.organisation, a.starters, !organisation);

  const edit = await newIsmsEdit(folder, setup, today, starters);
  if (!(await applyAll(edit, 'initialise the ISMS'))) return undefined;
  for (const sub of ismsFolders(today)) await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(folder, sub));
  await vscode.window.showTextDocument(config);
  const drafts = starters.length ? ` Drafts added (to write and have approved): ${starters.map((s) => s.path).join(', ')}.` : '';
  void vscode.window.showInformationMessage(
    `ISMS: isms.yaml written, with a first internal audit and management review planned. Fill in the scope, the certification body and top management.${drafts}`,
  );
  return config;
}
