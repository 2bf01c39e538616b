/**
 * Where the time goes: runs the CLI (cold check) or the incremental benchmark under `node --cpu-prof`
 * and prints the hot spots — self and inclusive time per function, mapped through the bundle's source
 * map to the TypeScript source (build without --production so that dist/cli.js.map exists).
 *
 *   node out/bench/profile.js [cold|incremental] [N] [--top 25] [--json]
 *                             [--only record|register|register2000|body] [--within <function>]
 *
 * --only runs one incremental scenario; --within counts only the samples with that function on the
 * stack (e.g. `--within measure`: the edits, not the initial load).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = join(__dirname, '..', '..');

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface HotSpot {
  function: string;
  /** source file:line (through the source map when there is one) */
  location: string;
  selfMs: number;
  selfShare: number;
  totalMs: number;
  totalShare: number;
}

export interface ProfileSummary {
  scenario: string;
  totalMs: number;
  functions: HotSpot[];
  /** self time by source file or package */
  files: { file: string; selfMs: number; share: number }[];
}

/** Resolves bundle positions to sources, one SourceMap per bundle. */
class Locator {
  private readonly maps = new Map<string, SourceMap | undefined>();

  locate(frame: CallFrame): { file: string; line: number } {
    if (!frame.url) return { file: `(${frame.functionName || 'native'})`, line: 0 };
    const path = frame.url.startsWith('file:') ? fileURLToPath(frame.url) : frame.url;
    let map = this.maps.get(path);
    if (!this.maps.has(path)) {
      // a production build writes no map; a map left by an earlier build would point anywhere
      const usable = existsSync(`${path}.map`) && statSync(`${path}.map`).mtimeMs >= statSync(path).mtimeMs - 5000;
      map = usable ? new SourceMap(JSON.parse(readFileSync(`${path}.map`, 'utf8')) as SourceMapPayload) : undefined;
      this.maps.set(path, map);
    }
    const entry = map?.findEntry(frame.lineNumber, frame.columnNumber) as { originalSource?: string; originalLine?: number } | undefined;
    if (entry?.originalSource) {
      const source = entry.originalSource.startsWith('file:')
        ? fileURLToPath(entry.originalSource)
        : join(path, '..', entry.originalSource);
      return { file: relative(REPO, source), line: (entry.originalLine ?? 0) + 1 };
    }
    return { file: path.startsWith('node:') ? path : relative(REPO, path), line: frame.lineNumber + 1 };
  }
}

/** A source file → the unit a reader thinks in: a package under node_modules, else the file. */
function unitOf(file: string): string {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  return m ? `node_modules/${m[1]}` : file;
}

export function summarise(profile: CpuProfile, scenario: string, top = 25, within?: string): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const locator = new Locator();
  const keyOf = new Map<number, string>();
  const where = new Map<string, { fn: string; location: string; file: string }>();
  for (const n of profile.nodes) {
    const { file, line } = locator.locate(n.callFrame);
    const fn = n.callFrame.functionName || '(anonymous)';
    const key = `${fn}@${file}:${line}`;
    keyOf.set(n.id, key);
    where.set(key, { fn, location: `${file}:${line}`, file });
  }
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const fileSelf = new Map<string, number>();
  let all = 0;
  const inside = (id: number): boolean => {
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n))
      if (byId.get(n)?.callFrame.functionName === within) return true;
    return false;
  };
  profile.samples.forEach((id, i) => {
    if (within !== undefined && !inside(id)) return;
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    all += dt;
    const key = keyOf.get(id)!;
    self.set(key, (self.get(key) ?? 0) + dt);
    const unit = unitOf(where.get(key)!.file);
    fileSelf.set(unit, (fileSelf.get(unit) ?? 0) + dt);
    // inclusive: every function on the stack once, however often it recurses
    const seen = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const k = keyOf.get(n)!;
      if (seen.has(k) || !byId.has(n)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + dt);
    }
  });
  const round = (x: number): number => Math.round(x * 10) / 10;
  const share = (x: number): number => Math.round((x / all) * 1000) / 10;
  const functions = [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, ms]) => ({
      function: where.get(k)!.fn,
      location: where.get(k)!.location,
      selfMs: round(ms),
      selfShare: share(ms),
      totalMs: round(total.get(k) ?? 0),
      totalShare: share(total.get(k) ?? 0),
    }));
  const files = [...fileSelf.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([file, ms]) => ({ file, selfMs: round(ms), share: share(ms) }));
  return { scenario, totalMs: round(all), functions, files };
}

