/**
 * Time to the first problem in a real VS Code (issue 20.1): code-server 4.100.3 in headless Chromium, through
 * the project's e2e kit (test/e2e/kit/vscode.mjs), on a scratch copy of examples/acme (isms.today 2026-11-25).
 * Alternates starts of the product (loaded from source, as the e2e suite does) and of a trivial extension
 * activated by the same `workspaceContains` event that sets one diagnostic at once (bench/floor-extension:
 * the platform's floor), each start a fresh code-server and browser. Per start:
 *   - in the page: when `.monaco-workbench` is first laid out (visible) and when the Problems count in the
 *     status bar first turns non-zero (a MutationObserver, on the page's clock);
 *   - the client's start-up trace (ISMS_TRACE_STARTUP=<file>, src/extension/startupTrace.ts): activate(),
 *     client bundle loaded, client start, initialize answered, first diagnostics received;
 *   - the server's own trace (src/server/startupTrace.ts), from the ISMS output channel's log, and the
 *     activation event from the extension host's log.
 * All are ms since the epoch on one machine: the bench puts them on one timeline from "workbench visible".
 *
 *   node out/bench/vscodeFirstProblem.js [--runs 3] [--no-warm-up]     → one JSON line on stdout
 *
 * Exit code 1 when VS Code could not be started or driven (the bench then prints "not measured: <reason>").
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseClientTraces, type ClientTraceLine } from '../src/extension/startupTrace';
import { median } from './stats';

const REPO = join(__dirname, '..', '..');
const KIT = join(REPO, 'test', 'e2e', 'kit');
const FLOOR = join(REPO, 'bench', 'floor-extension');
const TODAY = '2026-11-25';
const TIMEOUT_MS = 120_000;

export type Kind = 'product' | 'floor';

export interface Start {
  kind: Kind;
  /** workbench visible → the Problems count in the status bar non-zero */
  firstProblemMs: number;
  /** activate() → the first diagnostics the client received (the product; the floor sets its own at once) */
  activateToDiagnosticsMs?: number;
  /** each traced step, ms after the workbench became visible, in order */
  steps: Record<string, number>;
  /** the server's CPU time (user + system) until its first complete publish: steadier than wall time under load */
  serverCpuMs?: number;
  /** the 1-minute load average when the start began */
  load: number;
}

export interface KindSummary {
  n: number;
  firstProblemMs: number;
  activateToDiagnosticsMs?: number;
  serverCpuMs?: number;
  /** per step, the median over the starts that traced it */
  steps: Record<string, number>;
}

export interface VSCodeFirstProblemResult {
  runs: Start[];
  median: Record<Kind, KindSummary>;
  /** product median − floor median, workbench visible → first problem */
  differenceMs: number;
  /** the 1-minute load average before and after */
  load: [number, number];
}

/** The server's trace (src/server/startupTrace.ts) as logged: `isms: startup trace {…}`. */
export interface ServerTrace {
  timeOrigin: number;
  marks: [string, number][];
  cpuMs?: number;
}

const round = (v: number): number => Math.round(v * 10) / 10;
const load1 = (): number => Math.round(os.loadavg()[0] * 100) / 100;

/** The last server trace in a log (the ISMS output channel's), if any. */
export function parseServerTrace(text: string): ServerTrace | undefined {
  let found: ServerTrace | undefined;
  for (const m of text.matchAll(/isms: startup trace (\{.*\})\s*$/gm)) {
    try {
      const t = JSON.parse(m[1]) as ServerTrace;
      if (typeof t.timeOrigin === 'number' && Array.isArray(t.marks)) found = t;
    } catch {
      /* a torn line */
    }
  }
  return found;
}

/**
 * When the extension host began activating an extension (its log: `… ExtensionService#_doActivateExtension
 * <id>, …`), ms since the epoch; the log's timestamps are local time, as this process reads them.
 */
export function activationEventAt(log: string, extensionId: string): number | undefined {
  const id = extensionId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(
    `^(\\d{4}-\\d\\d-\\d\\d) (\\d\\d:\\d\\d:\\d\\d\\.\\d{3}) \\[\\w+\\] ExtensionService#_doActivateExtension ${id},`,
    'mi',
  ).exec(log);
  return m ? new Date(`${m[1]}T${m[2]}`).getTime() : undefined;
}

