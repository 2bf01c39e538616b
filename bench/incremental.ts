/**
 * Incremental re-check, in process, through the core's public API — what the language server does on
 * every keystroke once the debounce has passed: `setFile` the edited text, then `check()`.
 *
 *   node out/bench/incremental.js <corpus-dir> <info.json> [edits] [record,register,body]
 *                                                             → one JSON line on stdout
 *
 * Three edits, each timed as setFile + check (and check alone):
 *   record    a Markdown corrective action: its `status:` and `updated:` change (one record, one file);
 *   register  one entry of the corrective-action register the most records refer to (~200 records
 *             re-parsed; the findings that name them are re-checked);
 *   body      a character typed in the free Markdown notes of an internal audit (no YAML changes);
 *   register2000  the same edit in a register of 2,000 corrective actions, made here from that register's
 *             entries (ids suffixed) and fed as an unsaved buffer (issue 20.3: ≤ 20 ms p95).
 * Each register scenario notes the 1-minute load average when it ended: the machine is shared.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { loadIsmsFolder, type IsmsWorkspace } from '../src/core';
import { entryChunks } from '../src/core/parse/recovery';
import { plusDays } from '../src/core/dates';
import { nodeFileHost } from '../src/node/fsHost';
import type { CorpusInfo } from './generate';
import { distribution, type Distribution } from './stats';

const TODAY = '2026-11-25';
const WARM_UP = 5;
const MIN_SAMPLES = 15;
/** per scenario */
const BUDGET_MS = 10_000;

export interface IncrementalResult {
  files: number;
  diagnostics: number;
  loadMs: number;
  firstCheckMs: number;
  record: Distribution & { checkP95: number };
  register: RegisterEdits;
  register2000: RegisterEdits;
  body: Distribution & { checkP95: number };
  heapUsedMb: number;
}

export type RegisterEdits = Distribution & { checkP95: number; recordsInFile: number; load: number };

/** The 1-minute load average, to note beside a time. */
const loadNow = (): number => Math.round(os.loadavg()[0] * 100) / 100;

/** A register of `size` entries made from the entries of `text` (ids suffixed so that none repeats). */
function biggerRegister(text: string, size: number): string {
  const chunks = entryChunks(text);
  const entries = chunks.map(([from, to]) => text.slice(from, to));
  const out = [text.slice(0, chunks[0][0])];
  for (let i = 0; i < size; i++) {
    const copy = Math.floor(i / entries.length);
    out.push(entries[i % entries.length].replace(/^(\s*- id: )(\S+)/m, `$1$2-R${copy}`));
  }
  const last = out[out.length - 1];
  return `${out.join('')}${last.endsWith('\n') ? '' : '\n'}`;
}

type Measure = (scenario: string, n: number, edit: (i: number) => { file: string; text: string }) => { total: number[]; check: number[] };

/** The last entry's `updated:` of a register changed `n` times: the times, the load when done, the register's size. */
function registerEdits(ws: IsmsWorkspace, measure: Measure, scenario: string, file: string, text: string, n: number): RegisterEdits {
  ws.check({ today: TODAY });
  const lastUpdated = text.lastIndexOf('    updated: ');
  const lineEnd = text.indexOf('\n', lastUpdated);
  const times = measure(scenario, n, (i) => ({
    file,
    text: `${text.slice(0, lastUpdated)}    updated: ${daysBefore(i % 28)}${text.slice(lineEnd)}`,
  }));
  const load = loadNow();
  const recordsInFile = ws.records().filter((r) => r.file === file && r.kind === 'corrective-action').length;
  return { ...distribution(times.total), checkP95: distribution(times.check).p95, recordsInFile, load };
}

/** A date `back` days before TODAY. */
const daysBefore = (back: number): string => plusDays(TODAY, -back);

async function main(): Promise<void> {
  const [root, infoPath, editsArg, onlyArg] = process.argv.slice(2);
  // a profile of one scenario (bench/profile.ts) runs only that one; the others report n = 0
  const only = new Set((onlyArg ?? 'record,register,register2000,body').split(','));
  const info = JSON.parse(readFileSync(infoPath, 'utf8')) as CorpusInfo;
  const edits = Number(editsArg ?? 200);

  let t = performance.now();
  const ws = await loadIsmsFolder(nodeFileHost, root);
  const loadMs = performance.now() - t;
  t = performance.now();
  const first = ws.check({ today: TODAY });
  const firstCheckMs = performance.now() - t;
  const diagnostics = first.all().length;

  /**
   * Applies `edit(i)` up to `n` times: total (setFile + check) and check-only times. Stops early (after
   * at least MIN_SAMPLES) once BUDGET_MS is spent, so that a slow engine cannot stretch the bench.
   */
  const measure = (
    scenario: string,
    n: number,
    edit: (i: number) => { file: string; text: string },
  ): { total: number[]; check: number[] } => {
    const total: number[] = [];
    const check: number[] = [];
    if (!only.has(scenario)) return { total, check };
    const started = performance.now();
    for (let i = 0; i < n + WARM_UP; i++) {
      if (total.length >= MIN_SAMPLES && performance.now() - started > BUDGET_MS) break;
      const { file, text } = edit(i);
      const t0 = performance.now();
      ws.setFile(file, text);
      const t1 = performance.now();
      ws.check({ today: TODAY });
      const t2 = performance.now();
      if (i >= WARM_UP) {
        total.push(t2 - t0);
        check.push(t2 - t1);
      }
    }
    return { total, check };
  };

  // one record: rotate over the Markdown corrective actions, as a user following up actions does
  const recordFiles = info.edits.records.map((f) => join(root, f));
  const recordTexts = recordFiles.map((f) => readFileSync(f, 'utf8'));
  const record = measure('record', edits, (i) => {
    const k = i % recordFiles.length;
    const status = i % 2 ? 'in-progress' : 'implemented';
    const text = recordTexts[k].replace(/^status: .*$/m, `status: ${status}`).replace(/^updated: .*$/m, `updated: ${daysBefore(i % 28)}`);
    return { file: recordFiles[k], text };
  });

  // one entry of a register that hundreds of records refer to; then the same in a register of 2,000
  // entries (an unsaved buffer, read whole by its first setFile and dropped after)
  const registerFile = join(root, info.edits.register);
  const registerText = readFileSync(registerFile, 'utf8');
  const samples = Math.max(MIN_SAMPLES, Math.round(edits / 5));
  const register = registerEdits(ws, measure, 'register', registerFile, registerText, samples);
  const bigFile = registerFile.replace(/\.yaml$/, '-2000.yaml');
  const grown = only.has('register2000');
  if (grown) ws.setFile(bigFile, biggerRegister(registerText, 2000));
  const register2000 = registerEdits(ws, measure, 'register2000', bigFile, ws.textOf(bigFile) ?? '', samples);
  if (grown) ws.deleteFile(bigFile);

  // typing in the notes of an audit: the YAML is unchanged
  const audit = ws.records('internal-audit').find((r) => r.file.endsWith('.md'))!.file;
  const auditText = readFileSync(audit, 'utf8');
  const body = measure('body', edits, (i) => ({ file: audit, text: `${auditText}${'x'.repeat(i + 1)}\n` }));

  const result: IncrementalResult = {
    files: ws.files().length,
    diagnostics,
    loadMs: Math.round(loadMs),
    firstCheckMs: Math.round(firstCheckMs),
    record: { ...distribution(record.total), checkP95: distribution(record.check).p95 },
    register,
    register2000,
    body: { ...distribution(body.total), checkP95: distribution(body.check).p95 },
    heapUsedMb: Math.round(process.memoryUsage().heapUsed / 1048576),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
