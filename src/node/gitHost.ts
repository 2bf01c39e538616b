/**
 * The version history of files through the `git` command: `git log` for the commits that touched a file
 * and `git show` for its text at one of them. Every call has a timeout and a cap on its output, runs
 * without a shell, and turns any failure (no git, not a repository, a hostile repository's oddities)
 * into `undefined`. Options that would run configured programs (fsmonitor, textconv) are switched off.
 */
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import type { CommitInfo, VersionControlHost } from '../core/host';
import { MAX_FILE_BYTES } from '../core/limits';

const TIMEOUT_MS = 10_000;
const LOG_MAX_BYTES = 256 * 1024;
const SAFE = ['-c', 'core.fsmonitor=false', '-c', 'core.quotePath=false'];

function git(cwd: string, args: string[], maxBuffer: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile(
      'git',
      [...SAFE, ...args],
      {
        cwd,
        timeout: TIMEOUT_MS,
        maxBuffer,
        windowsHide: true,
        encoding: 'utf8',
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' },
      },
      (err, stdout) => resolve(err ? undefined : stdout),
    );
  });
}

export const gitHost: VersionControlHost = {
  async commitsOf(file, limit) {
    const out = await git(
      path.dirname(file),
      ['log', `--max-count=${Math.max(1, Math.floor(limit))}`, '--format=%H %cs', '--no-textconv', '--', path.basename(file)],
      LOG_MAX_BYTES,
    );
    if (out === undefined) return undefined;
    const commits: CommitInfo[] = [];
    for (const line of out.split('\n')) {
      const m = /^([0-9a-f]{40,64}) (\d{4}-\d{2}-\d{2})$/.exec(line.trim());
      if (m) commits.push({ commit: m[1], date: m[2] });
    }
    return commits;
  },
  textAt(file, commit) {
    if (!/^[0-9a-f]{40,64}$/.test(commit)) return Promise.resolve(undefined);
    // `./name` is relative to the working directory, so the repository's root need not be known
    return git(path.dirname(file), ['show', '--no-textconv', `${commit}:./${path.basename(file)}`], MAX_FILE_BYTES);
  },
};
