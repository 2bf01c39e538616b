/**
 * "ISMS: Open rule documentation" — pick a rule (code, name, clause) and read its entry: the copy of
 * docs/rules.md bundled with the extension, opened at the rule's heading (works offline), else the
 * online page. Also takes a code as argument (`ISMS101`), for links from elsewhere.
 */
import * as vscode from 'vscode';
import type { RuleDoc } from '../../common/protocol';
import type { CommandContext } from './shared';

/** The zero-based line of the rule's heading in docs/rules.md, or undefined. */
export function headingLine(text: string, code: string): number | undefined {
  const lines = text.split(/\r?\n/);
  const i = lines.findIndex((l) => /^#{1,6}\s/.test(l) && l.toLowerCase().includes(code.toLowerCase()));
  return i < 0 ? undefined : i;
}

/** A rule by its code (ISMS101, any case) or slug (internal-audit-overdue). */
export function ruleNamed(rules: readonly RuleDoc[], codeOrName: string): RuleDoc | undefined {
  const key = codeOrName.trim().toLowerCase();
  return rules.find((r) => r.code.toLowerCase() === key || r.name === key);
}

export async function openRuleDocumentation(ctx: CommandContext, arg?: unknown): Promise<string | undefined> {
  // the rules come from the server: the client does not bundle the engine
  const rules = await ctx.server.request('isms/rules');
  let rule = typeof arg === 'string' ? ruleNamed(rules, arg) : undefined;
  if (!rule) {
    const picked = await vscode.window.showQuickPick(
      rules.map((r) => ({ label: `${r.code} ${r.name}`, description: r.clause, detail: r.description, rule: r })),
      { placeHolder: 'Which rule?', matchOnDescription: true, matchOnDetail: true },
    );
    rule = picked?.rule;
  }
  if (!rule) return undefined;
  const code = rule.code;
  const bundled = vscode.Uri.joinPath(ctx.extensionUri, 'docs', 'rules.md');
  try {
    const doc = await vscode.workspace.openTextDocument(bundled);
    const line = headingLine(doc.getText(), code) ?? 0;
    const at = new vscode.Position(line, 0);
    const editor = await vscode.window.showTextDocument(doc, { selection: new vscode.Range(at, at), preview: true });
    editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.AtTop);
  } catch {
    await vscode.env.openExternal(vscode.Uri.parse(rule.url));
  }
  return code;
}
