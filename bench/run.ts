/**
 * `npm run bench` / `npm run bench:quick`: the performance benchmark of issue 6.
 *
 *   node out/bench/run.js [--quick] [--sizes 1000,10000] [--no-vscode] [--vscode-runs 3]
 *
 * For each corpus size (generated on first use by generate.ts): the cold full check by the CLI as a
 * process, the read-and-parse limit and markdownlint-cli2 on the same corpus in the same run (their
 * runs interleaved, so that a noisy neighbour hits all three alike), the incremental re-check in
 * process, and the editor path through the language server. Then the bundles, the server's time to first
 * diagnostics and (full run, unless --no-vscode) the time to the first problem in a real VS Code beside the
 * platform's floor (bench/vscodeFirstProblem.ts; "not measured: <reason>" when VS Code cannot start). Prints Markdown tables,
 * writes bench/results/latest.json; the full run compares with the issue's targets (PASS/MISS).
 * Exit code 1 only when something did not work (a crash, a wrong exit code), never on timing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { buildClientBundles } from './clientBundles';
import { GENERATOR_VERSION, TODAY, writeCorpus, type CorpusInfo } from './generate';
import type { FirstDiagnosticsResult } from './firstDiagnostics';
import type { IncrementalResult, RegisterEdits } from './incremental';
import type { LspResult } from './lspLatency';
import type { VSCodeFirstProblemResult } from './vscodeFirstProblem';
import { median } from './stats';

const REPO = join(__dirname, '..', '..');
const CORPUS = join(REPO, 'bench', 'corpus');
const NODE = process.execPath;
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const MARKDOWNLINT = join(REPO, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');

interface Plan {
  quick: boolean;
  sizes: number[];
  runs: (size: number) => number;
  /** the ratio targets are at 10,000; at 50,000 only the engine's own time counts (linearity) */
  limitRuns: (size: number) => number;
  /** markdownlint-cli2 is the slowest tool */
  peerRuns: (size: number) => number;
  edits: number;
  lspEdits: number;
  loadRuns: number;
  /** server starts per client kind for the time to first diagnostics */
  startRuns: number;
  /** starts of each (product, floor) in a real VS Code; 0 = not measured (--quick, --no-vscode) */
  vscodeRuns: number;
}

function plan(argv: readonly string[]): Plan {
  const quick = argv.includes('--quick');
  const at = argv.indexOf('--sizes');
  const sizes = at >= 0 ? argv[at + 1].split(',').map(Number) : quick ? [1000] : [1000, 10000, 50000];
  return {
    quick,
    sizes,
    runs: (size) => (quick ? 3 : size >= 50000 ? 3 : 5),
    limitRuns: (size) => (quick ? 3 : size >= 50000 ? 1 : 5),
    peerRuns: (size) => (quick ? 3 : size >= 50000 ? 1 : 3),
    edits: quick ? 50 : 200,
    lspEdits: quick ? 30 : 100,
    loadRuns: quick ? 3 : 7,
    startRuns: quick ? 3 : 7,
    vscodeRuns:
      quick || argv.includes('--no-vscode') ? 0 : argv.includes('--vscode-runs') ? Number(argv[argv.indexOf('--vscode-runs') + 1]) : 3,
  };
}

// ── processes ────────────────────────────────────────────────────────────────

interface Timed {
  wallMs: number;
  /** user + system CPU of the process and its children (from /usr/bin/time) */
  cpuMs?: number;
  maxRssMb?: number;
  status: number | null;
  stdout: string;
}

function timed(args: string[], cwd = REPO, env?: Record<string, string>): Timed {
  const tmp = TIME ? mkdtempSync(join(os.tmpdir(), 'isms-time-')) : undefined;
  const command = TIME ? [TIME, '-f', '%U %S %M', '-o', join(tmp!, 't'), NODE, ...args] : [NODE, ...args];
  const started = performance.now();
  const r = spawnSync(command[0], command.slice(1), {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(env ? { env: { ...process.env, ...env } } : {}),
  });
  const wallMs = performance.now() - started;
  let cpuMs: number | undefined;
  let maxRssMb: number | undefined;
  if (tmp) {
    const line = readFileSync(join(tmp, 't'), 'utf8').trim().split('\n').pop() ?? '';
    const [user, sys, rssKb] = line.split(' ').map(Number);
    if (Number.isFinite(user)) cpuMs = Math.round((user + sys) * 1000);
    if (Number.isFinite(rssKb)) maxRssMb = Math.round(rssKb / 102.4) / 10;
    rmSync(tmp, { recursive: true, force: true });
  }
  if (r.error) throw r.error;
  if (r.status !== 0 && !(args[0] === MARKDOWNLINT && r.status === 1)) {
    throw new Error(`${args.map((a) => a.replace(REPO, '.')).join(' ')} exited with ${r.status}: ${(r.stderr ?? '').slice(0, 2000)}`);
  }
  return { wallMs, cpuMs, maxRssMb, status: r.status, stdout: r.stdout };
}

function json<T>(args: string[]): T {
  const out = timed(args).stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(out) as T;
}

// ── measurements ─────────────────────────────────────────────────────────────

interface ProcessStats {
  wallMs: number;
  cpuMs?: number;
  maxRssMb?: number;
  runsMs: number[];
}

