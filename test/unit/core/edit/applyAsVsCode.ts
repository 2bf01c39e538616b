/** Edits applied the way VS Code applies them, for the edit tests. */
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyTextEdits, type TextEdit } from '../../../../src/core/edit';

/** The text after VS Code applied the edits: positions in its buffer (no BOM), line breaks as LSP counts them. */
export function applyAsVsCode(text: string, edits: readonly TextEdit[]): string {
  const bom = text.startsWith('\ufeff') ? '\ufeff' : '';
  const doc = TextDocument.create('file:///register.yaml', 'yaml', 1, text.slice(bom.length));
  return (
    bom +
    TextDocument.applyEdits(
      doc,
      edits.map((e) => ({ range: e.range, newText: e.newText })),
    )
  );
}

/** Both appliers agree (the server's line model is the editor's); returns what VS Code would write. */
export function apply(text: string, edits: readonly TextEdit[]): string {
  const after = applyAsVsCode(text, edits);
  assert.equal(applyTextEdits(text, edits), after, 'the server and the editor apply the edits to the same characters');
  return after;
}
