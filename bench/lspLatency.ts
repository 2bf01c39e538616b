/**
 * The editor path, measured through the real language server over stdio: an LSP client that indexes a
 * corpus, then types into one record and times each `didChange` until the `publishDiagnostics` of that
 * document. The server runs with debounce 0 (settings answered over workspace/configuration) and with
 * a preloaded probe (heapProbe.ts) that reports its heap on SIGUSR2.
 *
 *   node out/bench/lspLatency.js <corpus-dir> <record-file> [edits]     → one JSON line on stdout
 */
import os from 'node:os';
import { type ChildProcess, spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver/node';
import { SERVER_LAUNCH } from '../src/common/serverLaunch';
import { distribution, median, type Distribution } from './stats';

const REPO = join(__dirname, '..', '..');
const TODAY = '2026-11-25';
const WARM_UP = 5;
const INDEX_TIMEOUT_MS = 300_000;

export interface LspResult {
  /** initialize sent → the first complete set of diagnostics published (the server says ready) */
  indexMs: number;
  /**
   * Publishing while indexing (issue 20.1), ms after spawn: the first publishDiagnostics, the index read
   * (the server logs "isms: indexed"), the complete check published (ready); the publishes before the
   * index was read; whether a work-done progress began and ended; the 1-minute load average then.
   */
  whileIndexing?: {
    firstPublishMs: number;
    indexReadMs: number;
    allPublishedMs: number;
    publishesBefore: number;
    progress: string;
    load: number;
  };
  /** documents with diagnostics after indexing */
  publishedFiles: number;
  /** RSS of the server at rest: one second after it answered its first request once the first index was out */
  rssMb: number;
  /** RSS the moment it answered that request: V8's unmapper may not yet have returned the pages the compaction freed */
  rssAnsweredMb: number;
  /** the 1-minute load average when the memory was measured (the machine is shared) */
  load?: number;
  heapUsedMb?: number;
  heapTotalMb?: number;
  /** what was resident when the RSS was sampled, before the probe's GC: V8's committed heap per space, and outside it */
  beforeGc?: {
    heapUsedMb: number;
    heapTotalMb: number;
    externalMb: number;
    arrayBuffersMb: number;
    spaces: Record<string, { physical: number; used: number }>;
  };
  didChange: Distribution;
  /** isms/status and isms/tree (what the status bar and tree view ask after every change), median ms */
  statusMs: number;
  treeMs: number;
}

const mb = (bytes: number): number => Math.round((bytes / 1048576) * 10) / 10;

function rssOf(pid: number): number {
  const kb = Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim());
  return Math.round((kb / 1024) * 10) / 10;
}

interface Probe {
  heapUsed: number;
  heapTotal: number;
  before?: {
    heapUsed: number;
    heapTotal: number;
    external: number;
    arrayBuffers: number;
    spaces: Record<string, { physical: number; used: number }>;
  };
}

async function heapOf(pid: number, file: string): Promise<Probe | undefined> {
  rmSync(file, { force: true });
  process.kill(pid, 'SIGUSR2');
  for (let i = 0; i < 100; i++) {
    await sleep(50);
    if (existsSync(file)) {
      try {
        return JSON.parse(readFileSync(file, 'utf8')) as Probe;
      } catch {
        // being written: try again
      }
    }
  }
  return undefined;
}

const beforeGc = (b: NonNullable<Probe['before']>): NonNullable<LspResult['beforeGc']> => ({
  heapUsedMb: mb(b.heapUsed),
  heapTotalMb: mb(b.heapTotal),
  externalMb: mb(b.external),
  arrayBuffersMb: mb(b.arrayBuffers),
  spaces: b.spaces,
});

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Resolves with the next notification that satisfies `test`, or rejects after `timeoutMs`. */
class Waiter<T> {
  private pending: { test: (v: T) => boolean; resolve: (v: T) => void }[] = [];

  fire(value: T): void {
    const hit = this.pending.filter((p) => p.test(value));
    this.pending = this.pending.filter((p) => !p.test(value));
    for (const p of hit) p.resolve(value);
  }

  next(test: (v: T) => boolean, timeoutMs: number, what: string): Promise<T> {
    return new Promise((resolvePromise, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs);
      this.pending.push({
        test,
        resolve: (v) => {
          clearTimeout(timer);
          resolvePromise(v);
        },
      });
    });
  }
}

