/**
 * Reading isms.yaml by its field table: numbers of months and days are whole and in range, else the
 * default with an ISMS006 at the value — a rule is never silently switched off (issue 14.24).
 */
import * as assert from 'node:assert/strict';
import { CONFIG_FIELDS, type ConfigField } from '../../../../src/core/model/configFields';
import { check, config, ofCode, workspaceOf } from '../../support/memory';

const TODAY = '2026-06-20';
const HALVES =
  'management-review: { interval-months: 6.5 }\ncorrective-action: { follow-up-days: 0.5 }\n' + 'continuity: { exercise-months: 1.5 }\n';
/** Audits in January and June: February to May have none. */
const AUDITS = {
  'IA-1.md': '---\nisms: internal-audit\nid: IA-1\nplanned: 2026-01-10\nperformed: 2026-01-10\nauditor: A\nfindings: []\n---\n',
  'IA-2.md': '---\nisms: internal-audit\nid: IA-2\nplanned: 2026-06-10\nperformed: 2026-06-10\nauditor: A\nfindings: []\n---\n',
};

describe('core/parse/config: isms.yaml settings', () => {
  for (const bad of ['1.5', '0.5', '.inf', '13', '0', '-2', 'monthly']) {
    it(`cadence-months: ${bad} is reported and ISMS103 still runs with the default`, () => {
      const files = { 'isms.yaml': config(`internal-audit:\n  cadence-months: ${bad}\n`), ...AUDITS };
      const ws = workspaceOf(files);
      assert.equal(ws.config.internalAudit.cadenceMonths, 1);
      const all = ws.check({ today: TODAY }).all();
      const invalid = ofCode('ISMS006')(all);
      assert.equal(invalid.length, 1, JSON.stringify(invalid));
      assert.match(invalid[0].message, /‘cadence-months’ must be a whole number from 1 to 12/);
      assert.equal(invalid[0].range.start.line, 3, 'at the value');
      // every empty month on its own, as with the default cadence of 1 (the last three look ahead)
      const months = ofCode('ISMS103')(all)
        .map((d) => (d.data as { month?: string } | undefined)?.month)
        .sort();
      assert.deepEqual(months, ['2026-02', '2026-03', '2026-04', '2026-05', '2026-07', '2026-08', '2026-09']);
    });
  }

  it('takes whole months in range, and a share for bunching-share', () => {
    const ws = workspaceOf({
      'isms.yaml': config(
        'internal-audit:\n  cadence-months: 2\n  bunching-share: 0.25\n' +
          'management-review: { interval-months: 12 }\nprivacy: { review-months: 24 }\n',
      ),
    });
    assert.equal(ws.config.internalAudit.cadenceMonths, 2);
    assert.equal(ws.config.internalAudit.bunchingShare, 0.25);
    assert.equal(ws.config.managementReview.intervalMonths, 12);
    assert.equal(ws.config.privacy.reviewMonths, 24);
    assert.deepEqual(ofCode('ISMS006')(ws.check({ today: TODAY }).all()), []);
  });

  it('rejects half months and days everywhere, not only in cadence-months', () => {
    const found = ofCode('ISMS006')(check({ 'isms.yaml': config(HALVES) }, TODAY));
    assert.deepEqual(
      found.map((d) => d.message.split(' must')[0]),
      ['‘interval-months’', '‘follow-up-days’', '‘exercise-months’'],
    );
  });

  it('has a default for every number of the table, within its range', () => {
    for (const [key, spec] of Object.entries(CONFIG_FIELDS) as [string, ConfigField][]) {
      if (spec.type !== 'whole' && spec.type !== 'share') continue;
      if (spec.deprecated) continue;
      // the organisation's risk acceptance criterion has no sensible default: without it ISMS943 is silent
      if (key === 'risk.acceptance-level') continue;
      assert.equal(typeof spec.default, 'number', key);
      const v = spec.default as number;
      assert.ok(v > 0 && v <= (spec.type === 'share' ? 1 : (spec.max ?? Infinity)), key);
      if (spec.type === 'whole') assert.ok(Number.isInteger(v), key);
    }
  });

  it('reads exclude as a list of patterns, and reports a cycle audit status it does not know', () => {
    const ws = workspaceOf({
      'isms.yaml': config(
        'exclude: [drafts/, "*.tmp.md"]\ncertification:\n  audits:\n    - { type: surveillance, date: 2026-02-01, status: finished }\n',
      ),
    });
    assert.deepEqual(ws.config.exclude, ['drafts/', '*.tmp.md']);
    assert.equal(ws.config.certification?.audits[0].status, 'planned');
    const found = ofCode('ISMS006')(ws.check({ today: TODAY }).all());
    assert.equal(found.length, 1);
    assert.match(found[0].message, /‘status’ of a cycle audit must be one of planned, done, cancelled \(got ‘finished’\)/);
  });
});

describe('isms.yaml cycle audits in practitioner wording (issue 16)', () => {
  it('reads `status: completed` / `Done` as done, like an external audit record: no ISMS006, and the audit counts as held', () => {
    for (const written of ['completed', 'Done']) {
      const files = {
        'isms.yaml': `isms: config\ncertification:\n  audits:\n    - type: certification\n      date: 2025-03-10\n      status: ${written}\n`,
      };
      const ws = workspaceOf(files);
      assert.equal(ws.config.certification?.audits[0]?.status, 'done', written);
      assert.deepEqual(ofCode('ISMS006')(ws.check({ today: TODAY }).all()), [], written);
    }
  });
});