interface SizeResult {
  records: number;
  files: number;
  bytes: number;
  diagnostics: number;
  /** `isms check` as it ships: the CLI decides (src/cli/parallelRead.ts: files, cores, a load veto) */
  cold: ProcessStats;
  /** the same check kept on one thread (ISMS_PARSE_WORKERS=0), interleaved: what the worker threads gain */
  coldOneThread: ProcessStats;
  /** the same check with the worker path forced (ISMS_PARSE_WORKERS=1, whatever the file count), interleaved */
  coldWorkers: ProcessStats;
  limit: ProcessStats;
  peer: ProcessStats;
  /** the 1-minute load average before and after the cold runs: the machine is shared */
  coldLoad: [number, number];
  /** engine ÷ limit and peer ÷ engine, on the medians of wall time (and of CPU time) */
  ratios: {
    engineToLimit: number;
    peerToEngine: number;
    peerToLimit: number;
    oneThreadToLimit: number;
    workersToLimit: number;
    /** worker path ÷ one thread, wall and CPU, in the same run: < 1 when the workers pay */
    workersToOneThread: number;
    workersToOneThreadCpu?: number;
    engineToLimitCpu?: number;
    peerToEngineCpu?: number;
  };
  incremental: IncrementalResult;
  lsp: LspResult;
}

function stats(samples: Timed[]): ProcessStats {
  const cpu = samples.map((s) => s.cpuMs).filter((x): x is number => x !== undefined);
  const rss = samples.map((s) => s.maxRssMb).filter((x): x is number => x !== undefined);
  return {
    wallMs: Math.round(median(samples.map((s) => s.wallMs))),
    ...(cpu.length ? { cpuMs: Math.round(median(cpu)) } : {}),
    ...(rss.length ? { maxRssMb: Math.max(...rss) } : {}),
    runsMs: samples.map((s) => Math.round(s.wallMs)),
  };
}

const ratio = (a: number | undefined, b: number | undefined): number | undefined =>
  a !== undefined && b !== undefined && b > 0 ? Math.round((a / b) * 100) / 100 : undefined;

function ensureCorpus(size: number): CorpusInfo {
  const infoPath = join(CORPUS, `${size}.json`);
  if (existsSync(infoPath) && existsSync(join(CORPUS, String(size), 'isms.yaml'))) {
    const info = JSON.parse(readFileSync(infoPath, 'utf8')) as CorpusInfo;
    if (info.version === GENERATOR_VERSION) return info;
  }
  log(`generating bench/corpus/${size} …`);
  mkdirSync(CORPUS, { recursive: true });
  return writeCorpus(CORPUS, size);
}

function measureSize(size: number, p: Plan): SizeResult {
  const info = ensureCorpus(size);
  const root = join(CORPUS, String(size));
  const cli = [join(REPO, 'dist', 'cli.js'), 'check', root, '--today', TODAY, '--format', 'json', '--fail-on', 'never'];
  const limit = [join(REPO, 'out', 'bench', 'limit.js'), root];
  const peer = [MARKDOWNLINT, '**/*.md'];

  // one untimed read of every file first: every tool then reads from a warm file cache
  timed(limit);
  const loadBefore = load1();
  const runs: Record<'cold' | 'oneThread' | 'workers' | 'limit' | 'peer', Timed[]> = {
    cold: [],
    oneThread: [],
    workers: [],
    limit: [],
    peer: [],
  };
  for (let i = 0; i < p.runs(size); i++) {
    // as it ships (the CLI decides), then one thread and the worker path forced (one worker beside the main thread)
    runs.cold.push(timed(cli));
    if (i < p.limitRuns(size)) runs.oneThread.push(timed(cli, REPO, { ISMS_PARSE_WORKERS: '0' }));
    if (i < p.limitRuns(size)) runs.workers.push(timed(cli, REPO, { ISMS_PARSE_WORKERS: '1', ISMS_PARSE_MIN_FILES: '0' }));
    if (i < p.limitRuns(size)) runs.limit.push(timed(limit));
    if (i < p.peerRuns(size)) runs.peer.push(timed(peer, root));
    log(
      `  ${size}: run ${i + 1}/${p.runs(size)}  check ${ms(runs.cold[i].wallMs)}${runs.oneThread[i] ? `  one thread ${ms(runs.oneThread[i].wallMs)}` : ''}${runs.workers[i] ? `  workers ${ms(runs.workers[i].wallMs)}` : ''}${runs.limit[i] ? `  limit ${ms(runs.limit[i].wallMs)}` : ''}${runs.peer[i] ? `  markdownlint ${ms(runs.peer[i].wallMs)}` : ''}`,
    );
  }
  const coldLoad: [number, number] = [loadBefore, load1()];
  const diagnostics = (JSON.parse(runs.cold[0].stdout) as unknown[]).length;
  if ([...runs.oneThread, ...runs.workers].some((r) => r.stdout !== runs.cold[0].stdout)) {
    throw new Error(`${size}: one thread and worker threads disagree`);
  }
  const oneThread = stats(runs.oneThread);
  const workers = stats(runs.workers);
  const cold = stats(runs.cold);
  const lim = stats(runs.limit);
  const peerStats = stats(runs.peer);

  log(`  ${size}: incremental re-check …`);
  const incremental = json<IncrementalResult>([
    join(REPO, 'out', 'bench', 'incremental.js'),
    root,
    join(CORPUS, `${size}.json`),
    String(p.edits),
  ]);
  log(`  ${size}: language server …`);
  const lsp = json<LspResult>([join(REPO, 'out', 'bench', 'lspLatency.js'), root, info.edits.records[0], String(p.lspEdits)]);

  return {
    records: info.records,
    files: info.files.markdown + info.files.yaml,
    bytes: info.files.bytes,
    diagnostics,
    cold,
    coldOneThread: oneThread,
    coldWorkers: workers,
    limit: lim,
    peer: peerStats,
    coldLoad,
    ratios: {
      engineToLimit: ratio(cold.wallMs, lim.wallMs)!,
      oneThreadToLimit: ratio(oneThread.wallMs, lim.wallMs)!,
      workersToLimit: ratio(workers.wallMs, lim.wallMs)!,
      workersToOneThread: ratio(workers.wallMs, oneThread.wallMs)!,
      ...(workers.cpuMs !== undefined ? { workersToOneThreadCpu: ratio(workers.cpuMs, oneThread.cpuMs) } : {}),
      peerToEngine: ratio(peerStats.wallMs, cold.wallMs)!,
      // the best peer ÷ engine any engine that parses all the YAML with `yaml` can reach
      peerToLimit: ratio(peerStats.wallMs, lim.wallMs)!,
      ...(cold.cpuMs !== undefined
        ? { engineToLimitCpu: ratio(cold.cpuMs, lim.cpuMs), peerToEngineCpu: ratio(peerStats.cpuMs, cold.cpuMs) }
        : {}),
    },
    incremental,
    lsp,
  };
}

