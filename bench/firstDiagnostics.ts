/**
 * Time to first diagnostics (issue 20.1): the language server spawned over stdio on a folder (the sample,
 * examples/acme), timed from `spawn` to its first `publishDiagnostics`, with the server's own start-up
 * trace (ISMS_TRACE_STARTUP, src/server/startupTrace.ts) put on the same clock: node start, bundle load,
 * initialize, settings, scan, check, publish. Two clients, alternated: one that sends the settings with
 * initialize (as the VS Code client does) and one that is asked for them (workspace/configuration, as a
 * generic LSP client); neither sets the debounce (the default, 200 ms, as a user has it).
 *
 *   node out/bench/firstDiagnostics.js <folder> [runs] [server.js]     → one JSON line on stdout
 *
 * (another build of the server, e.g. an older commit's, can be given to compare in one run)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { median } from './stats';
import { SERVER_LAUNCH } from '../src/common/serverLaunch';

const REPO = join(__dirname, '..', '..');
const TODAY = '2026-11-25';
const TIMEOUT_MS = 60_000;
let serverJs = join(REPO, 'dist', 'server.js');
/**
 * After the client's own flags (SERVER_LAUNCH), e.g. ISMS_BENCH_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof'
 * for a profile of each start.
 */
const NODE_ARGS = (process.env.ISMS_BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
/**
 * The server's V8 code cache (src/server/codeCache.ts) in a folder of this run: the untimed first start
 * makes it (reported as `firstStart`, a start right after installing), the timed starts use it.
 */
const CODE_CACHE = mkdtempSync(join(os.tmpdir(), 'isms-bench-code-cache-'));

type Mode = 'initializationOptions' | 'configuration';

export interface FirstRun {
  mode: Mode;
  /** spawn → the first publishDiagnostics received */
  firstPublishMs: number;
  /** spawn → the initialize response received */
  initializeMs: number;
  /** spawn → the "ready" tree notification after the first diagnostics (every file published) */
  allPublishedMs: number;
  /** the server's start-up steps, ms after spawn (node start = when the Node process began) */
  steps: Record<string, number>;
  /** the server's CPU time (user + system) until its first complete publish */
  cpuMs?: number;
  /** the V8 code cache at that start: used, made, refused, off */
  codeCache?: string;
}

export interface FirstDiagnosticsResult {
  folder: string;
  runs: FirstRun[];
  /** medians per mode */
  median: Record<Mode, { firstPublishMs: number; initializeMs: number; cpuMs: number; steps: Record<string, number> }>;
  /** 1-minute load average before and after */
  load: [number, number];
  /** the untimed first start, with no code cache yet (as right after installing or updating) */
  firstStart?: FirstRun;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const round = (v: number): number => Math.round(v * 10) / 10;

/** One server start: spawn, initialize, answer settings, wait for the first diagnostics and the ready tree. */
async function once(root: string, mode: Mode): Promise<FirstRun> {
  const settings = { today: TODAY, rules: {} };
  const spawnedAt = performance.timeOrigin + performance.now();
  const t0 = performance.now();
  const child = spawn(process.execPath, [...SERVER_LAUNCH.execArgv, ...NODE_ARGS, serverJs, '--stdio'], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, ...SERVER_LAUNCH.env, ISMS_TRACE_STARTUP: '1', ISMS_CODE_CACHE: process.env.ISMS_CODE_CACHE ?? CODE_CACHE },
  });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  let first: number | undefined;
  let trace: { timeOrigin: number; marks: [string, number][]; cpuMs: number; codeCache?: string } | undefined;
  const done = new Promise<number>((resolveDone, reject) => {
    const timer = setTimeout(() => reject(new Error(`no diagnostics from the server within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
    connection.onNotification('isms/didChangeTree', (p: { ready: boolean }) => {
      if (p.ready && first !== undefined) {
        clearTimeout(timer);
        resolveDone(performance.now() - t0);
      }
    });
  });
  connection.onNotification('textDocument/publishDiagnostics', () => {
    first ??= performance.now() - t0;
  });
  connection.onNotification('window/logMessage', (p: { message: string }) => {
    const m = /^isms: startup trace (.*)$/.exec(p.message);
    if (m) trace = JSON.parse(m[1]) as typeof trace;
  });
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => settings));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.listen();
  try {
    const rootUri = pathToFileURL(root).href;
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: basename(root) }],
      capabilities: { workspace: { configuration: true, workspaceFolders: true }, textDocument: { publishDiagnostics: {} } },
      ...(mode === 'initializationOptions' ? { initializationOptions: { settings } } : {}),
    });
    const initializeMs = performance.now() - t0;
    await connection.sendNotification('initialized', {});
    const allPublishedMs = await done;
    for (let i = 0; i < 40 && !trace; i++) await sleep(25);
    const steps: Record<string, number> = {};
    if (trace) {
      steps['node start'] = round(trace.timeOrigin - spawnedAt);
      for (const [step, at] of trace.marks) steps[step] = round(trace.timeOrigin + at - spawnedAt);
    }
    const cpu = trace ? { cpuMs: trace.cpuMs, codeCache: trace.codeCache } : {};
    return { mode, firstPublishMs: round(first!), initializeMs: round(initializeMs), allPublishedMs: round(allPublishedMs), steps, ...cpu };
  } finally {
    await Promise.race([connection.sendRequest('shutdown').catch(() => undefined), sleep(1000)]);
    await connection.sendNotification('exit').catch(() => undefined);
    connection.dispose();
    setTimeout(() => child.kill(), 500).unref();
    await new Promise((r) => child.once('exit', r));
  }
}

function medians(runs: FirstRun[]): FirstDiagnosticsResult['median'][Mode] {
  const steps: Record<string, number> = {};
  for (const step of Object.keys(runs[0]?.steps ?? {})) steps[step] = round(median(runs.map((r) => r.steps[step] ?? NaN)));
  return {
    firstPublishMs: round(median(runs.map((r) => r.firstPublishMs))),
    initializeMs: round(median(runs.map((r) => r.initializeMs))),
    cpuMs: round(median(runs.map((r) => r.cpuMs ?? NaN))),
    steps,
  };
}

async function main(): Promise<void> {
  const root = resolve(process.argv[2] ?? join(REPO, 'examples', 'acme'));
  const n = Number(process.argv[3] ?? 7);
  if (process.argv[4]) serverJs = resolve(process.argv[4]);
  const before = os.loadavg()[0];
  // warms the file cache and makes the server's code cache, untimed
  const firstStart = await once(root, 'initializationOptions');
  const runs: FirstRun[] = [];
  for (let i = 0; i < n; i++) {
    runs.push(await once(root, 'initializationOptions'));
    runs.push(await once(root, 'configuration'));
  }
  const result: FirstDiagnosticsResult = {
    folder: root,
    runs,
    median: {
      initializationOptions: medians(runs.filter((r) => r.mode === 'initializationOptions')),
      configuration: medians(runs.filter((r) => r.mode === 'configuration')),
    },
    load: [Math.round(before * 100) / 100, Math.round(os.loadavg()[0] * 100) / 100],
    firstStart,
  };
  rmSync(CODE_CACHE, { recursive: true, force: true });
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
