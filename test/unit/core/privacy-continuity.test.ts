/** The privacy and business continuity records: their settings in isms.yaml, parsing, references and schemas. */
import * as assert from 'node:assert/strict';
import Ajv from 'ajv';
import { allSchemas, configSchema, registerName, registerSchema } from '../../../src/core/model/jsonSchema';
import { listsStandard } from '../../../src/core/model/standards';
import { DATE_KEYS, ISMS_MARKERS, PREFERRED_TARGETS, REFERENCE_KEYS } from '../../../src/server/vocabulary';
import { check, config, ofCode, ROOT, textAt, workspaceOf } from '../support/memory';
import { expand, snippets } from '../support/snippets';

const TODAY = '2026-11-25';
const compile = (schema: object) => new Ajv({ strict: true, allowUnionTypes: true, allErrors: true }).compile(schema);

describe('privacy and continuity settings in isms.yaml', () => {
  it('default to 12 months each', () => {
    const ws = workspaceOf({ 'isms.yaml': config() });
    assert.equal(ws.config.privacy.reviewMonths, 12);
    assert.deepEqual(ws.config.continuity, { exerciseMonths: 12 });
  });

  it('read `privacy.review-months` and `continuity.exercise-months`', () => {
    const ws = workspaceOf({ 'isms.yaml': config('privacy: { review-months: 6 }\ncontinuity: { exercise-months: 24 }\n') });
    assert.equal(ws.config.privacy.reviewMonths, 6);
    assert.deepEqual(ws.config.continuity, { exerciseMonths: 24 });
  });

  it('report a bad value at it (ISMS006) and fall back to the default; a block that is no mapping too', () => {
    const files = { 'isms.yaml': config('privacy: { review-months: 0 }\ncontinuity: yearly\n') };
    const ws = workspaceOf(files);
    const found = ofCode('ISMS006')(ws.check({ today: TODAY }).all());
    assert.equal(found.length, 2);
    assert.equal(textAt(files, found[0]), '0');
    assert.match(found[0].message, /‘review-months’ must be a whole number, 1 or more \(got ‘0’\); using 12/);
    assert.equal(textAt(files, found[1]), 'yearly');
    assert.match(found[1].message, /‘continuity’ must be a mapping of settings/);
    assert.equal(ws.config.privacy.reviewMonths, 12);
    assert.deepEqual(ws.config.continuity, { exerciseMonths: 12 });
  });

  it('standards are matched in any spelling the catalogues accept', () => {
    assert.ok(listsStandard(['ISO22301'], 'iso22301:2019'));
    assert.ok(listsStandard(['iso22301:2019'], 'iso22301'));
    assert.ok(listsStandard([' GDPR '], 'gdpr'));
    assert.ok(!listsStandard(['iso27001:2022', 'gdpr'], 'popia'));
    assert.ok(!listsStandard(['nonsense'], 'nonsense'));
  });
});