interface BundleResult {
  /** dist/*.js as built (minified only after `node esbuild.mjs --production`) */
  files: { file: string; bytes: number; minified: boolean }[];
  /** the activation bundle (src/extension/extension.ts) rebuilt minified in memory: what VS Code loads to activate */
  activationMinifiedBytes: number;
  activationComposition: { input: string; bytes: number }[];
  /** the language-client bundle (src/extension/languageClient.ts), minified: loaded right after activate() */
  languageClientMinifiedBytes: number;
  languageClientComposition: { input: string; bytes: number }[];
  /**
   * the workbench bundle (src/extension/workbench.ts: trees, commands, calendar, status bar), minified:
   * loaded once the server is up or on first use (issue 20.5)
   */
  workbenchMinifiedBytes: number;
  workbenchComposition: { input: string; bytes: number }[];
  /** the whole client: the three bundles */
  clientMinifiedBytes: number;
  /** median ms to require the minified activation bundle with a stub `vscode` (not activation itself) */
  moduleLoadMs: number;
  /** the same for the minified workbench bundle alone: what the first use of a tree or command adds */
  moduleLoadWorkbenchMs: number;
  /** the same for the three minified bundles, one after the other: the whole client */
  moduleLoadAllMs: number;
  /** the same for dist/extension.js as it is built now (minified or not) */
  moduleLoadDistMs: number;
  /** the 1-minute load average before and after the module loads */
  load: [number, number];
}

async function measureBundles(p: Plan): Promise<BundleResult> {
  const files = ['extension.js', 'languageClient.js', 'workbench.js', 'server.js', 'serverMain.js', 'cli.js', 'webview/calendar.js']
    .map((f) => join(REPO, 'dist', f))
    .filter((f) => existsSync(f))
    .map((f) => {
      const text = readFileSync(f, 'utf8');
      const lines = text.split('\n').length;
      return { file: f.slice(REPO.length + 1), bytes: statSync(f).size, minified: text.length / lines > 500 };
    });
  const built = await buildClientBundles(REPO, ['extension', 'languageClient', 'workbench'], join(REPO, 'out', 'bench', 'client'));
  /** one output bundle: its bytes and what they are made of, by package or source folder */
  const bundle = (name: string): { file: string; bytes: number; composition: { input: string; bytes: number }[] } => {
    const output = Object.entries(built.metafile.outputs).find(([f]) => f.endsWith(`/${name}.js`))![1];
    const byUnit = new Map<string, number>();
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
      const unit = m ? m[1] : input.split('/').slice(0, 3).join('/');
      byUnit.set(unit, (byUnit.get(unit) ?? 0) + bytesInOutput);
    }
    const composition = [...byUnit]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 10)
      .map(([input, bytes]) => ({ input, bytes }));
    return { file: join(REPO, 'out', 'bench', 'client', `${name}.js`), bytes: output.bytes, composition };
  };
  const activation = bundle('extension');
  const languageClient = bundle('languageClient');
  const workbench = bundle('workbench');
  // what ships is minified; dist/ may hold a development build (another `node esbuild.mjs` ran since)
  mkdirSync(join(REPO, 'out', 'bench', 'client'), { recursive: true });
  for (const f of built.outputFiles) writeFileSync(f.path, f.contents);
  // interleaved, so that the machine's load falls on all three alike
  const loads: Record<'activation' | 'workbench' | 'all' | 'dist', number[]> = { activation: [], workbench: [], all: [], dist: [] };
  const loadBefore = load1();
  const load = (...bundles: string[]): number => json<{ ms: number }>([join(REPO, 'out', 'bench', 'moduleLoad.js'), ...bundles]).ms;
  for (let i = 0; i < p.loadRuns; i++) {
    loads.activation.push(load(activation.file));
    loads.workbench.push(load(workbench.file));
    loads.all.push(load(activation.file, languageClient.file, workbench.file));
    loads.dist.push(load(join(REPO, 'dist', 'extension.js')));
  }
  const med = (v: number[]): number => Math.round(median(v) * 10) / 10;
  return {
    files,
    activationMinifiedBytes: activation.bytes,
    activationComposition: activation.composition,
    languageClientMinifiedBytes: languageClient.bytes,
    languageClientComposition: languageClient.composition,
    workbenchMinifiedBytes: workbench.bytes,
    workbenchComposition: workbench.composition,
    clientMinifiedBytes: activation.bytes + languageClient.bytes + workbench.bytes,
    moduleLoadMs: med(loads.activation),
    moduleLoadWorkbenchMs: med(loads.workbench),
    moduleLoadAllMs: med(loads.all),
    moduleLoadDistMs: med(loads.dist),
    load: [loadBefore, load1()],
  };
}