/** Every step of one start on one timeline: ms after the workbench became visible, sorted by time. */
export function timeline(
  page: { visible: number; problems: number },
  client: ClientTraceLine | undefined,
  server: ServerTrace | undefined,
  activationEvent: number | undefined,
): Record<string, number> {
  const at: [string, number][] = [];
  if (activationEvent !== undefined) at.push(['activation event (extension host)', activationEvent]);
  for (const [step, t] of client?.marks ?? []) at.push([`client: ${step}`, t]);
  if (server) {
    at.push(['server: node start', server.timeOrigin]);
    for (const [step, t] of server.marks) at.push([`server: ${step}`, server.timeOrigin + t]);
  }
  at.push(['Problems count non-zero', page.problems]);
  at.sort((a, b) => a[1] - b[1]);
  return Object.fromEntries(at.map(([step, t]) => [step, round(t - page.visible)]));
}

/** The client's activate() → first diagnostics, from its trace. */
export function activateToDiagnostics(client: ClientTraceLine | undefined): number | undefined {
  const get = (step: string): number | undefined => client?.marks.find(([s]) => s === step)?.[1];
  const a = get('activate');
  const d = get('first diagnostics');
  return a !== undefined && d !== undefined ? round(d - a) : undefined;
}

/** Medians per kind and the product's distance to the floor. */
export function summarize(runs: readonly Start[], load: [number, number]): VSCodeFirstProblemResult {
  const of = (kind: Kind): KindSummary => {
    const mine = runs.filter((r) => r.kind === kind);
    const known = (values: (number | undefined)[]): number[] => values.filter((v): v is number => v !== undefined);
    const activate = known(mine.map((r) => r.activateToDiagnosticsMs));
    const cpu = known(mine.map((r) => r.serverCpuMs));
    const steps: Record<string, number> = {};
    for (const step of new Set(mine.flatMap((r) => Object.keys(r.steps)))) {
      steps[step] = round(median(known(mine.map((r) => r.steps[step]))));
    }
    const ordered = Object.fromEntries(Object.entries(steps).sort((a, b) => a[1] - b[1]));
    return {
      n: mine.length,
      firstProblemMs: round(median(mine.map((r) => r.firstProblemMs))),
      ...(activate.length ? { activateToDiagnosticsMs: round(median(activate)) } : {}),
      ...(cpu.length ? { serverCpuMs: round(median(cpu)) } : {}),
      steps: ordered,
    };
  };
  const product = of('product');
  const floor = of('floor');
  return { runs: [...runs], median: { product, floor }, differenceMs: round(product.firstProblemMs - floor.firstProblemMs), load };
}

// ── driving VS Code ─────────────────────────────────────────────────────────

/** Runs in the page before the workbench loads: notes when it is laid out and when the Problems count turns non-zero. */
const WATCH = `(() => {
  if (window !== window.top) return;
  const now = () => performance.timeOrigin + performance.now();
  const marks = (globalThis.__ismsBench = {});
  const seen = () => {
    if (marks.visible === undefined) {
      const w = document.querySelector('.monaco-workbench');
      const r = w && w.getBoundingClientRect();
      if (r && r.width > 0 && r.height > 0) marks.visible = now();
    }
    if (marks.visible !== undefined && marks.problems === undefined) {
      const item = document.querySelector('#status\\\\.problems [aria-label]');
      const label = (item && item.getAttribute('aria-label')) || '';
      if (/[1-9]/.test(label)) {
        marks.problems = now();
        marks.label = label;
        observer.disconnect();
      }
    }
  };
  const observer = new MutationObserver(seen);
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
})();`;

interface Kit {
  openVSCode(o: {
    workspace: string;
    extensionDevelopmentPath: string;
    env: Record<string, string>;
  }): Promise<{ page: Page; url: string; close(): Promise<void> }>;
}
interface Page {
  addInitScript(script: string): Promise<void>;
  goto(url: string): Promise<unknown>;
  evaluate<T>(f: string): Promise<T>;
  waitForTimeout(ms: number): Promise<void>;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const readText = (file: string | undefined): string => {
  try {
    return file ? readFileSync(file, 'utf8') : '';
  } catch {
    return '';
  }
};

/** The kit's folder of the running start (owned by this process): its logs hold the traces of the extension host. */
function runLogs(): string[] {
  const runs = readdirSync(os.tmpdir())
    .filter((n) => n.startsWith('vscode-e2e-'))
    .map((n) => join(os.tmpdir(), n))
    .filter((d) => readText(join(d, 'owner')) === String(process.pid))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith('.log')) out.push(join(d, e.name));
    }
  };
  if (runs[0] && existsSync(join(runs[0], 'data', 'logs'))) walk(join(runs[0], 'data', 'logs'));
  return out;
}

/** Polls `f` until it returns something, or `ms` pass. */
async function poll<T>(f: () => T | undefined | Promise<T | undefined>, ms: number, every = 100): Promise<T | undefined> {
  for (const end = Date.now() + ms; ; await sleep(every)) {
    const v = await f();
    if (v !== undefined || Date.now() > end) return v;
  }
}

