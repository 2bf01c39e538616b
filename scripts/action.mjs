// The one step of the GitHub Action (action.yml at the repository root): runs
//   npx --yes --package=<package>@<version> -- isms check <path> --format github --fail-on <fail-on>
//       [--summary "$GITHUB_STEP_SUMMARY"] [--sarif <sarif>] [--today <today>]
// and exits with its exit code (1: findings at or above fail-on; 2: usage or I/O error).
//
// The inputs arrive as environment variables (action.yml maps them: ISMS_PATH, ISMS_FAIL_ON, ISMS_SARIF,
// ISMS_VERSION, ISMS_TODAY, and the package name ISMS_PACKAGE), never pasted into a shell line, so an
// input cannot run a command. The process is spawned without a shell (Linux and macOS runners).
// ISMS_ACTION_CLI, when set, is the path of a built dist/cli.js run with this Node instead of npx: for the
// tests, and for checking with a local build of this repository.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The action's own version: that of the repository at the ref the workflow named (`uses: …@v1.2.3`). */
function ownVersion() {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  return JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
}

// an exact version or a dist-tag: anything else (a URL, `github:owner/repo`, a path) would make npx
// install something other than the published package
const VERSION = /^(\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?|latest|next)$/;

/** The `isms` arguments for the inputs in `env`; throws on an input the action refuses. */
export function checkArguments(env) {
  const args = ['check', env.ISMS_PATH || '.', '--format', 'github', '--fail-on', env.ISMS_FAIL_ON || 'error'];
  if (env.GITHUB_STEP_SUMMARY) args.push('--summary', env.GITHUB_STEP_SUMMARY);
  if (env.ISMS_SARIF) args.push('--sarif', env.ISMS_SARIF);
  if (env.ISMS_TODAY) args.push('--today', env.ISMS_TODAY);
  return args;
}

/** The command line that runs `isms` with `args`: npx with the pinned package, or a local build. */
export function commandLine(env, args) {
  if (env.ISMS_ACTION_CLI) return [process.execPath, [env.ISMS_ACTION_CLI, ...args]];
  const name = env.ISMS_PACKAGE;
  if (!name) throw new Error('ISMS_PACKAGE is not set (action.yml sets it to the CLI package name)');
  const version = env.ISMS_VERSION || ownVersion();
  if (!VERSION.test(version)) throw new Error(`version must be an exact version such as 1.2.3, or latest (got '${version}')`);
  return ['npx', ['--yes', `--package=${name}@${version}`, '--', 'isms', ...args]];
}

/** Runs the check; the exit code to leave with. */
export function main(env = process.env) {
  let command;
  try {
    command = commandLine(env, checkArguments(env));
  } catch (e) {
    // our own message, no workspace text: a plain workflow error
    process.stdout.write(`::error title=isms action::${e.message.replace(/[\r\n%]/g, ' ')}\n`);
    return 2;
  }
  const [file, args] = command;
  const r = spawnSync(file, args, { stdio: 'inherit', env });
  if (r.error) {
    process.stdout.write(`::error title=isms action::could not run ${file}: ${r.error.message.replace(/[\r\n%]/g, ' ')}\n`);
    return 2;
  }
  return r.status ?? 2;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) process.exitCode = main();
