/**
 * Where an import writes and how: the first YAML register of the kind in the ISMS (holding such records
 * or marked `isms: <register>`), else a new `registers/<register>.yaml`; the records appended through the
 * comment-keeping edit of src/core/edit/, the file replaced whole or created new (never over a file that
 * appeared meanwhile). Shared by `isms import acknowledgements` and `isms import csv`.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { IsmsWorkspace, RecordKind } from '../../core';
import { appendRegisterRecords, applyTextEdits, EditError } from '../../core/edit';
import { MAX_FILE_BYTES, overByteLimit } from '../../core/limits';
import { REGISTER_KINDS } from '../../core/model/kinds';
import { writeNewFile } from '../export';
import { terminalLine, type CliIo } from '../io';
import { InputError } from '../workspaces';

export interface RegisterTarget {
  file: string;
  exists: boolean;
}

/** The register name of a kind (`risk` → `risks`), from REGISTER_KINDS. */
export function registerName(kind: RecordKind): string | undefined {
  return Object.keys(REGISTER_KINDS).find((name) => REGISTER_KINDS[name] === kind);
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The register to append records of `kind` to: the first YAML file holding them or marked `isms: <register>`; else a new one. */
export async function registerFile(ws: IsmsWorkspace, kind: RecordKind): Promise<RegisterTarget> {
  const name = registerName(kind) ?? kind;
  const mark = new RegExp(`^isms:[ \\t]*["']?${escape(name)}["']?[ \\t]*(?:#.*)?$`, 'm');
  const yaml = (f: string): boolean => /\.ya?ml$/i.test(f);
  const held = ws.records(kind).find((r) => yaml(r.file));
  if (held) return { file: held.file, exists: true };
  const marked = ws.files().find((f) => yaml(f) && mark.test(ws.textOf(f) ?? ''));
  if (marked) return { file: marked, exists: true };
  const registers = path.join(ws.root, 'registers');
  const folder = await fs.stat(registers).then(
    (s) => s.isDirectory(),
    () => false,
  );
  return { file: path.join(folder ? registers : ws.root, `${name}.yaml`), exists: false };
}

/**
 * Appends the records to the target, one edit: a new file starts from `newRegister` (its `isms:` line
 * and a `records:` key), an existing one is replaced whole; nothing is written when the edit fails.
 */
export async function writeRegister(
  target: RegisterTarget,
  records: readonly Record<string, unknown>[],
  newRegister: string,
): Promise<void> {
  const before = target.exists ? await fs.readFile(target.file, 'utf8') : newRegister;
  let after: string;
  try {
    after = applyTextEdits(before, appendRegisterRecords(before, records));
  } catch (e) {
    if (e instanceof EditError) throw new InputError(`${target.file}: ${e.message}`);
    throw e;
  }
  if (overByteLimit(after, MAX_FILE_BYTES)) {
    throw new InputError(
      `${target.file} would pass ${MAX_FILE_BYTES / 1024 / 1024} MB, the largest file the checks read; start a second register`,
    );
  }
  if (!target.exists) await fs.mkdir(path.dirname(target.file), { recursive: true });
  await writeNewFile(target.file, after, target.exists);
}

/** A larger CSV is refused: a register exported from a spreadsheet is far smaller. */
export const MAX_CSV_BYTES = 20 * 1024 * 1024;

/** The text of the CSV file named on the command line, or an InputError. */
export async function readCsvFile(cwd: string, file: string): Promise<{ path: string; text: string }> {
  const csvPath = path.resolve(cwd, file);
  const stat = await fs.stat(csvPath).catch(() => undefined);
  if (!stat?.isFile()) throw new InputError(`no such file: ${file}`);
  if (stat.size > MAX_CSV_BYTES) throw new InputError(`${file} is larger than ${MAX_CSV_BYTES / 1024 / 1024} MB`);
  return { path: csvPath, text: await fs.readFile(csvPath, 'utf8') };
}

/** The bad rows on standard error, each `file:line: message`, and that nothing was written. */
export function reportBadRows(
  io: CliIo,
  csvName: string,
  bad: readonly { line: number; message: string }[],
  written = 'nothing written',
): void {
  const lines = bad.map((b) => terminalLine(`${csvName}:${b.line}: ${b.message}`));
  io.stderr(`${lines.join('\n')}\nisms: ${bad.length} bad row${bad.length === 1 ? '' : 's'}; ${written}\n`);
}
