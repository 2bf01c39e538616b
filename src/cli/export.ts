/**
 * `isms export ics|review-pack`: the audit plan as iCalendar, the management review pack as Markdown or
 * HTML. A file is written as a new file: to a temporary file in the same folder, then linked (or, with
 * --force, renamed) into place, so a reader never sees half a file and an existing file is never
 * replaced by accident.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { calendarEvents, exportFileName, reviewPack, toICalendar } from '../core/export';
import type { ExportCommand } from './args';
import { relativePath } from './findings';
import type { CliIo } from './main';
import { InputError, loadWorkspaces } from './workspaces';

/** Writes `content` to `target`, which must not exist unless `force`; never leaves a partial file. */
export async function writeNewFile(target: string, content: string, force: boolean): Promise<void> {
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
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
      if (code === 'EEXIST') throw new InputError(`${target} exists; not overwritten (use --force to replace it)`);
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw e;
      // a file system without hard links: check, then rename (a small race, but still never a partial file)
      if (await fs.stat(target).then(() => true, () => false)) throw new InputError(`${target} exists; not overwritten (use --force to replace it)`);
      await fs.rename(tmp, target);
    }
  } finally {
    await fs.rm(tmp, { force: true });
  }
}

export async function exportCommand(cmd: ExportCommand, io: CliIo): Promise<number> {
  const today = cmd.today ?? io.today();
  const dir = cmd.dir ?? '.';
  const workspaces = await loadWorkspaces(io.cwd, dir);
  if (workspaces.length > 1) {
    throw new InputError(`${workspaces.length} ISMS folders found under ${dir} (${workspaces.map((w) => relativePath(io.cwd, w.root)).join(', ')}); point isms export at one of them`);
  }
  const [ws] = workspaces;
  const out = cmd.out ?? exportFileName(cmd.what, today);
  let content: string;
  let summary: string;
  if (cmd.what === 'ics') {
    content = toICalendar(ws, today);
    const n = calendarEvents(ws, today).length;
    summary = `${n} event${n === 1 ? '' : 's'}`;
  } else {
    const pack = reviewPack(ws, today);
    const html = /\.html?$/i.test(out);
    content = html ? pack.html : pack.markdown;
    summary = `management review pack as ${html ? 'HTML' : 'Markdown'}`;
  }
  if (out === '-') {
    io.stdout(content);
    return 0;
  }
  const target = path.resolve(io.cwd, out);
  await writeNewFile(target, content, cmd.force);
  io.stderr(`isms: wrote ${relativePath(io.cwd, target)} (${summary}, as of ${today})\n`);
  return 0;
}
