/**
 * "ISMS: Open rule documentation" — pick a rule (code, name, clause) and read its entry: the section of
 * the docs/rules.md bundled with the extension, served read-only under the `isms-rule:` scheme (offline,
 * never the extension's own file opened for editing) and shown as a Markdown preview. Also takes a code as
 * argument (`ISMS101`), for links from elsewhere; a diagnostic's code links to the same document.
 */
import * as vscode from 'vscode';
import type { RuleDoc } from '../../common/protocol';
import { ruleCodeOfPath, ruleDocUri, ruleSection } from '../../common/ruleDocs';
import type { CommandContext } from './shared';

/** A rule by its code (ISMS101, any case) or slug (internal-audit-overdue). */
export function ruleNamed(rules: readonly RuleDoc[], codeOrName: string): RuleDoc | undefined {
  const key = codeOrName.trim().toLowerCase();
  return rules.find((r) => r.code.toLowerCase() === key || r.name === key);
}

/**
 * Serves `isms-rule:/ISMS101.md` (one rule's section) and `isms-rule:/rules.md` (the whole page), read-only;
 * registered for the `isms-rule` scheme at activation (extension.ts).
 */
export function ruleDocumentationProvider(extensionUri: vscode.Uri): vscode.TextDocumentContentProvider {
  return {
    async provideTextDocumentContent(uri) {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'docs', 'rules.md'));
      const text = new TextDecoder().decode(bytes);
      const code = ruleCodeOfPath(uri.path);
      return (code && ruleSection(text, code)) || text;
    },
  };
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
  const uri = vscode.Uri.parse(ruleDocUri(rule.code));
  try {
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  } catch {
    // without the built-in Markdown extension: the same read-only document as text
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: true });
  }
  return rule.code;
}
