/**
 * A large ISMS is read and parsed in worker threads: parsing the YAML is most of a cold `isms check`, and
 * it is file by file, so each worker reads and parses a share of the files (the core's `readRecordFile`
 * and `parseFile`) and posts back the parses, which the main thread indexes in path order as they come
 * in (src/core/scan.ts). Below a number of files it stays on one thread: starting a worker (loading this
 * bundle once more) costs more than a small ISMS takes to parse.
 *
 * The worker is this same bundle (dist/cli.js) started with `workerData.ismsParseWorker`, so the npm
 * package of the CLI (one file) carries it.
 */
import { availableParallelism, loadavg } from 'node:os';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { parseFile, readRecordFile, ScanScope, type FileBatchReader, type FileRead, type IsmsRecord, type Range } from '../core';
import { nodeFileHost } from '../node/fsHost';

/**
 * Below this many record files, one thread. A worker's start-up (its isolate loads this bundle and compiles
 * `yaml` again) and taking its parses back cost more than the parse it takes over on smaller ISMSs: on an
 * idle 2-core machine the worker path was 1.09× slower than one thread at 1,407 files and 0.89× (faster)
 * at 6,933 (npm run bench, 2026-11-26), so it breaks even near 4,000; docs/performance.md has the runs.
 */
export const DEFAULT_MIN_FILES = 4000;
/** More workers than this only compete for memory bandwidth and the main thread's time to take their results. */
const MAX_WORKERS = 4;
/** Files per message: large enough that posting is cheap, small enough that work is shared evenly. */
const CHUNK_FILES = 32;

export interface ParallelReadOptions {
  /** the script a worker runs: this bundle */
  script: string;
  workers: number;
  /** the fewest record files worth starting workers for */
  minFiles: number;
}

/** A worker's start: what it needs to read files as the main thread would. */
interface WorkerStart {
  ismsParseWorker: true;
  root: string;
  realRoot: string;
}

interface Chunk {
  id: number;
  files: string[];
}

interface ChunkDone {
  id: number;
  /** the chunk's FileReads as JSON (see toJson): parsed by V8's JSON parser in about half the time of a structured clone */
  json: string;
}

/**
 * The options from the environment: `ISMS_PARSE_WORKERS` (0: one thread) and `ISMS_PARSE_MIN_FILES`
 * (default DEFAULT_MIN_FILES); undefined when the check stays on one thread. By default, one worker per
 * core beside the main thread (which parses too), at most four — a fixed number, not sized by the load.
 * The load average only vetoes: when it already fills every core, a worker adds its start-up and the
 * posting of its parses and gains nothing (docs/performance.md: +20–35 % CPU and no shorter wall time at
 * every size measured under load). Which path runs never changes the output.
 */
export function parallelReadOptions(
  env: Readonly<Record<string, string | undefined>>,
  script: string,
  machine = { cores: availableParallelism(), load: loadavg()[0] },
): ParallelReadOptions | undefined {
  const count = (name: string): number | undefined => {
    const v = env[name];
    return v !== undefined && /^\d+$/.test(v.trim()) ? Number(v.trim()) : undefined;
  };
  const busy = machine.load >= machine.cores;
  const workers = count('ISMS_PARSE_WORKERS') ?? (busy ? 0 : Math.min(machine.cores - 1, MAX_WORKERS));
  if (workers < 1) return undefined;
  return { script, workers, minFiles: count('ISMS_PARSE_MIN_FILES') ?? DEFAULT_MIN_FILES };
}

/** The core's FileBatchReader over a pool of worker threads; a worker that fails has its files read here instead. */
export function workerReader(options: ParallelReadOptions): FileBatchReader {
  return async (files, scope, done) => {
    if (files.length < options.minFiles) return false;
    const chunks: Chunk[] = [];
    for (let i = 0; i < files.length; i += CHUNK_FILES) chunks.push({ id: i, files: files.slice(i, i + CHUNK_FILES) });
    const start: WorkerStart = { ismsParseWorker: true, root: scope.root, realRoot: scope.realRoot };
    const count = Math.min(options.workers, Math.ceil(chunks.length / 2));
    const local = new ScanScope(nodeFileHost, scope.root, scope.realRoot);
    const leftOver: Chunk[] = [];
    const readHere = async (chunk: Chunk): Promise<void> => {
      const reads = await Promise.all(chunk.files.map((f) => readParsed(f, local)));
      reads.forEach((read, j) => done(chunk.id + j, read));
    };
    // the main thread parses too, a chunk at a time, taking the workers' results between files
    const here = async (): Promise<void> => {
      for (let chunk = chunks.shift(); chunk; chunk = chunks.shift()) await readHere(chunk);
    };
    await Promise.all([...Array.from({ length: count }, () => runWorker(options.script, start, chunks, done, leftOver)), here()]);
    // whatever a failed worker did not return is read and parsed here, as on one thread
    for (const chunk of leftOver) await readHere(chunk);
    return true;
  };
}

