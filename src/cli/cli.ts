/**
 * Entry point of the `isms` binary (bundled to dist/cli.js). The process is the host: it supplies the
 * working folder, the streams and today's local date. Started as a worker thread, it parses files instead
 * (./parallelRead.ts).
 */
import { localToday } from '../core/dates';
import { terminalLines } from './io';
import { runCli } from './main';
import { parallelReadOptions, runParseWorker, workerReader } from './parallelRead';

if (!runParseWorker()) main();

function main(): void {
  // `isms check | head`: the reader went away; stop quietly instead of crashing with EPIPE
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });

  // the bundle itself is the script of the worker threads that parse a large ISMS
  const parallel = parallelReadOptions(process.env, __filename);
  runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    today: localToday,
    env: process.env,
    ...(parallel ? { fileReader: workerReader(parallel) } : {}),
  }).then(
    (code) => {
      // exitCode rather than exit(): lets a large SARIF document finish writing to a pipe
      process.exitCode = code;
    },
    (e: unknown) => {
      // the message may quote workspace text: each line of it escaped like any other output
      process.stderr.write(
        `${terminalLines(`isms: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`.split('\n'))}\n`,
      );
      process.exitCode = 2;
    },
  );
}
