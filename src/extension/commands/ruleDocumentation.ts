/**
 * "ISMS: Open rule documentation" — pick a rule (code, name, clause) and read its entry: the copy of
 * docs/rules.md bundled with the extension, opened at the rule's heading (works offline), else the
 * online page. Also takes a code as argument (`ISMS101`), for links from elsewhere.
 */
import * as vscode from 'vscode';
import { RULES, ruleByCode, ruleDocUrl } from '../../core/rules';

/** The zero-based line of the rule's heading in docs/rules.md, or undefined. */
export function headingLine(text: string, code: string): number | undefined {
  const lines = text.split(/\r?\n/);
  const i = lines.findIndex((l) => /^#{1,6}\s/.test(l) && l.toLowerCase().includes(code.toLowerCase()));
  return i < 0 ? undefined : i;
}

export async function openRuleDocumentation(extensionUri: vscode.Uri, arg?: unknown): Promise<string | undefined> {
  let code = typeof arg === 'string' ? ruleByCode(arg)?.code : undefined;
  if (!code) {
    const picked = await vscode.window.showQuickPick(
      RULES.map((r) => ({ label: `${r.code} ${r.name}`, description: r.clause, detail: r.description, code: r.code })),
      { placeHolder: 'Which rule?', matchOnDescription: true, matchOnDetail: true },
    );
    code = picked?.code;
  }
  if (!code) return undefined;
  const bundled = vscode.Uri.joinPath(extensionUri, 'docs', 'rules.md');
  try {
    const doc = await vscode.workspace.openTextDocument(bundled);
    const line = headingLine(doc.getText(), code) ?? 0;
    const at = new vscode.Position(line, 0);
    const editor = await vscode.window.showTextDocument(doc, { selection: new vscode.Range(at, at), preview: true });
    editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.AtTop);
  } catch {
    await vscode.env.openExternal(vscode.Uri.parse(ruleDocUrl(code)));
  }
  return code;
}