/** The server under test, its connection, and what it has published so far. */
interface Session {
  child: ChildProcess;
  connection: ProtocolConnection;
  published: Waiter<PublishDiagnosticsParams & { at: number }>;
  tree: Waiter<{ ready: boolean; at: number; publishedBefore: number }>;
  withDiagnostics: Set<string>;
  /** performance.now() at spawn, at the first publish and when the server logged the index read */
  spawnedAt: number;
  firstPublishAt?: number;
  indexReadAt?: number;
  publishesBeforeRead: number;
  progress: string[];
}

/**
 * The server's V8 flags and environment: the VS Code client's (SERVER_LAUNCH), unless ISMS_BENCH_SERVER_ARGV
 * (flags separated by spaces; '' for none) or ISMS_BENCH_SERVER_ENV (NAME=value pairs) say otherwise, to
 * measure a candidate against the shipped settings in the same run.
 */
function serverLaunch(): { execArgv: readonly string[]; env: Readonly<Record<string, string>> } {
  const argv = process.env.ISMS_BENCH_SERVER_ARGV;
  const env = process.env.ISMS_BENCH_SERVER_ENV;
  return {
    execArgv: argv === undefined ? SERVER_LAUNCH.execArgv : argv.split(' ').filter(Boolean),
    env:
      env === undefined
        ? SERVER_LAUNCH.env
        : Object.fromEntries(
            env
              .split(' ')
              .filter(Boolean)
              .map((kv) => kv.split('=', 2)),
          ),
  };
}

function startServer(heapFile: string): Session {
  const { execArgv, env } = serverLaunch();
  const serverArgs = [...execArgv, '--expose-gc', '--require', join(__dirname, 'heapProbe.js'), join(REPO, 'dist', 'server.js'), '--stdio'];
  const child = spawn(process.execPath, serverArgs, {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, ...env, ISMS_BENCH_HEAP_FILE: heapFile },
  });
  const connection: ProtocolConnection = createProtocolConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  const session: Session = {
    child,
    connection,
    published: new Waiter(),
    tree: new Waiter(),
    withDiagnostics: new Set(),
    spawnedAt: performance.now(),
    publishesBeforeRead: 0,
    progress: [],
  };
  let publishCount = 0;

  const settings = { today: TODAY, rules: {}, diagnostics: { debounceMs: 0 } };
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => settings));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onNotification('$/progress', (p: { value: { kind: string } }) => void session.progress.push(p.value.kind));
  connection.onNotification('window/logMessage', (p: { message: string }) => {
    if (p.message.startsWith('isms: indexed ')) session.indexReadAt ??= performance.now();
  });
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    const at = performance.now();
    session.firstPublishAt ??= at;
    if (session.indexReadAt === undefined) session.publishesBeforeRead++;
    publishCount++;
    if (p.diagnostics.length) session.withDiagnostics.add(p.uri);
    else session.withDiagnostics.delete(p.uri);
    session.published.fire({ ...p, at });
  });
  connection.onNotification('isms/didChangeTree', (p: { ready: boolean }) =>
    session.tree.fire({ ready: p.ready, at: performance.now(), publishedBefore: publishCount }),
  );
  connection.listen();
  return session;
}

/** Initialises the server on `root`; resolves with the time to the first complete set of diagnostics. */
async function indexTime({ connection, tree }: Session, root: string): Promise<number> {
  const rootUri = pathToFileURL(root).href;
  const started = performance.now();
  // the first complete set: a "ready" tree notification after diagnostics were published
  const indexed = tree.next((t) => t.ready && t.publishedBefore > 0, INDEX_TIMEOUT_MS, 'the first complete diagnostics');
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: basename(root) }],
    capabilities: {
      // as VS Code: work-done progress while a large ISMS is read (issue 20.1)
      window: { workDoneProgress: true },
      workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } },
      textDocument: {
        publishDiagnostics: { relatedInformation: true, versionSupport: true },
        synchronization: { dynamicRegistration: false },
      },
    },
  });
  await connection.sendNotification('initialized', {});
  const done = await indexed;
  return done.at - started;
}

