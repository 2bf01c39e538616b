/**
 * What "ISMS: Initialise ISMS workspace" writes (issue 17.7): `isms.yaml`, the corrective-action register
 * and the starter scope (4.3), policy (5.2) and objectives register (6.2), parsed and checked by the real
 * engine. The starters are valid records, drafts that claim no approval, review or result.
 */
import * as assert from 'node:assert/strict';
import { plusMonths } from '../../../../src/core/dates';
import { documentReview } from '../../../../src/core/documents/register';
import { scheduledReviews } from '../../../../src/core/documents/scheduledReviews';
import {
  CORRECTIVE_ACTION_REGISTER,
  firstPlannedAudit,
  firstPlannedReview,
  ISMS_FOLDERS,
  ismsYaml,
  type IsmsSetup,
  requestedStarters,
  starterDocuments,
  STARTER_KINDS,
} from '../../../../src/extension/commands/workspaceTemplates';
import { ROOT, workspaceOf } from '../../support/memory';

const TODAY = '2026-11-25';

/** A new ISMS as the command writes it, with every starter. */
function initialised(organisation = 'Acme Labs'): Record<string, string> {
  const files: Record<string, string> = {
    'isms.yaml': ismsYaml({ organisation, certification: '2026-06-01', issued: '2026-07-01' }, TODAY),
    'registers/corrective-actions.yaml': CORRECTIVE_ACTION_REGISTER,
  };
  for (const s of starterDocuments(organisation)) files[s.path] = s.text;
  return files;
}

