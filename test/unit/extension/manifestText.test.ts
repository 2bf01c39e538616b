/**
 * Texts of the manifest that VS Code shows without rendering Markdown code spans (issue 15.6): the
 * welcome view's contents render links and icons only, a walkthrough step's description renders a code
 * span only when written with two backticks, settings' enum descriptions are plain. None holds a
 * backtick, so none shows one raw. (The walkthrough's media files are Markdown, rendered: not checked.)
 */
import * as assert from 'node:assert/strict';
import pkg from '../../../package.json';

interface Manifest {
  contributes: {
    viewsWelcome: { contents: string }[];
    walkthroughs: { title: string; description: string; steps: { title: string; description: string }[] }[];
    configuration: { properties: Record<string, { description?: string; enumDescriptions?: string[] }> };
  };
}

describe('Plain texts of the manifest (issue 15.6)', () => {
  const c = (pkg as unknown as Manifest).contributes;

  it('the welcome view, the walkthrough and the plain setting descriptions hold no backtick', () => {
    const texts = [
      ...c.viewsWelcome.map((w) => w.contents),
      ...c.walkthroughs.flatMap((w) => [w.title, w.description, ...w.steps.flatMap((s) => [s.title, s.description])]),
      ...Object.values(c.configuration.properties).flatMap((p) => [p.description ?? '', ...(p.enumDescriptions ?? [])]),
    ];
    assert.ok(texts.length > 8);
    assert.deepEqual(
      texts.filter((t) => t.includes('`')),
      [],
    );
  });
});
