/**
 * The rule documentation the editor shows (issue 15.6): one rule's section of the bundled docs/rules.md,
 * served under the `isms-rule:` scheme, which a diagnostic's code links to.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../../../src/core';
import { ruleCodeOfPath, ruleDocUri, ruleSection } from '../../../../src/common/ruleDocs';

const DOC = readFileSync(path.resolve(__dirname, '../../../../../docs/rules.md'), 'utf8');

describe('Rule documentation documents (isms-rule:)', () => {
  it('names one document per rule code, and reads the code back from its path', () => {
    assert.equal(ruleDocUri('isms101'), 'isms-rule:/ISMS101.md');
    assert.equal(ruleCodeOfPath('/ISMS101.md'), 'ISMS101');
    assert.equal(ruleCodeOfPath('/rules.md'), undefined);
  });

  it('every rule has a section, from its heading to the next rule, never cut at a heading inside an example', () => {
    for (const rule of RULES) {
      const section = ruleSection(DOC, rule.code);
      assert.ok(section, `${rule.code} has a section`);
      assert.match(section, new RegExp(`^## ${rule.code} ${rule.name}\\n`));
      const others = [...section.matchAll(/^## (ISMS\d{3})/gm)].map((m) => m[1]);
      assert.deepEqual(others, [rule.code], `${rule.code}: only its own heading`);
      assert.ok(!/<a id=/.test(section.split('\n').slice(-2).join('\n')), `${rule.code}: not the next rule's anchor`);
    }
    // ISMS009's example holds a Markdown file with a level-1 heading inside a code fence
    assert.match(ruleSection(DOC, 'ISMS009') ?? '', /```/);
    assert.equal(ruleSection(DOC, 'ISMS999'), undefined);
  });

  it('links to other rules point to their documents, since the section has no other anchors', () => {
    const section = ruleSection('## ISMS103 gap\n\nSee [ISMS101](#isms101).\n\n## ISMS104 next\n', 'ISMS103');
    assert.equal(section, '## ISMS103 gap\n\nSee [ISMS101](isms-rule:/ISMS101.md).\n');
  });
});
