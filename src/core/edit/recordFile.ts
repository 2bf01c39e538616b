/**
 * New Markdown record files: the text (front matter + body) and a file name that is safe on every
 * platform the team may clone to — no path separators or `..`, no Windows device names, bounded length,
 * never the name of a file already there.
 */
import { renderBlockLines } from './render';

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
const MAX_NAME = 80;

/** The text of a new record file: `isms: <kind>` first, then the record's fields, then the body. */
export function newRecordFile(kind: string, record: Readonly<Record<string, unknown>>, body?: string, eol: '\n' | '\r\n' = '\n'): string {
  const { isms: _ignored, ...fields } = record;
  const lines = ['---', ...renderBlockLines({ isms: kind, ...fields }), '---'];
  const title = typeof record.title === 'string' && record.title.trim() !== '' ? record.title.trim() : typeof record.id === 'string' ? record.id : kind;
  const text = body ?? `# ${title.replace(/[\r\n]+/g, ' ')}\n`;
  return (lines.join('\n') + '\n' + (text.startsWith('\n') ? text : '\n' + text)).replace(/\r?\n/g, eol);
}

/**
 * `<id>.md` made safe: only letters, digits, `.`, `_` and `-` (other characters become `-`), no leading dot,
 * not a Windows device name, at most 80 characters, and `-2`, `-3`… when the name is taken. Names are
 * compared without case, as Windows and macOS do.
 */
export function safeRecordFileName(id: string, existingNames: Iterable<string>, extension = '.md'): string {
  let stem = id
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[.\-]+|[.\- ]+$/g, '');
  if (stem === '') stem = 'record';
  if (WINDOWS_RESERVED.test(stem.split('.')[0])) stem = `record-${stem}`;
  const taken = new Set([...existingNames].map((n) => n.toLowerCase()));
  const fit = (s: string, suffix: string): string => {
    const room = MAX_NAME - extension.length - suffix.length;
    return [...s].slice(0, room).join('').replace(/[.\- ]+$/g, '') + suffix + extension;
  };
  let name = fit(stem, '');
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = fit(stem, `-${n}`);
  return name;
}