describe('privacy and continuity records', () => {
  const records = {
    'isms.yaml': config('standards: [iso27001:2022, gdpr, iso22301]\n'),
    'privacy/processing.yaml': [
      'isms: processing-activities',
      'records:',
      '  - { id: PA-01, title: Support tickets, role: controller, lawful-basis: contract, data-categories: [name, e-mail], dpia: DPIA-09, reviewed: 2026-06-01 }',
      '',
    ].join('\n'),
    'privacy/DPIA-01.md':
      '---\nisms: dpia\nid: DPIA-01\nprocessing: PA-07\nperformed: 2026-05-10\nresidual-risk: low\nstatus: approved\n---\n',
    'bc/exercises.yaml':
      'isms: exercises\nrecords:\n  - { id: EX-1, date: 2026-06-02, type: drill, plans: [BCP-01, BCP-02], status: done, findings: [{ id: EX-1-F1, type: observation }] }\n',
    'bc/plans.yaml': 'isms: continuity-plans\nrecords:\n  - { id: BCP-01, title: Region loss, approved: 2026-01-05 }\n',
  };
  const found = check(records, TODAY);

  it('broken `dpia:`, `processing:` and `plans:` references are ISMS007, at the id named', () => {
    const missing = ofCode('ISMS007')(found)
      .map((d) => textAt(records, d))
      .sort();
    assert.deepEqual(missing, ['BCP-02', 'DPIA-09', 'PA-07']);
  });

  it('values outside their lists are ISMS006 (lawful basis, exercise type)', () => {
    const files = {
      ...records,
      'privacy/processing.yaml': records['privacy/processing.yaml'].replace('lawful-basis: contract', 'lawful-basis: consent-ish'),
    };
    assert.deepEqual(
      ofCode('ISMS006')(check(files, TODAY))
        .map((d) => textAt(files, d))
        .sort(),
      ['consent-ish', 'drill'],
    );
  });

  it('an exercise holds finding records, as an audit does', () => {
    const ws = workspaceOf(records);
    const [finding] = ws.records('finding');
    assert.equal(finding.id, 'EX-1-F1');
    assert.equal(finding.parentId, 'EX-1');
    assert.equal(finding.file, `${ROOT}/bc/exercises.yaml`);
  });

  it('have schemas: registers validate, wrong values and missing required fields do not', () => {
    const names = allSchemas().map((s) => s.fileName);
    for (const n of [
      'processing-activities',
      'processing-activity',
      'dpias',
      'dpia',
      'continuity-plans',
      'continuity-plan',
      'exercises',
      'exercise',
    ])
      assert.ok(names.includes(`${n}.schema.json`), n);
    const exercises = compile(registerSchema('exercise'));
    assert.ok(
      exercises({
        isms: 'exercises',
        records: [{ id: 'EX-1', date: '2026-06-02', type: 'tabletop', plans: ['BCP-01'], findings: [{ id: 'EX-1-F1', type: 'minor-nc' }] }],
      }),
      JSON.stringify(exercises.errors),
    );
    assert.ok(!exercises({ isms: 'exercises', records: [{ id: 'EX-1', type: 'tabletop' }] }), 'date is required');
    assert.ok(
      !exercises({ isms: 'exercises', records: [{ id: 'EX-1', date: '2026-06-02', findings: [{ id: 'F', type: 'nc' }] }] }),
      'finding type (major is a synonym the engine reads, issue 16.1; nc could be major or minor)',
    );
    const dpias = compile(registerSchema('dpia'));
    assert.ok(
      dpias({ isms: 'dpias', records: [{ id: 'DPIA-1', 'residual-risk': 'high', consulted: '2026-05-20' }] }),
      JSON.stringify(dpias.errors),
    );
    assert.ok(!dpias({ isms: 'dpias', records: [{ id: 'DPIA-1', 'residual-risk': 'severe' }] }));
    const activities = compile(registerSchema('processing-activity'));
    assert.ok(!activities({ isms: 'processing-activities', records: [{ id: 'PA-1', 'lawful-basis': 'because' }] }));
    const incidents = compile(registerSchema('incident'));
    assert.ok(
      incidents({
        isms: 'incidents',
        records: [{ id: 'I', detected: '2026-03-04', notification: 'required', 'notified-authority': '2026-03-06', 'delay-reason': null }],
      }),
      JSON.stringify(incidents.errors),
    );
    assert.ok(!incidents({ isms: 'incidents', records: [{ id: 'I', detected: '2026-03-04', notification: 'maybe' }] }));
  });

  it('isms.yaml schema takes the privacy and continuity settings', () => {
    const validate = compile(configSchema());
    assert.ok(
      validate({ isms: 'config', privacy: { 'review-months': 6 }, continuity: { 'exercise-months': 12 } }),
      JSON.stringify(validate.errors),
    );
    assert.ok(!validate({ isms: 'config', privacy: { 'review-months': 0 } }));
    assert.ok(!validate({ isms: 'config', continuity: { 'exercise-months': 'yearly' } }));
  });
});

describe('editor vocabulary of the privacy and continuity kinds', () => {
  it('completes their references to the right kinds, their dates, and their `isms:` markers', () => {
    for (const key of ['dpia', 'processing', 'plans']) assert.ok(REFERENCE_KEYS.has(key), key);
    assert.deepEqual(
      [PREFERRED_TARGETS.dpia, PREFERRED_TARGETS.processing, PREFERRED_TARGETS.plans],
      [['dpia'], ['processing-activity'], ['continuity-plan']],
    );
    for (const key of ['notified-authority', 'performed', 'consulted', 'approved']) assert.ok(DATE_KEYS.has(key), key);
    const markers = ISMS_MARKERS.map((m) => m.value);
    for (const m of [
      'processing-activity',
      'processing-activities',
      'dpia',
      'dpias',
      'continuity-plan',
      'continuity-plans',
      'exercise',
      'exercises',
    ])
      assert.ok(markers.includes(m), m);
  });
});

describe('snippets of the privacy and continuity kinds', () => {
  const KINDS = ['processing-activity', 'dpia', 'continuity-plan', 'exercise'] as const;

  for (const kind of KINDS) {
    it(`${kind}: the Markdown and the register-entry snippet make a record without data errors`, () => {
      const markdown = snippets('isms-markdown.json').find((s) => s.prefix.includes(kind));
      const entry = snippets('isms-yaml.json').find((s) => s.prefix.includes(kind));
      assert.ok(markdown && entry, `snippets for ${kind}`);
      const register = `isms: ${registerName(kind)}\nrecords:\n${expand(entry.body)
        .split('\n')
        .map((l) => `  ${l}`)
        .join('\n')}\n`;
      const files = {
        'isms.yaml': config('standards: [iso27001:2022, gdpr, iso22301]\n'),
        'a.md': expand(markdown.body),
        'b.yaml': register,
      };
      const ws = workspaceOf(files);
      assert.equal(ws.records(kind).length, 2, JSON.stringify(files));
      const data = ws
        .check({ today: TODAY })
        .all()
        .filter((d) => ['ISMS001', 'ISMS002', 'ISMS005', 'ISMS006'].includes(d.code));
      assert.deepEqual(
        data.map((d) => `${d.file}: ${d.code} ${d.message}`),
        [],
      );
    });
  }
});