/** The status bar and the tree view ask for these after every change: five of each, timed. */
async function requestTimes(connection: ProtocolConnection): Promise<{ statusTimes: number[]; treeTimes: number[] }> {
  const statusTimes: number[] = [];
  const treeTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    let t = performance.now();
    await connection.sendRequest('isms/status');
    statusTimes.push(performance.now() - t);
    t = performance.now();
    await connection.sendRequest('isms/tree');
    treeTimes.push(performance.now() - t);
  }
  return { statusTimes, treeTimes };
}

/**
 * Types into one corrective action: the status alternates between valid and a typo, so that every
 * change changes the document's diagnostics (the server publishes only what changed). Returns the
 * didChange → publishDiagnostics times.
 */
async function typingTimes({ connection, published, tree }: Session, recordFile: string, edits: number): Promise<number[]> {
  const uri = pathToFileURL(recordFile).href;
  const original = readFileSync(recordFile, 'utf8');
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: original } });
  await sleep(200);
  const samples: number[] = [];
  const typingStarted = performance.now();
  for (let i = 0; i < edits + WARM_UP; i++) {
    // a slow server must not stretch the bench: enough samples, then stop at the budget
    if (samples.length >= 20 && performance.now() - typingStarted > 20_000) break;
    const status = i % 2 === 0 ? 'in-progres' : 'in-progress';
    const text = original.replace(/^status: .*$/m, `status: ${status}`);
    const reply = published.next((p) => p.uri === uri, 30_000, `diagnostics of ${uri}`);
    const settled = tree.next(() => true, 30_000, 'the end of the check');
    const t = performance.now();
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: i + 2 }, contentChanges: [{ text }] });
    const p = await reply;
    if (i >= WARM_UP) samples.push(p.at - t);
    await settled;
  }
  return samples;
}

async function main(): Promise<void> {
  const [rootArg, recordArg, editsArg] = process.argv.slice(2);
  const root = resolve(rootArg);
  const recordFile = resolve(root, recordArg);
  const edits = Number(editsArg ?? 100);
  const heapFile = join(mkdtempSync(join(tmpdir(), 'isms-heap-')), 'heap.json');
  const session = startServer(heapFile);
  const { child, connection } = session;
  try {
    const indexMs = await indexTime(session, root);
    const allPublishedAt = performance.now();
    // the memory of a server that answers again: after what it does once the first index is out (releaseMemory)
    await connection.sendRequest('isms/status');
    const rssAnsweredMb = rssOf(child.pid!);
    // V8 returns the pages its compacting collection freed on a background thread, within ~250 ms here:
    // the RSS a second later is the server at rest (measured: 161 → 120 MB at 10,000 records)
    await sleep(1000);
    const rssMb = rssOf(child.pid!);
    const load = Math.round(os.loadavg()[0] * 100) / 100;
    await sleep(100); // the progress's end follows the last publish
    const since = (t: number | undefined): number => Math.round((t ?? NaN) - session.spawnedAt);
    const whileIndexing: LspResult['whileIndexing'] = {
      firstPublishMs: since(session.firstPublishAt),
      indexReadMs: since(session.indexReadAt),
      allPublishedMs: since(allPublishedAt),
      publishesBefore: session.publishesBeforeRead,
      progress: session.progress.filter((k, i, all) => all.indexOf(k) === i).join(', ') || 'none',
      load,
    };
    const heap = await heapOf(child.pid!, heapFile);
    const { statusTimes, treeTimes } = await requestTimes(connection);
    const samples = await typingTimes(session, recordFile, edits);
    const result: LspResult = {
      indexMs: Math.round(indexMs),
      whileIndexing,
      publishedFiles: session.withDiagnostics.size,
      rssMb,
      rssAnsweredMb,
      load,
      ...(heap ? { heapUsedMb: mb(heap.heapUsed), heapTotalMb: mb(heap.heapTotal) } : {}),
      ...(heap?.before ? { beforeGc: beforeGc(heap.before) } : {}),
      didChange: distribution(samples),
      statusMs: Math.round(median(statusTimes) * 10) / 10,
      treeMs: Math.round(median(treeTimes) * 10) / 10,
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
    await Promise.race([connection.sendRequest('shutdown'), sleep(2000)]);
    await connection.sendNotification('exit');
  } finally {
    connection.dispose();
    setTimeout(() => child.kill(), 1000).unref();
    rmSync(join(heapFile, '..'), { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
