/**
 * Where the time to the first diagnostics goes: a timestamp per start-up step (bundle loaded,
 * initialize, configuration, scan, check, publish), logged once as one line after the first publish.
 * Only when the environment variable ISMS_TRACE_STARTUP is set (the bench and the e2e kit set it); off,
 * `mark` is one boolean test. Times are ms since the Node process started (`performance.now()`), and
 * `timeOrigin` (ms since the epoch) lets a client that spawned the server add the time before Node ran.
 */
const enabled = !!process.env.ISMS_TRACE_STARTUP;
const marks: [string, number][] = [];
let reported = false;
/** What the entry point (main.ts, codeCache.ts) left for the trace: when it started, and what became of the code cache. */
const loader = globalThis as { ismsLoaderStart?: number; ismsCodeCache?: string };
if (enabled && loader.ismsLoaderStart !== undefined) marks.push(['loader start', Math.round(loader.ismsLoaderStart * 10) / 10]);
// imported first by server.ts: what comes after this in the bundle is the bundle's own load time
if (enabled) marks.push(['bundle start', Math.round(performance.now() * 10) / 10]);

/** Notes that a start-up step happened now (only its first occurrence counts). */
export function mark(step: string): void {
  if (!enabled || reported || marks.some(([s]) => s === step)) return;
  marks.push([step, Math.round(performance.now() * 10) / 10]);
}

export interface StartupTrace {
  /** performance.timeOrigin: when this Node process started, ms since the epoch */
  timeOrigin: number;
  /** [step, ms since the process started], in the order they happened */
  marks: [string, number][];
  /** CPU time (user + system) of the process until the report, ms: steadier than wall time on a busy machine */
  cpuMs: number;
  /** the V8 code cache at this start: used, made (none yet), refused (another V8, flags), off */
  codeCache?: string;
}

/** The trace once, after the first publish: `log` gets `isms: startup trace {json}`; nothing when off or already reported. */
export function reportStartup(log: (message: string) => void): void {
  if (!enabled || reported) return;
  reported = true;
  const cpu = process.cpuUsage();
  const trace: StartupTrace = {
    timeOrigin: performance.timeOrigin,
    marks,
    cpuMs: Math.round((cpu.user + cpu.system) / 100) / 10,
    codeCache: loader.ismsCodeCache,
  };
  log(`isms: startup trace ${JSON.stringify(trace)}`);
}