// ── targets ──────────────────────────────────────────────────────────────────

interface Target {
  target: string;
  value: string;
  pass: boolean | undefined;
}

/** PASS/MISS on the wall-time value; `cpu` (the same ratio of CPU times, steadier on a busy machine) is shown beside it. */
function target(name: string, value: number | undefined, pass: (v: number) => boolean, show: (v: number) => string, cpu?: number): Target {
  const shown = value === undefined ? 'not measured' : `${show(value)}${cpu !== undefined ? ` (CPU ${show(cpu)})` : ''}`;
  return { target: name, value: shown, pass: value === undefined ? undefined : pass(value) };
}

const times = (v: number): string => `${v.toFixed(2)}×`;
const load1 = (): number => Math.round(os.loadavg()[0] * 100) / 100;
/** The 1-minute load average around a size's cold runs, for a target's name. */
const loadOf = (s: SizeResult | undefined): string => (s ? `load ${s.coldLoad[0]} → ${s.coldLoad[1]}` : 'load n/a');

/** The engine's and the language server's targets, on the measured corpus sizes. */
function engineTargets(sizes: Record<number, SizeResult>): Target[] {
  const s1 = sizes[1000];
  const s10 = sizes[10000];
  const s50 = sizes[50000];
  return [
    target(
      `cold full check ≤ 1.0× the read-and-parse limit (10,000; as it ships; worker path ${s10?.ratios.workersToLimit ?? '–'}×, one thread ${s10?.ratios.oneThreadToLimit ?? '–'}×; ${loadOf(s10)})`,
      s10?.ratios.engineToLimit,
      (v) => v <= 1.0,
      times,
      s10?.ratios.engineToLimitCpu,
    ),
    target(
      `cold full check ≥ 3× faster than markdownlint-cli2 (10,000; ${loadOf(s10)})`,
      s10?.ratios.peerToEngine,
      (v) => v >= 3,
      times,
      s10?.ratios.peerToEngineCpu,
    ),
    target(
      `50,000 cold ≤ 5× the 10,000 time (${loadOf(s50)})`,
      s10 && s50 ? ratio(s50.cold.wallMs, s10.cold.wallMs) : undefined,
      (v) => v <= 5,
      times,
      s10 && s50 ? ratio(s50.cold.cpuMs, s10.cold.cpuMs) : undefined,
    ),
    target(
      `incremental re-check of one record p95 ≤ 5 ms (10,000; ${loadOf(s10)})`,
      s10?.incremental.record.p95,
      (v) => v <= 5,
      (v) => `${v} ms`,
    ),
    target(
      `incremental one record: 50,000 within 1.5× of 1,000 (p50; ${loadOf(s50)})`,
      s1 && s50 ? ratio(s50.incremental.record.p50, s1.incremental.record.p50) : undefined,
      (v) => v <= 1.5,
      times,
    ),
    ...registerTargets(s10 ?? s1),
    target(
      `didChange → publishDiagnostics p95 ≤ 30 ms (10,000; ${loadOf(s10)})`,
      s10?.lsp.didChange.p95,
      (v) => v <= 30,
      (v) => `${v} ms (load ${s10?.lsp.load ?? 'n/a'})`,
    ),
    target(
      `language server RSS ≤ 250 MB (10,000; ${loadOf(s10)})`,
      s10?.lsp.rssMb,
      (v) => v <= 250,
      (v) => `${v} MB`,
    ),
    ...memoryTargets(s10, s50),
    whileIndexingTarget(s10),
  ];
}

/** Issue 20.1 on a large ISMS: the first diagnostics are out before the index is read (spawn → first publish < spawn → index read). */
function whileIndexingTarget(s10: SizeResult | undefined): Target {
  const w = s10?.lsp.whileIndexing;
  return target(
    'first publishDiagnostics before the index is read (10,000; spawn → first publish vs spawn → index read)',
    w ? w.indexReadMs - w.firstPublishMs : undefined,
    (v) => v > 0,
    () => (w ? `${ms(w.firstPublishMs)} vs ${ms(w.indexReadMs)} (all published ${ms(w.allPublishedMs)}; load ${w.load})` : ''),
  );
}

