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

const written = (): string[] => [...fake.files.keys()].map((p) => p.slice(FOLDER.length + 1)).sort();

describe('Initialise ISMS workspace: starter documents', () => {
  beforeEach(resetFake);

  it('writes every starter a caller asks for, beside isms.yaml and the corrective-action register', async () => {
    const config = (await initWorkspace({ ...ARG, starters: true })) as FakeUri | undefined;
    assert.equal(config?.path, `${FOLDER}/isms.yaml`);
    assert.deepEqual(written(), ['isms.yaml', 'registers/corrective-actions.yaml', ...STARTERS].sort());
    assert.match(fake.files.get(`${FOLDER}/policies/information-security-policy.md`) ?? '', /^status: draft/m);
    assert.match(fake.messages.join('\n'), /Drafts added .*policies\/information-security-policy\.md/);
  });

  it('writes no starter unless asked (scripted callers keep what they had), or only the kinds named', async () => {
    await initWorkspace(ARG);
    assert.deepEqual(written(), ['isms.yaml', 'registers/corrective-actions.yaml']);
    resetFake();
    await initWorkspace({ ...ARG, starters: ['objectives'] });
    assert.deepEqual(written(), ['isms.yaml', 'registers/corrective-actions.yaml', 'registers/objectives.yaml']);
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
});
