/**
 * The client's half of the start-up trace (issue 20.1): a timestamp at each step from `activate()` to the
 * first diagnostics the language client receives (activate, client bundle loaded, client start, initialize
 * answered, first diagnostics), written once as one line `isms: client startup trace {…}`. Only when the
 * environment variable ISMS_TRACE_STARTUP is set (the bench sets it to a file, where the line is appended;
 * any other value logs it to the extension host's console); off, a mark is one test.
 * Times are ms since the epoch (`performance.timeOrigin + performance.now()`), so that the bench puts them on
 * one clock with the browser's and the server's own trace (src/server/startupTrace.ts).
 *
 * Both client bundles (dist/extension.js and dist/languageClient.js) import this module: the trace lives on
 * `globalThis`, so that they share one.
 */
import { appendFileSync } from 'node:fs';
import { isAbsolute } from 'node:path';

/** What the line holds after its prefix. */
export interface ClientTraceLine {
  /** [step, ms since the epoch], in the order they happened */
  marks: [string, number][];
}

export const CLIENT_TRACE_PREFIX = 'isms: client startup trace ';

export class StartupTrace {
  private readonly marks: [string, number][] = [];
  private reported = false;

  /** `target`: the variable's value (undefined or '' = off); `write` gets the line once. */
  constructor(
    private readonly target: string | undefined,
    private readonly write: (target: string, line: string) => void,
    private readonly clock: () => number = () => performance.timeOrigin + performance.now(),
  ) {}

  get on(): boolean {
    return !!this.target;
  }

  /** Notes that a step happened now (only its first occurrence counts). */
  mark(step: string): void {
    if (!this.target || this.reported || this.marks.some(([s]) => s === step)) return;
    this.marks.push([step, Math.round(this.clock() * 10) / 10]);
  }

  /** Marks the last step and writes the trace, once; nothing when off or already written. */
  report(step: string): void {
    if (!this.target || this.reported) return;
    this.mark(step);
    this.reported = true;
    const line: ClientTraceLine = { marks: this.marks };
    this.write(this.target, `${CLIENT_TRACE_PREFIX}${JSON.stringify(line)}`);
  }
}

/** A path: append the line to that file; anything else: the extension host's console. */
export function writeTrace(target: string, line: string): void {
  if (isAbsolute(target)) appendFileSync(target, `${line}\n`);
  else console.log(line);
}

/** The traces in a text (one per start), oldest first; lines that are not a trace are skipped. */
export function parseClientTraces(text: string): ClientTraceLine[] {
  const out: ClientTraceLine[] = [];
  for (const line of text.split('\n')) {
    const at = line.indexOf(CLIENT_TRACE_PREFIX);
    if (at < 0) continue;
    try {
      const t = JSON.parse(line.slice(at + CLIENT_TRACE_PREFIX.length)) as ClientTraceLine;
      if (Array.isArray(t.marks) && t.marks.every((m) => Array.isArray(m) && typeof m[0] === 'string' && typeof m[1] === 'number'))
        out.push(t);
    } catch {
      /* a torn line: skipped */
    }
  }
  return out;
}

const KEY = Symbol.for('isms.clientStartupTrace');
interface Holder {
  [KEY]?: StartupTrace;
}

/** The process's trace, shared by both client bundles. */
export const startupTrace: StartupTrace = ((globalThis as Holder)[KEY] ??= new StartupTrace(process.env.ISMS_TRACE_STARTUP, writeTrace));