/**
 * Issue 20.4: the language server's RSS at rest, a second after it answered again once the first complete
 * diagnostics were out (after its one compacting collection, releaseMemory; the RSS at the answer beside),
 * with its heap after a GC, V8's committed heap (the rest of the RSS is Node, code and native memory) and
 * the load (memory depends little on the load; the edit rows above do).
 */
function memoryTargets(s10: SizeResult | undefined, s50: SizeResult | undefined): Target[] {
  const shown = (l: LspResult | undefined) => (v: number) =>
    `${v} MB (at the answer ${l?.rssAnsweredMb ?? 'n/a'} MB; heap after GC ${l?.heapUsedMb ?? 'n/a'} MB, ` +
    `V8 heap committed ${l?.beforeGc?.heapTotalMb ?? 'n/a'} MB; load ${l?.load ?? 'n/a'})`;
  return [
    target('language server RSS ≤ 150 MB (10,000; issue 20.4)', s10?.lsp.rssMb, (v) => v <= 150, shown(s10?.lsp)),
    target('language server RSS ≤ 300 MB (50,000; issue 20.4)', s50?.lsp.rssMb, (v) => v <= 300, shown(s50?.lsp)),
  ];
}

/** Issue 20.3: one entry edited in a register of ~200 and of 2,000 records (setFile + check), with the load beside it. */
function registerTargets(r: SizeResult | undefined): Target[] {
  const i = r?.incremental;
  const at = (e: RegisterEdits | undefined): string => (e ? ` (load ${e.load})` : '');
  return [
    target(
      `register entry edit p95 ≤ 10 ms (${i?.register.recordsInFile ?? '~200'} records)`,
      i?.register.n ? i.register.p95 : undefined,
      (v) => v <= 10,
      (v) => `${v} ms${at(i?.register)}`,
    ),
    target(
      'register entry edit p95 ≤ 20 ms (2,000 records)',
      i?.register2000?.n ? i.register2000.p95 : undefined,
      (v) => v <= 20,
      (v) => `${v} ms${at(i?.register2000)}`,
    ),
  ];
}

/** The client's targets: activation time and bundle sizes. */
function clientTargets(bundles: BundleResult): Target[] {
  return [
    target(
      `activation ≤ 50 ms (here: module load of the minified activation bundle with a stub vscode; load ${bundles.load[0]} → ${bundles.load[1]})`,
      bundles.moduleLoadMs,
      (v) => v <= 50,
      (v) => `${v} ms`,
    ),
    target(
      'client bundle ≤ 300 KB minified: the activation bundle (what VS Code loads to activate; a size, no load)',
      bundles.activationMinifiedBytes,
      (v) => v <= 300 * 1024,
      (v) => kb(v),
    ),
    target(
      'activation bundle ≤ 60 KB minified (issue 20.5: what holds after issue 6; a size, no load)',
      bundles.activationMinifiedBytes,
      (v) => v <= 60 * 1024,
      (v) => kb(v),
    ),
    target(
      'client bundle ≤ 300 KB minified: the whole client (+ dist/languageClient.js and dist/workbench.js, loaded after activation; a size, no load)',
      bundles.clientMinifiedBytes,
      (v) => v <= 300 * 1024,
      (v) => kb(v),
    ),
  ];
}

/** Issue 20.1: the server's time to first diagnostics on the sample, and the real VS Code's. */
function startTargets(first: FirstDiagnosticsResult, vscode: VSCodeOutcome): Target[] {
  const m = first.median.initializationOptions;
  return [
    target(
      'server spawned over stdio → first publishDiagnostics ≤ 150 ms (examples/acme, median)',
      m.firstPublishMs,
      (v) => v <= 150,
      (v) => `${v} ms (load ${first.load.join(' → ')})`,
    ),
    ...vscodeTargets(vscode),
  ];
}

/** What bench/vscodeFirstProblem.js measured, or why it did not. */
type VSCodeOutcome = VSCodeFirstProblemResult | { notMeasured: string };

/** Issue 20.1 in a real VS Code (code-server): the product's client trace, and its distance to the platform's floor. */
function vscodeTargets(v: VSCodeOutcome): Target[] {
  const rows = [
    target(
      'VS Code: activate() → first publishDiagnostics received ≤ 250 ms (examples/acme, median)',
      'notMeasured' in v ? undefined : v.median.product.activateToDiagnosticsMs,
      (x) => x <= 250,
      (x) => `${x} ms (load ${'load' in v ? v.load.join(' → ') : 'n/a'})`,
    ),
    target(
      'VS Code: workbench visible → first problem within 100 ms of a one-diagnostic extension (medians, product − floor)',
      'notMeasured' in v ? undefined : v.differenceMs,
      (x) => x <= 100,
      (x) =>
        'load' in v
          ? `${x} ms (product ${ms(v.median.product.firstProblemMs)}, floor ${ms(v.median.floor.firstProblemMs)}; load ${v.load.join(' → ')})`
          : '',
    ),
  ];
  return 'notMeasured' in v ? rows.map((r) => ({ ...r, value: `not measured: ${v.notMeasured}` })) : rows;
}

