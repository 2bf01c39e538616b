/**
 * ISMS906 on a real temporary git repository (commits with past dates), on a folder that is not a
 * repository, and on an in-memory history (the host interface the core reads git through).
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { loadIsmsFolder, type FileHost, type VersionControlHost } from '../../../../src/core';
import { nodeFileHost } from '../../../../src/node/fsHost';
import { gitHost } from '../../../../src/node/gitHost';
import { config, memoryHost, ofCode, ROOT } from '../../support/memory';
import { APPROVED, documentFile } from './documents';

const mine = ofCode('ISMS906');
const TODAY = '2026-11-25';

function git(dir: string, args: string[], date?: string): void {
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@example.com',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@example.com',
  };
  if (date) Object.assign(env, { GIT_AUTHOR_DATE: `${date}T10:00:00Z`, GIT_COMMITTER_DATE: `${date}T10:00:00Z` });
  execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, env, stdio: 'pipe' });
}

describe('ISMS906 document-changed-since-approval', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'isms906-'));
    mkdirSync(path.join(dir, 'policies'));
    writeFileSync(path.join(dir, 'isms.yaml'), config());
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const write = (fields: Record<string, string | undefined>, body: string): void =>
    writeFileSync(path.join(dir, 'policies/ac.md'), documentFile(fields, body));
  const commit = (date: string): void => {
    git(dir, ['add', '-A'], date);
    git(dir, ['commit', '-q', '-m', `on ${date}`], date);
  };
  const found = async (): Promise<{ line: number; message: string; severity: string }[]> => {
    const ws = await loadIsmsFolder({ ...nodeFileHost, versionControl: gitHost }, dir);
    return mine(ws.check({ today: TODAY }).all()).map((d) => ({ line: d.range.start.line + 1, message: d.message, severity: d.severity }));
  };

  it('reports a body changed in a commit after the approval without a new version, at the version', async () => {
    git(dir, ['init', '-q']);
    write({ ...APPROVED, status: 'draft', approved: undefined }, 'Draft text.\n');
    commit('2026-01-05');
    write(APPROVED, 'Approved text.\n');
    commit('2026-03-02');
    write(APPROVED, 'Approved text, quietly changed.\n');
    commit('2026-05-04');
    const [d, ...rest] = await found();
    assert.deepEqual(rest, []);
    assert.equal(d.line, 6); // version: "1.0"
    assert.match(d.message, /^Document POL-001 \(Access Control Policy\) changed in commit [0-9a-f]{7} \(2026-05-04\) after version 1\.0 /);
    assert.match(d.message, / was approved \(commit [0-9a-f]{7}, 2026-03-02\)\. Re-approve it or raise the version\.$/);
  });

  it('does not fire when the version was raised with the change, or when only the front matter changed', async () => {
    git(dir, ['init', '-q']);
    write(APPROVED, 'Approved text.\n');
    commit('2026-03-02');
    write({ ...APPROVED, reviewed: '2026-06-01' }, 'Approved text.\n  \n');
    commit('2026-06-01');
    assert.deepEqual(await found(), []);
    write({ ...APPROVED, version: '"1.1"', approved: '2026-07-01' }, 'New text.\n');
    commit('2026-07-01');
    assert.deepEqual(await found(), []);
  });

  it('edge: an uncommitted new version is not judged; a change reverted before HEAD is no change', async () => {
    git(dir, ['init', '-q']);
    write(APPROVED, 'Approved text.\n');
    commit('2026-03-02');
    write(APPROVED, 'Changed.\n');
    commit('2026-04-01');
    write(APPROVED, 'Approved text.\n');
    commit('2026-05-01');
    assert.deepEqual(await found(), []);
    write(APPROVED, 'Changed again.\n');
    commit('2026-06-01');
    assert.equal((await found()).length, 1);
    write({ ...APPROVED, version: '"1.1"' }, 'Changed again.\n'); // raised, not yet committed
    assert.deepEqual(await found(), []);
  });

  it('edge: a folder that is not a repository (git run and refused): said once, as information at isms.yaml', async () => {
    write(APPROVED, 'Text.\n');
    writeFileSync(path.join(dir, 'policies/b.md'), documentFile({ ...APPROVED, id: 'POL-002' }, 'B.\n'));
    const all = await found();
    assert.equal(all.length, 1);
    assert.equal(all[0].severity, 'information');
    assert.match(
      all[0].message,
      /^Whether the 2 approved documents changed since their approval cannot be told: the folder is not in a git repository/,
    );
  });

  it('reads the history through the host interface, only as far back as the approval (bounded)', async () => {
    const file = `${ROOT}/ac.md`;
    const texts: Record<string, string> = {
      c4: documentFile(APPROVED, 'Changed.\n'),
      c3: documentFile(APPROVED, 'Approved.\n'),
      c2: documentFile({ ...APPROVED, version: '"0.9"' }, 'Older.\n'),
      c1: documentFile({ ...APPROVED, version: '"0.1"' }, 'Oldest.\n'),
    };
    const read: string[] = [];
    const vc: VersionControlHost = {
      commitsOf: async (f, limit) =>
        f === file ? ['c4', 'c3', 'c2', 'c1'].slice(0, limit).map((commit, i) => ({ commit, date: `2026-0${4 - i}-01` })) : [],
      textAt: async (_f, commit) => {
        read.push(commit);
        return texts[commit];
      },
    };
    const host: FileHost = { ...memoryHost({ [`${ROOT}/isms.yaml`]: config(), [file]: texts.c4 }), versionControl: vc };
    const ws = await loadIsmsFolder(host, ROOT);
    const [d] = mine(ws.check({ today: TODAY }).all());
    assert.match(d.message, /changed in commit c4 \(2026-04-01\) after version 1\.0 was approved \(commit c3, 2026-03-01\)/);
    assert.deepEqual(read, ['c4', 'c3', 'c2']);
  });

  it('edge: without any history read (an in-memory workspace), said once; no approved documents, nothing said', async () => {
    const files = { [`${ROOT}/isms.yaml`]: config(), [`${ROOT}/a.md`]: documentFile(APPROVED) };
    const ws = await loadIsmsFolder(memoryHost(files), ROOT);
    assert.match(
      mine(ws.check({ today: TODAY }).all())[0].message,
      /cannot be told: no version history was read here \(‘isms check’ reads it from git\)\./,
    );
    const drafts = await loadIsmsFolder(memoryHost({ ...files, [`${ROOT}/a.md`]: documentFile({ ...APPROVED, status: 'draft' }) }), ROOT);
    assert.deepEqual(mine(drafts.check({ today: TODAY }).all()), []);
  });
});