/** One worker taking chunks from the shared queue until it is empty: two in hand, so it never waits for the main thread. */
function runWorker(
  script: string,
  start: WorkerStart,
  queue: Chunk[],
  done: (index: number, read: FileRead) => void,
  leftOver: Chunk[],
): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: start });
    const inHand = new Map<number, Chunk>();
    let finished = false;
    const finish = (): void => {
      if (finished) return;
      finished = true;
      leftOver.push(...inHand.values());
      inHand.clear();
      void worker.terminate();
      resolve();
    };
    const give = (): void => {
      const chunk = queue.shift();
      if (!chunk) return;
      inHand.set(chunk.id, chunk);
      worker.postMessage(chunk);
    };
    worker.on('message', (m: ChunkDone) => {
      inHand.delete(m.id);
      try {
        fromJson(m.json).forEach((read, j) => done(m.id + j, read));
      } catch (e) {
        // indexing failed here, not in the worker: the check fails as it would on one thread
        finished = true;
        void worker.terminate();
        reject(e instanceof Error ? e : new Error(String(e)));
        return;
      }
      give();
      if (inHand.size === 0) finish();
    });
    worker.on('error', finish);
    worker.on('exit', finish);
    give();
    give();
    if (inHand.size === 0) finish();
  });
}

/** In a worker thread started by workerReader: true when this thread is one, and it now answers chunks. */
export function runParseWorker(): boolean {
  const start = workerData as Partial<WorkerStart> | null;
  if (!parentPort || !start?.ismsParseWorker || !start.root || !start.realRoot) return false;
  const port = parentPort;
  const scope = new ScanScope(nodeFileHost, start.root, start.realRoot);
  port.on('message', (chunk: Chunk) => {
    void Promise.all(chunk.files.map((f) => readParsed(f, scope))).then((reads) => {
      let json: string;
      try {
        json = toJson(reads);
      } catch {
        // nothing known does this: the main thread parses the texts itself
        json = JSON.stringify(reads.map((r) => ('text' in r ? { text: r.text } : r)));
      }
      port.postMessage({ id: chunk.id, json } satisfies ChunkDone);
    });
  });
  return true;
}

async function readParsed(file: string, scope: ScanScope): Promise<FileRead> {
  const read = await readRecordFile(nodeFileHost, file, () => scope);
  if (!('text' in read)) return read;
  const parsed = parseFile(file, read.text);
  // a configuration (isms.yaml's `isms: config`) keeps YAML nodes and a function, which cannot be posted: parsed by the main thread
  return parsed.config ? { text: read.text } : { text: read.text, parsed };
}

// ── the parses as JSON ───────────────────────────────────────────────────────
// A record is plain data but for its `sections` (a Map), its `blankSections` (a Set), an `id` that may be
// present as undefined, and `fields`, `items` (and a register header's `data`) that have no prototype, so
// that a key such as `constructor` is a field like any other; those are carried over. Its `data` is
// YAML's, where a number may be NaN, ±Infinity or -0, which JSON does not keep: a file whose data JSON
// would change is sent as text only, and parsed by the main thread.

type JsonRecord = Omit<IsmsRecord, 'sections' | 'blankSections'> & {
  sections?: [string, Range][] | ReadonlyMap<string, Range>;
  blankSections?: string[] | ReadonlySet<string>;
  /** its `data` has no prototype (a register header's) */
  bareData?: true;
  /** its own keys whose value is undefined (a record's `id` when it has none), which JSON leaves out */
  undefinedKeys?: string[];
};

const bare = <T extends object>(o: T): T => Object.assign(Object.create(null) as T, o);

const MAX_DEPTH = 64;

export function toJson(reads: FileRead[]): string {
  const out = reads.map((read): FileRead => {
    if (!('parsed' in read) || !read.parsed) return read;
    const records = [...read.parsed.records, ...(read.parsed.register ? [read.parsed.register] : [])];
    if (!records.every((r) => Object.values(r.data).every((v) => jsonSafe(v)))) return { text: read.text };
    for (const rec of records as JsonRecord[]) {
      if (Object.getPrototypeOf(rec.data) === null) rec.bareData = true;
      const undefinedKeys = Object.keys(rec).filter((k) => rec[k as keyof JsonRecord] === undefined);
      if (undefinedKeys.length) rec.undefinedKeys = undefinedKeys;
      if (rec.sections instanceof Map) rec.sections = [...rec.sections];
      if (rec.blankSections instanceof Set) rec.blankSections = [...rec.blankSections];
    }
    return read;
  });
  return JSON.stringify(out);
}

export function fromJson(json: string): FileRead[] {
  const reads = JSON.parse(json) as FileRead[];
  for (const read of reads) {
    if (!('parsed' in read) || !read.parsed) continue;
    for (const rec of [...read.parsed.records, ...(read.parsed.register ? [read.parsed.register] : [])] as JsonRecord[]) {
      for (const key of rec.undefinedKeys ?? []) Object.assign(rec, { [key]: undefined });
      delete rec.undefinedKeys;
      rec.fields = bare(rec.fields);
      rec.items = bare(rec.items);
      if (rec.bareData) rec.data = bare(rec.data);
      delete rec.bareData;
      if (Array.isArray(rec.sections)) rec.sections = new Map(rec.sections);
      if (Array.isArray(rec.blankSections)) rec.blankSections = new Set(rec.blankSections);
    }
  }
  return reads;
}

/**
 * The value comes back from JSON as it is: strings, booleans, null, finite numbers (not -0), plain arrays
 * and objects, nested at most MAX_DEPTH deep (a recursive YAML alias makes a cycle, which JSON refuses).
 */
function jsonSafe(value: unknown, depth = 0): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0);
    case 'object':
      if (value === null) return true;
      if (depth >= MAX_DEPTH) return false;
      if (Array.isArray(value)) return value.every((v) => jsonSafe(v, depth + 1));
      return Object.getPrototypeOf(value) === Object.prototype && Object.values(value).every((v) => jsonSafe(v, depth + 1));
    default:
      return false;
  }
}