function targets(sizes: Record<number, SizeResult>, bundles: BundleResult, first: FirstDiagnosticsResult, vscode: VSCodeOutcome): Target[] {
  return [...engineTargets(sizes), ...clientTargets(bundles), ...startTargets(first, vscode)];
}

/** The real VS Code starts (bench/vscodeFirstProblem.ts); never fails the bench: a failure is a reason. */
function measureVSCode(p: Plan): VSCodeOutcome {
  if (!p.vscodeRuns) return { notMeasured: p.quick ? 'skipped by --quick' : 'skipped by --no-vscode' };
  const r = spawnSync(NODE, [join(REPO, 'out', 'bench', 'vscodeFirstProblem.js'), '--runs', String(p.vscodeRuns)], {
    cwd: REPO,
    encoding: 'utf8',
    timeout: 30 * 60_000,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  process.stderr.write(r.stderr ?? '');
  const last = (text: string | null): string => (text ?? '').trim().split('\n').pop() ?? '';
  if (r.status !== 0) return { notMeasured: r.error?.message ?? (last(r.stderr) || `exit ${r.status}`) };
  try {
    return JSON.parse(last(r.stdout)) as VSCodeFirstProblemResult;
  } catch {
    return { notMeasured: 'no result from bench/vscodeFirstProblem.js' };
  }
}

function vscodeTable(v: VSCodeOutcome): string {
  const out = [
    '',
    '### Time to the first problem in a real VS Code (code-server 4.100.3, examples/acme; ms after the workbench is visible, median)',
    '',
  ];
  if ('notMeasured' in v) return [...out, `Not measured: ${v.notMeasured}.`].join('\n');
  const { product, floor } = v.median;
  const steps = [...new Set([...Object.keys(product.steps), ...Object.keys(floor.steps)])].sort(
    (a, b) => (product.steps[a] ?? floor.steps[a]) - (product.steps[b] ?? floor.steps[b]),
  );
  out.push(`| step | the product (${product.n} starts) | one-diagnostic extension (${floor.n} starts) |`, '| --- | ---: | ---: |');
  for (const step of steps) out.push(`| ${step} | ${product.steps[step] ?? '–'} | ${floor.steps[step] ?? '–'} |`);
  const each = (kind: 'product' | 'floor'): string =>
    v.runs
      .filter((r) => r.kind === kind)
      .map((r) => `${r.firstProblemMs} (load ${r.load})`)
      .join(', ');
  out.push('', `Starts, alternated (workbench → first problem, ms): product ${each('product')}; floor ${each('floor')}.`);
  out.push(
    `Product − floor: ${v.differenceMs} ms (target ≤ 100 ms); activate() → first diagnostics: ${product.activateToDiagnosticsMs ?? 'n/a'} ms (target ≤ 250 ms); the server's CPU time until its first publish ${product.serverCpuMs ?? 'n/a'} ms; load ${v.load.join(' → ')}.`,
  );
  return out.join('\n');
}

/** The bundles' sizes, what the client bundles are made of, and their module load times. */
function bundleTable(bundles: BundleResult): string[] {
  const out: string[] = [];
  out.push('', '### Bundles', '');
  out.push('| bundle | size | minified |', '| --- | ---: | --- |');
  for (const f of bundles.files) out.push(`| ${f.file} | ${kb(f.bytes)} | ${f.minified ? 'yes' : 'no'} |`);
  out.push(`| client: activation bundle (src/extension/extension.ts) rebuilt minified | ${kb(bundles.activationMinifiedBytes)} | yes |`);
  out.push(
    `| client: language-client bundle (src/extension/languageClient.ts) rebuilt minified | ${kb(bundles.languageClientMinifiedBytes)} | yes |`,
  );
  out.push(`| client: workbench bundle (src/extension/workbench.ts) rebuilt minified | ${kb(bundles.workbenchMinifiedBytes)} | yes |`);
  out.push(`| client: all three | ${kb(bundles.clientMinifiedBytes)} | yes |`);
  const composition = (list: { input: string; bytes: number }[]): string =>
    list
      .slice(0, 6)
      .map((c) => `${c.input} ${kb(c.bytes)}`)
      .join(', ');
  out.push('', `Activation bundle by input (minified): ${composition(bundles.activationComposition)}.`);
  out.push('', `Language-client bundle by input (minified): ${composition(bundles.languageClientComposition)}.`);
  out.push('', `Workbench bundle by input (minified): ${composition(bundles.workbenchComposition)}.`);
  out.push(
    '',
    `Module load time with a stub \`vscode\` (not the activation time; the e2e suite reports the load and activate() times in VS Code), median: minified activation bundle ${bundles.moduleLoadMs} ms; minified workbench bundle alone ${bundles.moduleLoadWorkbenchMs} ms; the three minified bundles ${bundles.moduleLoadAllMs} ms; dist/extension.js as built ${bundles.moduleLoadDistMs} ms.`,
  );
  return out;
}

/** The server's start-up on the sample: spawn → first diagnostics, step by step (bench/firstDiagnostics.ts). */
function measureFirstDiagnostics(p: Plan): FirstDiagnosticsResult {
  return json<FirstDiagnosticsResult>([
    join(REPO, 'out', 'bench', 'firstDiagnostics.js'),
    join(REPO, 'examples', 'acme'),
    String(p.startRuns),
  ]);
}

function firstDiagnosticsTable(first: FirstDiagnosticsResult): string {
  const out: string[] = [];
  out.push(
    '',
    `### Time to first diagnostics (the language server over stdio on examples/acme, ms after spawn, median; load ${first.load.join(' → ')})`,
    '',
  );
  const modes = ['initializationOptions', 'configuration'] as const;
  const steps = [...new Set(modes.flatMap((m) => Object.keys(first.median[m].steps)))].sort(
    (a, b) =>
      (first.median.configuration.steps[a] ?? first.median.initializationOptions.steps[a]) -
      (first.median.configuration.steps[b] ?? first.median.initializationOptions.steps[b]),
  );
  out.push('| step | settings with initialize | settings asked (workspace/configuration) |', '| --- | ---: | ---: |');
  for (const step of steps)
    out.push(`| ${step} | ${first.median.initializationOptions.steps[step] ?? '–'} | ${first.median.configuration.steps[step] ?? '–'} |`);
  out.push(
    `| **first publishDiagnostics received** | **${first.median.initializationOptions.firstPublishMs}** | **${first.median.configuration.firstPublishMs}** |`,
  );
  out.push(
    `| the server's CPU time (user + system) until then | ${first.median.initializationOptions.cpuMs} | ${first.median.configuration.cpuMs} |`,
  );
  const verdict = first.median.initializationOptions.firstPublishMs <= 150 ? 'PASS' : 'MISS';
  const cache = [...new Set(first.runs.map((r) => r.codeCache ?? '?'))].join(', ');
  const fresh = first.firstStart;
  out.push(
    '',
    `The server's V8 code cache in these starts: ${cache}` +
      (fresh
        ? `; the first start, before the cache was made (${fresh.codeCache ?? '?'}): ${fresh.firstPublishMs} ms, CPU ${fresh.cpuMs ?? '?'} ms.`
        : '.'),
  );
  out.push('', `Target ≤ 150 ms: ${verdict} (${first.median.initializationOptions.firstPublishMs} ms, load ${first.load.join(' → ')}).`);
  return out.join('\n');
}

// ── output ───────────────────────────────────────────────────────────────────

const log = (message: string): void => void process.stderr.write(`${message}\n`);
const ms = (v: number): string => (v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${Math.round(v)} ms`);
const kb = (bytes: number): string => `${Math.round(bytes / 1024)} KB`;
const n = (v: number): string => v.toLocaleString('en-GB');
const pp = (d: { p50: number; p95: number }): string => `${d.p50} / ${d.p95} ms`;

function tables(sizes: Record<number, SizeResult>, bundles: BundleResult, targetList: Target[] | undefined): string {
  const rows = Object.entries(sizes).map(([size, r]) => ({ size: Number(size), r }));
  const out: string[] = [];
  out.push('### Cold full check (a fresh process, warm file cache; median wall time)', '');
  out.push(
    '| records | files | MB | `isms check` | limit (read + parse YAML) | engine ÷ limit | one thread (÷ limit) | worker path (÷ limit; ÷ one thread, wall / CPU) | markdownlint-cli2 | peer ÷ engine | peer ÷ limit | CPU: engine ÷ limit, peer ÷ engine | CLI max RSS | diagnostics | load |',
  );
  out.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const { size, r } of rows) {
    const cpu = r.ratios.engineToLimitCpu !== undefined ? `${r.ratios.engineToLimitCpu}× / ${r.ratios.peerToEngineCpu}×` : 'n/a';
    out.push(
      `| ${n(size)} | ${n(r.files)} | ${(r.bytes / 1048576).toFixed(1)} | ${ms(r.cold.wallMs)} | ${ms(r.limit.wallMs)} | ${r.ratios.engineToLimit}× | ${ms(r.coldOneThread.wallMs)} (${r.ratios.oneThreadToLimit}×) | ${ms(r.coldWorkers.wallMs)} (${r.ratios.workersToLimit}×; ${r.ratios.workersToOneThread}× / ${r.ratios.workersToOneThreadCpu ?? 'n/a'}×) | ${ms(r.peer.wallMs)} | ${r.ratios.peerToEngine}× | ${r.ratios.peerToLimit}× | ${cpu} | ${r.cold.maxRssMb ?? 'n/a'} MB | ${n(r.diagnostics)} | ${r.coldLoad[0]} → ${r.coldLoad[1]} |`,
    );
  }
  out.push('', '### Incremental re-check in process (setFile + check, p50 / p95)', '');
  out.push('| records | load + first check | one record (a CA file) | register of ~200 CAs | typing in an audit body |');
  out.push('| ---: | ---: | ---: | ---: | ---: |');
  for (const { size, r } of rows) {
    const i = r.incremental;
    out.push(`| ${n(size)} | ${ms(i.loadMs)} + ${ms(i.firstCheckMs)} | ${pp(i.record)} | ${pp(i.register)} | ${pp(i.body)} |`);
  }
  out.push('', '### Register edits (issue 20.3: one entry edited, setFile + check; 1-minute load average at the end)', '');
  out.push('| records | register | p50 / p95 | check p95 | load | target p95 | |', '| ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const { size, r } of rows) {
    for (const [e, limit] of [[r.incremental.register, 10] as const, [r.incremental.register2000, 20] as const]) {
      if (!e?.n) continue;
      const verdict = e.p95 <= limit ? 'PASS' : 'MISS';
      out.push(`| ${n(size)} | ${n(e.recordsInFile)} | ${pp(e)} | ${e.checkP95} ms | ${e.load} | ≤ ${limit} ms | ${verdict} |`);
    }
  }
  out.push('', '### Language server over stdio (debounce 0)', '');
  out.push(
    '| records | initialize → all diagnostics | didChange → publishDiagnostics p50 / p95 | RSS | heap used (after GC) | load | isms/status | isms/tree |',
  );
  out.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const { size, r } of rows) {
    const l = r.lsp;
    out.push(
      `| ${n(size)} | ${ms(l.indexMs)} | ${pp(l.didChange)} | ${l.rssMb} MB | ${l.heapUsedMb ?? 'n/a'} MB | ${l.load ?? 'n/a'} | ${l.statusMs} ms | ${l.treeMs} ms |`,
    );
  }
  out.push('', '### Publishing while indexing (issue 20.1: the server over stdio with work-done progress, ms after spawn)', '');
  out.push(
    '| records | first publishDiagnostics | index read | complete check published | publishes before the index was read | progress | load | |',
  );
  out.push('| ---: | ---: | ---: | ---: | ---: | --- | ---: | --- |');
  for (const { size, r } of rows) {
    const w = r.lsp.whileIndexing;
    if (!w) continue;
    // below LARGE_ROOT_FILES (workspaceManager.ts) the server publishes once, at the end, by design
    const verdict =
      w.progress === 'none' && w.publishesBefore === 0 ? '– (small: one publish)' : w.firstPublishMs < w.indexReadMs ? 'PASS' : 'MISS';
    out.push(
      `| ${n(size)} | ${ms(w.firstPublishMs)} | ${ms(w.indexReadMs)} | ${ms(w.allPublishedMs)} | ${n(w.publishesBefore)} | ${w.progress} | ${w.load} | ${verdict} |`,
    );
  }
  out.push(...bundleTable(bundles));
  if (targetList) {
    out.push('', '### Targets (issue 6)', '', '| target | measured | |', '| --- | ---: | --- |');
    for (const t of targetList) out.push(`| ${t.target} | ${t.value} | ${t.pass === undefined ? '–' : t.pass ? 'PASS' : 'MISS'} |`);
  }
  return out.join('\n');
}

interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  os: string;
  loadAverage: number[];
}

function machine(): Machine {
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.availableParallelism?.() ?? os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 1073741824),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

async function main(): Promise<void> {
  const p = plan(process.argv.slice(2));
  for (const f of ['dist/cli.js', 'dist/server.js', 'dist/extension.js']) {
    if (!existsSync(join(REPO, f))) throw new Error(`${f} is missing: build first (node esbuild.mjs --production)`);
  }
  const started = Date.now();
  const before = machine();
  log(
    `isms bench (${p.quick ? 'quick' : 'full'}): sizes ${p.sizes.join(', ')}; ${before.cores} cores, ${before.cpu}, node ${process.version}, load ${String(before.loadAverage)}`,
  );
  const sizes: Record<number, SizeResult> = {};
  for (const size of p.sizes) sizes[size] = measureSize(size, p);
  log('bundles …');
  const bundles = await measureBundles(p);
  log('time to first diagnostics …');
  const firstDiagnostics = measureFirstDiagnostics(p);
  log('time to the first problem in a real VS Code …');
  const vscode = measureVSCode(p);
  const targetList = p.quick ? undefined : targets(sizes, bundles, firstDiagnostics, vscode);
  const result = {
    date: new Date().toISOString(),
    mode: p.quick ? 'quick' : 'full',
    today: TODAY,
    machine: { ...before, loadAverageAfter: os.loadavg().map((l) => Math.round(l * 100) / 100) },
    durationS: Math.round((Date.now() - started) / 1000),
    sizes,
    bundles,
    firstDiagnostics,
    vscode,
    ...(targetList ? { targets: targetList } : {}),
  };
  mkdirSync(join(REPO, 'bench', 'results'), { recursive: true });
  writeFileSync(join(REPO, 'bench', 'results', 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);
  const m = result.machine;
  console.log(`## ISMS Workbench benchmark (${result.mode})\n`);
  console.log(
    `${m.cores} cores, ${m.cpu}, ${m.memoryGb} GB, Node ${m.node}, ${m.os}; load average ${String(m.loadAverage)} → ${String(m.loadAverageAfter)}; ${result.durationS} s.\n`,
  );
  console.log(tables(sizes, bundles, targetList));
  console.log(firstDiagnosticsTable(firstDiagnostics));
  console.log(vscodeTable(vscode));
  console.log('\nJSON: bench/results/latest.json');
}

main().catch((e: unknown) => {
  log(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  process.exit(1);
});