async function start(kit: Kit, kind: Kind, ws: string, traceFile: string): Promise<Start> {
  rmSync(traceFile, { force: true });
  const load = load1();
  const extension = kind === 'product' ? REPO : FLOOR;
  const manifest = JSON.parse(readFileSync(join(extension, 'package.json'), 'utf8')) as { publisher: string; name: string };
  const v = await kit.openVSCode({ workspace: ws, extensionDevelopmentPath: extension, env: { ISMS_TRACE_STARTUP: traceFile } });
  try {
    await v.page.addInitScript(WATCH);
    await v.page.goto(v.url);
    const page = await poll(
      async () => {
        const m = await v.page.evaluate<{ visible: number; problems?: number } | undefined>('globalThis.__ismsBench');
        return m?.problems !== undefined ? { visible: m.visible, problems: m.problems } : undefined;
      },
      TIMEOUT_MS,
      250,
    );
    if (!page) throw new Error(`${kind}: the Problems count did not turn non-zero within ${TIMEOUT_MS / 1000} s`);
    const client = await poll(() => parseClientTraces(readText(traceFile)).pop(), 10_000);
    const outputLog = (): string | undefined =>
      runLogs().find((f) => f.endsWith(`${join(`${manifest.publisher}.${manifest.name}`, 'ISMS.log')}`));
    // the server logs its trace after its first complete publish, and the output channel's log is written on a delay
    const server = kind === 'product' ? await poll(() => parseServerTrace(readText(outputLog())), 10_000, 250) : undefined;
    const hostLog = readText(runLogs().find((f) => f.endsWith('remoteexthost.log')));
    const steps = timeline(page, client, server, activationEventAt(hostLog, `${manifest.publisher}.${manifest.name}`));
    return {
      kind,
      firstProblemMs: round(page.problems - page.visible),
      activateToDiagnosticsMs: activateToDiagnostics(client),
      steps,
      ...(server?.cpuMs !== undefined ? { serverCpuMs: server.cpuMs } : {}),
      load,
    };
  } finally {
    await v.close();
  }
}

/** The kit's setup (idempotent: Debian's Chromium, code-server and playwright-core); throws with its tail on failure. */
function setUpKit(): void {
  const r = spawnSync('bash', [join(KIT, 'setup.sh')], { encoding: 'utf8', timeout: 600_000 });
  if (r.status !== 0) {
    const tail = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split('\n').slice(-3).join(' / ');
    throw new Error(`the e2e kit's setup failed (${r.error?.message ?? `exit ${r.status}`}): ${tail}`);
  }
}

function scratchWorkspace(): { dir: string; ws: string } {
  const dir = mkdtempSync(join(os.tmpdir(), 'isms-bench-vscode-'));
  const ws = join(dir, 'acme');
  cpSync(join(REPO, 'examples', 'acme'), ws, { recursive: true });
  mkdirSync(join(ws, '.vscode'), { recursive: true });
  writeFileSync(join(ws, '.vscode', 'settings.json'), JSON.stringify({ 'isms.today': TODAY, 'files.autoSave': 'off' }));
  return { dir, ws };
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const at = argv.indexOf('--runs');
  const n = at >= 0 ? Number(argv[at + 1]) : 3;
  setUpKit();
  const kit = (await import(pathToFileURL(join(KIT, 'vscode.mjs')).href)) as Kit;
  const { dir, ws } = scratchWorkspace();
  const traceFile = join(dir, 'trace.txt');
  const log = (m: string): void => void process.stderr.write(`${m}\n`);
  try {
    const before = load1();
    if (!argv.includes('--no-warm-up')) await start(kit, 'product', ws, traceFile); // file cache, untimed
    const runs: Start[] = [];
    for (let i = 0; i < n; i++) {
      for (const kind of ['product', 'floor'] as const) {
        const s = await start(kit, kind, ws, traceFile);
        runs.push(s);
        log(
          `  VS Code ${i + 1}/${n} ${kind}: first problem ${s.firstProblemMs} ms after the workbench` +
            `${s.activateToDiagnosticsMs !== undefined ? `, activate() → diagnostics ${s.activateToDiagnosticsMs} ms` : ''} (load ${s.load})`,
        );
      }
    }
    process.stdout.write(`${JSON.stringify(summarize(runs, [before, load1()]))}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (e: unknown) => {
      const message = e instanceof Error ? e.message : String(e);
      // the whole message, then one line: the reason the bench prints ("not measured: <reason>")
      process.stderr.write(`${message}\n${message.trim().split('\n')[0].slice(0, 200)}\n`);
      process.exit(1);
    },
  );
}
