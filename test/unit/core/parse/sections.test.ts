/** Blank sections (issue 15.1): a heading with only an HTML comment under it records nothing. */
import * as assert from 'node:assert/strict';
import { LineMap } from '../../../../src/core/parse/positions';
import { sectionsOf } from '../../../../src/core/parse/sections';

const blankOf = (body: string): string[] => [...sectionsOf(body, 0, new LineMap(body)).blank].sort();

describe('core: blank sections of a Markdown body (issue 15.1)', () => {
  it('a heading followed only by comments (or nothing) is blank; one with a line of text is not', () => {
    const body = '## Audit results\n\n<!-- 9.3.2 d 3 -->\n\n## Risks\n\nTwo new risks accepted.\n\n## Decisions\n';
    assert.deepEqual(blankOf(body), ['audit results', 'decisions']);
  });

  it('edge: a `##` whose text sits under its `###` is not blank; a list or a table counts as text', () => {
    assert.deepEqual(blankOf('## Inputs\n\n### Audit results\n\nNone open.\n'), []);
    assert.deepEqual(blankOf('## Decisions\n\n<!-- prompt -->\n- Keep the scope.\n'), []);
  });

  it('edge: a comment that spans lines, or two comments, is still only a prompt', () => {
    assert.deepEqual(blankOf('## Decisions\n\n<!-- one\n     two -->\n<!-- three -->\n'), ['decisions']);
  });
});
