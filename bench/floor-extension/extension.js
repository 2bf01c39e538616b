// The platform's floor for the time to the first problem (issue 20.1, bench/vscodeFirstProblem.ts): activated by
// the same event as the product (package.json: workspaceContains:**/isms.yaml), it sets one diagnostic on
// isms.yaml at once. With ISMS_TRACE_STARTUP set to a file it appends the same line as the product's client
// trace (src/extension/startupTrace.ts), so that the bench reads both alike.
const { appendFileSync } = require('node:fs');
const { isAbsolute } = require('node:path');
const vscode = require('vscode');

const now = () => Math.round((performance.timeOrigin + performance.now()) * 10) / 10;

function activate(context) {
  const activated = now();
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) return;
  const diagnostics = vscode.languages.createDiagnosticCollection('isms-floor');
  context.subscriptions.push(diagnostics);
  const range = new vscode.Range(0, 0, 0, 1);
  diagnostics.set(vscode.Uri.joinPath(folder.uri, 'isms.yaml'), [
    new vscode.Diagnostic(range, 'the floor', vscode.DiagnosticSeverity.Warning),
  ]);
  const target = process.env.ISMS_TRACE_STARTUP;
  if (target && isAbsolute(target)) {
    const line = {
      marks: [
        ['activate', activated],
        ['first diagnostics', now()],
      ],
    };
    appendFileSync(target, `isms: client startup trace ${JSON.stringify(line)}\n`);
  }
}

module.exports = { activate, deactivate() {} };
