/**
 * `isms export ics|review-pack|csv`: the audit plan as iCalendar, the management review pack as Markdown or
 * HTML, a register kind as CSV (./exportCsv.ts). A file is written as a new file: to a temporary file in
 * the same folder, then linked (or, with --force, renamed) into place, so a reader never sees half a file and an existing file is never
 * replaced by accident.
 */
import { randomBytes } from 'node:crypto';
import { constants as fsConstants, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { calendarEvents, exportFileName, reviewPack, toICalendar } from '../core/export';
import type { ExportCommand } from './args';
import { relativePath, terminalLine, type CliIo } from './io';
import { exportCsv } from './exportCsv';
import { InputError, loadOneWorkspace } from './workspaces';

/**
 * Writes `content` to `target`, which must not exist unless `force`; never leaves a partial file. An
 * existing character device or FIFO (`/dev/stdout` on a terminal or a pipe, `/dev/null`) is written
 * into, as a shell's `>` would; a regular file behind it still is never overwritten without `force`.
 */
export async function writeNewFile(target: string, content: string, force: boolean): Promise<void> {
  if (await isStream(target)) {
    await writeStream(target, content, force);
    return;
  }
  // a short temporary name of its own: `.<name>.tmp` would pass the 255-byte limit of a long valid name
  const tmp = path.join(path.dirname(target), `.isms-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  await fs.writeFile(tmp, content, { flag: 'wx' });
  try {
    if (force) {
      await fs.rename(tmp, target);
      return;
    }
    try {
      // link() fails with EEXIST instead of replacing: the existence check and the write are one step
      await fs.link(tmp, target);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw exists(target);
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw e;
      // a file system without hard links: check, then rename (a small race, but still never a partial file)
      if (
        await fs.stat(target).then(
          () => true,
          () => false,
        )
      )
        throw exists(target);
      await fs.rename(tmp, target);
    }
  } finally {
    await fs.rm(tmp, { force: true });
  }
}

const exists = (target: string, hint = ''): InputError =>
  new InputError(`${target} exists; not overwritten (use --force to replace it${hint})`);

/** Is `target` (after links) a character device, a FIFO or a socket: a stream to write into, not a file to replace? */
async function isStream(target: string): Promise<boolean> {
  const stat = await fs.stat(target).catch(() => undefined);
  return stat !== undefined && (stat.isCharacterDevice() || stat.isFIFO() || stat.isSocket());
}

/**
 * Writes into a device or FIFO, opened without O_CREAT or O_TRUNC; if what was opened turns out to be a
 * regular file (the path changed since it was looked at), nothing is written unless `force`.
 */
async function writeStream(target: string, content: string, force: boolean): Promise<void> {
  const handle = await fs.open(target, fsConstants.O_WRONLY | fsConstants.O_APPEND);
  try {
    const stat = await handle.stat();
    if (stat.isFile() && !force) throw exists(target, ', or --out - for standard output');
    if (stat.isFile()) await handle.truncate(0);
    await handle.writeFile(content);
  } finally {
    await handle.close();
  }
}

/**
 * The names of the standard streams: written through the process's own stream (a pipe from a CI step
 * can be a socket, which has no path to open), as `-` is.
 */
const STANDARD_STREAMS: ReadonlyMap<string, 'stdout' | 'stderr'> = new Map([
  ['/dev/stdout', 'stdout'],
  ['/dev/fd/1', 'stdout'],
  ['/proc/self/fd/1', 'stdout'],
  ['/dev/stderr', 'stderr'],
  ['/dev/fd/2', 'stderr'],
  ['/proc/self/fd/2', 'stderr'],
]);

export async function exportCommand(cmd: ExportCommand, io: CliIo): Promise<number> {
  const today = cmd.today ?? io.today();
  const dir = cmd.dir ?? '.';
  const ws = await loadOneWorkspace(io.cwd, dir, 'isms export');
  const csv = cmd.what === 'csv' ? exportCsv(ws, cmd.kind ?? '') : undefined;
  const out = cmd.out ?? (cmd.what === 'csv' ? (csv?.fileName ?? '') : exportFileName(cmd.what, today));
  let content: string;
  let summary: string;
  if (csv) {
    content = csv.content;
    summary = csv.summary;
  } else if (cmd.what === 'ics') {
    content = toICalendar(ws, today);
    const n = calendarEvents(ws, today).length;
    summary = `${n} event${n === 1 ? '' : 's'}`;
  } else {
    const pack = reviewPack(ws, today);
    const html = /\.html?$/i.test(out);
    content = html ? pack.html : pack.markdown;
    summary = `management review pack as ${html ? 'HTML' : 'Markdown'}`;
  }
  const target = path.resolve(io.cwd, out);
  const stream = out === '-' ? 'stdout' : STANDARD_STREAMS.get(target);
  if (stream) {
    io[stream](content);
    return 0;
  }
  await writeNewFile(target, content, cmd.force);
  io.stderr(`${terminalLine(`isms: wrote ${relativePath(io.cwd, target)} (${summary}, as of ${today})`)}\n`);
  return 0;
}