/** Inclusive time of the engine's own functions (src/…), the view that says which step is slow. */
export function inclusive(profile: CpuProfile, top = 25, within?: string): HotSpot[] {
  const s = summarise(profile, '', 100_000, within);
  return s.functions
    .filter((f) => f.location.startsWith('src/'))
    .sort((a, b) => b.totalMs - a.totalMs)
    .slice(0, top);
}

function runProfiled(scenario: string, size: number, only?: string): CpuProfile {
  const dir = mkdtempSync(join(tmpdir(), 'isms-prof-'));
  const corpus = join(REPO, 'bench', 'corpus', String(size));
  const args =
    scenario === 'incremental'
      ? [join(REPO, 'out', 'bench', 'incremental.js'), corpus, `${corpus}.json`, '200', ...(only ? [only] : [])]
      : [join(REPO, 'dist', 'cli.js'), 'check', corpus, '--today', '2026-11-25', '--format', 'json', '--fail-on', 'never'];
  const r = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, ...args], {
    stdio: ['ignore', 'ignore', 'inherit'],
    maxBuffer: 1 << 30,
  });
  if (r.status !== 0) throw new Error(`profiled run failed with exit code ${r.status}`);
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error('no .cpuprofile written');
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
  rmSync(dir, { recursive: true, force: true });
  return profile;
}

// run as a script (not when bundled into run.js, which imports the functions above)
if (/profile\.js$/.test(process.argv[1] ?? '')) {
  const args = process.argv.slice(2);
  const positional = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  const scenario = positional.find((a) => a === 'cold' || a === 'incremental') ?? 'cold';
  const size = Number(positional.find((a) => /^\d+$/.test(a)) ?? 10000);
  const topAt = args.indexOf('--top');
  const top = topAt >= 0 ? Number(args[topAt + 1]) : 25;
  const option = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const only = option('--only');
  const within = option('--within');
  if (!existsSync(join(REPO, 'dist', 'cli.js.map')))
    console.error('note: dist/cli.js.map is missing (production build?); run `node esbuild.mjs` for source locations');
  const profile = runProfiled(scenario, size, only);
  const label = `${scenario}${only ? ` (${only})` : ''} ${size}${within ? `, within ${within}()` : ''}`;
  const summary = summarise(profile, label, top, within);
  const engine = inclusive(profile, top, within);
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ ...summary, inclusive: engine }, null, 2)}\n`);
  } else {
    console.log(`# CPU profile: ${summary.scenario} (${summary.totalMs} ms sampled)\n`);
    console.log('## Self time by function\n\n| function | source | self ms | self % | total % |\n| --- | --- | ---: | ---: | ---: |');
    for (const f of summary.functions) console.log(`| ${f.function} | ${f.location} | ${f.selfMs} | ${f.selfShare} | ${f.totalShare} |`);
    console.log('\n## Self time by file or package\n\n| file | self ms | % |\n| --- | ---: | ---: |');
    for (const f of summary.files) console.log(`| ${f.file} | ${f.selfMs} | ${f.share} |`);
    console.log(
      '\n## Inclusive time of engine functions\n\n| function | source | total ms | total % | self % |\n| --- | --- | ---: | ---: | ---: |',
    );
    for (const f of engine) console.log(`| ${f.function} | ${f.location} | ${f.totalMs} | ${f.totalShare} | ${f.selfShare} |`);
  }
}
