/**
 * "ISMS: Initialise ISMS workspace" run against an in-memory `vscode` (issue 17.7): it offers the starter
 * documents, writes the ones picked, and never offers or writes over a file that exists.
 */
import { fake, releaseVscode, resetFake, type FakeUri } from '../../support/fakeVscode';
import * as assert from 'node:assert/strict';
import { chooseStarters, initWorkspace } from '../../../../src/extension/commands/initWorkspace';

releaseVscode();

const FOLDER = '/work/isms';
const ARG = { folder: FOLDER, organisation: 'Acme Labs' };
const STARTERS = ['documents/isms-scope.md', 'policies/information-security-policy.md', 'registers/objectives.yaml'];

/** What every new ISMS gets at isms.today 2026-11-25: the config, the register, a first planned audit and review. */
const BASE = ['isms.yaml', 'registers/corrective-actions.yaml', 'audits/2026/IA-2026-12.md', 'reviews/MR-2027-01.md'];

const written = (): string[] => [...fake.files.keys()].map((p) => p.slice(FOLDER.length + 1)).sort();

function resetAt2026(): void {
  resetFake();
  fake.settings.today = '2026-11-25';
}

describe('Initialise ISMS workspace: starter documents', () => {
  beforeEach(resetAt2026);

  it('writes every starter a caller asks for, beside isms.yaml and the corrective-action register', async () => {
    const config = (await initWorkspace({ ...ARG, starters: true })) as FakeUri | undefined;
    assert.equal(config?.path, `${FOLDER}/isms.yaml`);
    assert.deepEqual(written(), [...BASE, ...STARTERS].sort());
    assert.match(fake.files.get(`${FOLDER}/policies/information-security-policy.md`) ?? '', /^status: draft/m);
    assert.match(fake.messages.join('\n'), /Drafts added .*policies\/information-security-policy\.md/);
  });

  it('writes no starter unless asked (scripted callers keep what they had), or only the kinds named', async () => {
    await initWorkspace(ARG);
    assert.deepEqual(written(), [...BASE].sort());
    resetAt2026();
    await initWorkspace({ ...ARG, starters: ['objectives'] });
    assert.deepEqual(written(), [...BASE, 'registers/objectives.yaml'].sort());
  });

  it('never writes over an existing file: an existing policy is left as it is, the others are still written', async () => {
    fake.files.set(`${FOLDER}/policies/information-security-policy.md`, 'ours');
    assert.ok(await initWorkspace({ ...ARG, starters: 'all' }));
    assert.equal(fake.files.get(`${FOLDER}/policies/information-security-policy.md`), 'ours');
    assert.ok(fake.files.has(`${FOLDER}/documents/isms-scope.md`));
    assert.ok(fake.files.has(`${FOLDER}/registers/objectives.yaml`));
  });

  it('edge: an existing isms.yaml stops it before anything is offered or written', async () => {
    fake.files.set(`${FOLDER}/isms.yaml`, 'mine');
    assert.equal(await initWorkspace({ ...ARG, starters: true }), undefined);
    assert.deepEqual(written(), ['isms.yaml']);
    assert.equal(fake.files.get(`${FOLDER}/isms.yaml`), 'mine');
  });

  it('in the wizard: offers the starters that do not exist yet, all ticked; Escape adds none', async () => {
    fake.files.set(`${FOLDER}/documents/isms-scope.md`, 'ours');
    const folder = { scheme: 'file', path: FOLDER, toString: () => `file://${FOLDER}` };
    const chosen = await chooseStarters(folder as unknown as Parameters<typeof chooseStarters>[0], 'Acme Labs', undefined, true);
    assert.deepEqual(
      fake.quickPicks[0].map((i) => `${i.label} ${i.picked}`),
      ['Information security policy true', 'Objectives register true'],
    );
    assert.deepEqual(
      chosen.map((s) => s.path),
      STARTERS.slice(1),
    );
    fake.answerQuickPick = () => undefined;
    assert.deepEqual(await chooseStarters(folder as unknown as Parameters<typeof chooseStarters>[0], 'Acme Labs', undefined, true), []);
  });

  it('a new ISMS gets the folders of the usual layout and a first internal audit and review, both planned ahead (issue 15.10)', async () => {
    await initWorkspace(ARG);
    const folders = [...fake.folders].map((p) => p.slice(FOLDER.length + 1)).sort();
    assert.deepEqual(folders, ['audits', 'audits/2026', 'documents', 'external', 'policies', 'registers', 'reviews']);
    assert.match(fake.files.get(`${FOLDER}/audits/2026/IA-2026-12.md`) ?? '', /^planned: 2026-12-15\nstatus: planned$/m);
    assert.match(fake.files.get(`${FOLDER}/reviews/MR-2027-01.md`) ?? '', /^date: 2027-01-15\nstatus: planned$/m);
  });

  it('never writes over an audit or review that exists at the first plan’s path', async () => {
    fake.files.set(`${FOLDER}/reviews/MR-2027-01.md`, 'ours');
    assert.ok(await initWorkspace(ARG));
    assert.equal(fake.files.get(`${FOLDER}/reviews/MR-2027-01.md`), 'ours');
    assert.ok(fake.files.has(`${FOLDER}/audits/2026/IA-2026-12.md`));
  });
});
