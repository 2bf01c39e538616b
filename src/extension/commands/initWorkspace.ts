/**
 * "ISMS: Initialise ISMS workspace" — a three-question wizard (organisation, certification audit date,
 * certificate issue date) that writes `isms.yaml` with the three-year cycle laid out, an empty
 * corrective-action register and the usual folders. It never overwrites: an existing `isms.yaml`
 * stops it, and the files are created with `overwrite: false`.
 */
import * as vscode from 'vscode';
import { isCalendarDate, plusDays, plusMonths } from '../../core/dates';
import { runWizard } from '../multiStepInput';
import { today as todayDate } from '../today';
import { ensureTrusted } from '../trust';
import { applyAll } from '../workspaceEdits';
import { exists, objectArg, stringField } from './shared';

export interface IsmsSetup {
  organisation: string;
  /** the certification (stage 2) audit, done or planned */
  certification?: string;
  /** the certificate's issue date, when certified */
  issued?: string;
}

const yamlString = (s: string) => (/^[\w .,()&'-]+$/.test(s) && !/^[-?:,[\]{}#&*!|>'"%@`]/.test(s) ? s : JSON.stringify(s));

/** The text of a new isms.yaml; the cycle follows ISO/IEC 17021-1 9.1.3 (surveillance yearly, three-year certificate). */
export function ismsYaml(setup: IsmsSetup, today: string): string {
  const lines = [
    '# The root of the ISMS: everything under this folder that is a record (a Markdown file with `isms:`',
    '# front matter, or a YAML register) is checked by ISMS Workbench and by `isms check`.',
    'isms: config',
    `organisation: ${yamlString(setup.organisation)}`,
    'scope: # what the ISMS covers (ISO 27001 4.3)',
    'standards: [iso27001:2022]',
    'top-management: [] # who must attend management reviews (5.1)',
    '',
    'certification:',
    '  body: # the certification body',
    '  certificate:',
  ];
  const base = setup.issued ?? setup.certification;
  if (setup.issued) lines.push(`  issued: ${setup.issued}`, `  expires: ${plusDays(plusMonths(setup.issued, 36), -1)}`);
  lines.push('  audits: # the three-year cycle (ISO/IEC 17021-1 9.1.3)');
  if (setup.certification && base) {
    const done = setup.certification <= today ? ', status: done' : '';
    lines.push(
      `    - { type: certification,   date: ${setup.certification}${done} }`,
      `    - { type: surveillance-1,  date: ${plusMonths(base, 11)} }`,
      `    - { type: surveillance-2,  date: ${plusMonths(base, 23)} }`,
      `    - { type: recertification, date: ${plusMonths(base, 33)} }`,
    );
  } else {
    lines.push('    # - { type: certification, date: YYYY-MM-DD }');
  }
  lines.push(
    '',
    'internal-audit: { cadence-months: 1, warn-before-external-days: 60 }',
    'management-review: { interval-months: 12 }',
    'corrective-action: { follow-up-days: 30 }',
    '',
    'departments: []',
    '',
  );
  return lines.join('\n');
}

export const CORRECTIVE_ACTION_REGISTER = [
  '# Corrective-action register (ISO 27001 10.2): one entry per nonconformity.',
  '# Run "ISMS: Log corrective action" to add one.',
  'isms: corrective-actions',
  'records: []',
  '',
].join('\n');

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

  const edit = new vscode.WorkspaceEdit();
  const encode = (s: string) => new TextEncoder().encode(s);
  edit.createFile(config, { overwrite: false, ignoreIfExists: false, contents: encode(ismsYaml(setup, today)) });
  const register = vscode.Uri.joinPath(folder, 'registers', 'corrective-actions.yaml');
  if (!(await exists(register)))
    edit.createFile(register, { overwrite: false, ignoreIfExists: false, contents: encode(CORRECTIVE_ACTION_REGISTER) });
  if (!(await applyAll(edit, 'initialise the ISMS'))) return undefined;
  for (const sub of [`audits/${today.slice(0, 4)}`, 'reviews', 'external'])
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(folder, sub));
  await vscode.window.showTextDocument(config);
  void vscode.window.showInformationMessage('ISMS: isms.yaml written. Fill in the scope, the certification body and top management.');
  return config;
}