describe('Initialise ISMS workspace: the starter documents', () => {
  const files = initialised();
  const ws = workspaceOf(files);
  const starterFiles = new Set(starterDocuments('Acme Labs').map((s) => `${ROOT}/${s.path}`));

  it('offers a scope (4.3), a policy (5.2) and an objectives register (6.2), at distinct paths', () => {
    const starters = starterDocuments('Acme Labs');
    assert.deepEqual(
      starters.map((s) => `${s.kind} ${s.clause} ${s.path}`),
      [
        'scope 4.3 documents/isms-scope.md',
        'policy 5.2 policies/information-security-policy.md',
        'objectives 6.2 registers/objectives.yaml',
      ],
    );
  });

  it('the scope and the policy are document records: drafts, version 0.1, satisfying their clause', () => {
    const docs = ws.records('document');
    assert.deepEqual(
      docs.map((d) => `${d.id} ${String(d.data.status)} ${String(d.data.version)} ${JSON.stringify(d.data.satisfies)} ${d.file}`),
      [
        `DOC-SCOPE draft 0.1 ["4.3"] ${ROOT}/documents/isms-scope.md`,
        `POL-001 draft 0.1 ["5.2"] ${ROOT}/policies/information-security-policy.md`,
      ],
    );
    assert.deepEqual(docs.find((d) => d.id === 'POL-001')?.data.audience, ['everyone']);
  });

  it('claims no approval, review or result: no approver, no dates, no review scheduled, no objective', () => {
    for (const d of ws.records('document')) {
      for (const field of ['approver', 'approved', 'reviewed', 'owner', 'material-change'])
        assert.equal(d.data[field], undefined, `${d.id} ${field}`);
      assert.equal(documentReview(d, ws.config, TODAY).state, 'not-approved');
    }
    assert.deepEqual(scheduledReviews(ws, TODAY), [], 'no review on the calendar for a draft');
    assert.deepEqual(ws.records('objective'), []);
    assert.doesNotMatch(files['registers/objectives.yaml'], /^\s*results:\s*\[?\s*\{/m, 'no result written');
  });

  it('produces no diagnostic in the starters, and no new error or warning anywhere (a draft is not a finding)', () => {
    const diags = ws.check({ today: TODAY }).all();
    assert.deepEqual(
      diags.filter((d) => starterFiles.has(d.file)).map((d) => `${d.file} ${d.code} ${d.message}`),
      [],
    );
    // what a new isms.yaml reports without the starters (no management review held yet, …) stays all there is
    const bare = Object.fromEntries(Object.entries(files).filter(([name]) => !starterFiles.has(`${ROOT}/${name}`)));
    const before = new Set(
      workspaceOf(bare)
        .check({ today: TODAY })
        .all()
        .map((d) => `${d.file} ${d.code} ${d.message}`),
    );
    const added = diags
      .filter((d) => d.severity === 'error' || d.severity === 'warning')
      .map((d) => `${d.file} ${d.code} ${d.message}`)
      .filter((d) => !before.has(d));
    assert.deepEqual(added, []);
  });

  it('the example objective in the register’s comments, uncommented, is a valid objective record', () => {
    const text = files['registers/objectives.yaml'];
    const example = text
      .split('\n')
      .filter((l) => /^# {3}/.test(l))
      .map((l) => l.slice(2))
      .join('\n');
    const register = text.replace(/^records:$/m, `records:\n${example}`);
    const filled = workspaceOf({ ...files, 'registers/objectives.yaml': register });
    assert.deepEqual(
      filled.records('objective').map((o) => `${o.id} ${String(o.data.policy)}`),
      ['OBJ-1 POL-001'],
    );
    const schema = filled
      .check({ today: TODAY })
      .all()
      .filter((d) => d.file === `${ROOT}/registers/objectives.yaml` && d.code === 'ISMS006');
    assert.deepEqual(
      schema.map((d) => d.message),
      [],
    );
  });

  it('edge: an organisation name with Markdown in it is text in the headings, and the front matter is unchanged', () => {
    const [scope, policy] = starterDocuments('Acme *Labs* <b> #1');
    assert.ok(scope.text.includes('# Scope of the ISMS — Acme \\*Labs\\* \\<b\\> \\#1\n'), scope.text);
    assert.ok(policy.text.includes('# Information Security Policy — Acme \\*Labs\\* \\<b\\> \\#1\n'));
    assert.deepEqual(
      workspaceOf(initialised('Acme *Labs* <b> #1'))
        .records('document')
        .map((d) => d.id),
      ['DOC-SCOPE', 'POL-001'],
    );
  });

  it('a command argument asks for starters by kind, all of them, or none by default', () => {
    assert.deepEqual(requestedStarters(undefined), []);
    assert.deepEqual(requestedStarters(true), STARTER_KINDS);
    assert.deepEqual(requestedStarters('all'), STARTER_KINDS);
    assert.deepEqual(requestedStarters(['objectives', 'scope', 'nonsense']), ['scope', 'objectives']);
    assert.deepEqual(requestedStarters('policy'), []);
  });
});

/** Everything the command writes for a setup at `today`: isms.yaml, the register, the first plans, the starters. */
function newIsms(setup: IsmsSetup, today: string): Record<string, string> {
  const files: Record<string, string> = {
    'isms.yaml': ismsYaml(setup, today),
    'registers/corrective-actions.yaml': CORRECTIVE_ACTION_REGISTER,
  };
  for (const r of [firstPlannedAudit(today), firstPlannedReview(setup, today)]) files[r.path] = r.text;
  for (const s of starterDocuments(setup.organisation)) files[s.path] = s.text;
  return files;
}

const shown = (ws: ReturnType<typeof workspaceOf>, today: string, severities: readonly string[]) =>
  ws
    .check({ today })
    .all()
    .filter((d) => severities.includes(d.severity))
    .map((d) => `${d.file.slice(ROOT.length + 1)}:${d.range.start.line + 1} ${d.severity} ${d.code} ${d.message}`);

describe('Initialise ISMS workspace: a new ISMS starts clean, with its first audit and review planned (issue 15.10)', () => {
  // setups as the wizard meets them: nothing known yet, or a certification audit some months ahead
  const SETUPS: [string, (today: string) => IsmsSetup][] = [
    ['not certified, no dates yet', () => ({ organisation: 'Acme Labs' })],
    ['the certification audit in six months', (today) => ({ organisation: 'Acme Labs', certification: plusMonths(today, 6) })],
    ['the certification audit in four months', (today) => ({ organisation: 'Acme Labs', certification: plusMonths(today, 4) })],
  ];
  for (const today of [TODAY, '2026-12-31', '2027-01-31', '2028-02-29']) {
    for (const [name, setup] of SETUPS) {
      it(`${name}, at ${today}: no error and no warning`, () => {
        assert.deepEqual(shown(workspaceOf(newIsms(setup(today), today)), today, ['error', 'warning']), []);
      });
    }
  }

  it('the certification audit within 90 days: the documents it needs and nothing has yet are warnings (true ones), no error', () => {
    const ws = workspaceOf(newIsms({ organisation: 'Acme Labs', certification: '2026-12-10' }, TODAY));
    const found = shown(ws, TODAY, ['error', 'warning']);
    assert.ok(found.length > 0);
    assert.deepEqual(
      found.filter((d) => !/ warning ISMS931 /.test(d)),
      [],
    );
  });

  it('certified this year (the e2e setup): no error; no review overdue, because one is planned', () => {
    const ws = workspaceOf(newIsms({ organisation: 'Acme Labs', certification: '2026-06-01', issued: '2026-07-01' }, TODAY));
    assert.deepEqual(shown(ws, TODAY, ['error']), []);
    const notes = ws.check({ today: TODAY }).all();
    assert.deepEqual(
      notes.filter((d) => d.code === 'ISMS202' || d.code === 'ISMS201' || d.code === 'ISMS101'),
      [],
    );
  });

  it('the first internal audit and review are planned, dated after today, and claim nothing done', () => {
    for (const today of [TODAY, '2026-12-31', '2027-02-28']) {
      const ws = workspaceOf(newIsms({ organisation: 'Acme Labs', certification: '2027-03-01' }, today));
      const [audit] = ws.records('internal-audit');
      const [review] = ws.records('management-review');
      assert.equal(audit.data.status, 'planned');
      assert.ok(String(audit.data.planned) > today, `${String(audit.data.planned)} after ${today}`);
      for (const field of ['performed', 'auditor', 'findings']) assert.equal(audit.data[field], undefined, field);
      assert.equal(review.data.status, 'planned');
      assert.ok(String(review.data.date) > today);
      for (const field of ['attendees', 'decisions', 'actions']) assert.equal(review.data[field], undefined, field);
    }
  });

  it('the first review falls after the first audit, and before a certification audit still ahead', () => {
    const audit = firstPlannedAudit(TODAY);
    assert.equal(audit.path, 'audits/2026/IA-2026-12.md');
    assert.equal(firstPlannedReview({ organisation: 'A' }, TODAY).path, 'reviews/MR-2027-01.md');
    assert.match(firstPlannedReview({ organisation: 'A' }, TODAY).text, /^date: 2027-01-15$/m);
    assert.match(firstPlannedReview({ organisation: 'A', certification: '2027-01-10' }, TODAY).text, /^date: 2027-01-03$/m);
    assert.match(firstPlannedReview({ organisation: 'A', certification: '2026-11-28' }, TODAY).text, /^date: 2026-12-02$/m);
  });

  it('the folders are the usual layout of docs/format.md', () => {
    for (const f of ['audits', 'reviews', 'registers', 'policies']) assert.ok(ISMS_FOLDERS.includes(f), f);
  });
});
