/**
 * Programme-level diagnostics sit where they belong in isms.yaml (issue 15.7), not all on its `isms:`
 * line: a month without an audit at the programme's cadence, coverage and missing documents at the
 * standard's entry under `standards:`, a missing review at `management-review:`, a missing surveillance
 * audit at `certification.audits`, an awareness programme without activity at its cadence. Only a
 * setting that is not written falls back to the `isms:` line.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { loadIsmsFolder, type Diagnostic } from '../../../../src/core';
import { nodeFileHost } from '../../../../src/node/fsHost';
import { check, config, ROOT } from '../../support/memory';

const REPO = path.resolve(__dirname, '../../../../..');
const SAMPLE = path.join(REPO, 'examples', 'acme');

/** The 0-based line of the first line matching `re` (after the line matching `after`, if given). */
function lineOf(text: string, re: RegExp, after?: RegExp): number {
  const lines = text.split('\n');
  const from = after ? lines.findIndex((l) => after.test(l)) : 0;
  const i = lines.findIndex((l, n) => n >= from && re.test(l));
  assert.ok(i >= 0, `${re} in isms.yaml`);
  return i;
}

const at = (d: Diagnostic): string => `${d.range.start.line}:${d.range.start.character}`;

describe('Programme-level diagnostics anchored at their place in isms.yaml (issue 15.7)', () => {
  it('the sample: each at its setting or standard, none on the isms: line, the coverage note short', async () => {
    const text = readFileSync(path.join(SAMPLE, 'isms.yaml'), 'utf8');
    const diags = (await loadIsmsFolder(nodeFileHost, SAMPLE))
      .check({ today: '2026-11-25' })
      .all()
      .filter((d) => d.file.endsWith('/isms.yaml'));
    const of = (code: string): Diagnostic[] => diags.filter((d) => d.code === code);
    const standards = lineOf(text, /^standards:/);
    const standardsLine = text.split('\n')[standards];

    const gap = of('ISMS103');
    assert.equal(gap.length, 1);
    assert.equal(gap[0].range.start.line, lineOf(text, /^\s+cadence-months:/, /^internal-audit:/), 'at internal-audit.cadence-months');

    const coverage = of('ISMS105');
    assert.deepEqual(
      coverage.map(at),
      [`${standards}:${standardsLine.indexOf('iso27001:2022')}`, `${standards}:${standardsLine.indexOf('iso27701:2019')}`],
      'each standard’s note at its entry under standards:',
    );
    for (const d of coverage) {
      assert.ok(d.message.length < 200, `short: ${d.message.length} characters: ${d.message}`);
      assert.match(d.message, /‘isms report coverage’/);
      assert.ok(!/A\.5\.3|iso27701:5\.2\.4/.test(d.message), 'no list of ids');
    }

    const documents = of('ISMS931');
    assert.ok(documents.length > 0);
    assert.ok(
      documents.every((d) => at(d) === `${standards}:${standardsLine.indexOf('iso27001:2022')}`),
      documents.map(at).join(),
    );

    // on the isms: line only what is about the folder as a whole (the version history, ISMS906)
    const ismsLine = lineOf(text, /^isms: config/);
    assert.deepEqual(
      diags.filter((d) => d.range.start.line === ismsLine && d.code !== 'ISMS906').map((d) => d.code),
      [],
    );
  });

  const CERT =
    'certification:\n  issued: 2025-03-14\n  expires: 2028-03-13\n  audits:\n    - { type: certification, date: 2025-02-10, status: done }\n';

  it('a missing management review at management-review:, a missing surveillance audit at certification.audits', () => {
    const yaml = config(`${CERT}management-review:\n  interval-months: 6\n`);
    const diags = check({ 'isms.yaml': yaml }, '2026-11-25');
    const review = diags.find((d) => d.code === 'ISMS202');
    assert.ok(review);
    assert.equal(review.range.start.line, lineOf(yaml, /^\s+interval-months:/));
    const surveillance = diags.find((d) => d.code === 'ISMS402');
    assert.ok(surveillance, diags.map((d) => d.code).join());
    assert.equal(surveillance.range.start.line, lineOf(yaml, /^\s+audits:/));
  });

  it('an awareness programme without any activity at its cadence; a folder without documents at standards:', () => {
    const yaml = config(`standards: [iso27001:2022]\n${CERT}awareness:\n  cadence-months: 2\n`);
    const diags = check({ 'isms.yaml': yaml }, '2026-11-25');
    const awareness = diags.find((d) => d.code === 'ISMS501');
    assert.ok(awareness, diags.map((d) => d.code).join());
    assert.equal(awareness.range.start.line, lineOf(yaml, /^\s+cadence-months:/, /^awareness:/));
    const documents = diags.filter((d) => d.code === 'ISMS931');
    assert.equal(documents.length, 1, 'one summary while no document is tracked');
    assert.equal(documents[0].range.start.line, lineOf(yaml, /^standards:/));
  });

  it('falls back to the isms: line only when the setting is not written', () => {
    const yaml = config(CERT);
    const review = check({ 'isms.yaml': yaml }, '2026-11-25').find((d) => d.code === 'ISMS202');
    assert.ok(review);
    assert.equal(review.file, `${ROOT}/isms.yaml`);
    assert.equal(review.range.start.line, 0);
  });
});
