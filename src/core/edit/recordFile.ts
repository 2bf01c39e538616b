/**
 * New Markdown record files: the text (front matter + body) and a file name that is safe on every
 * platform the team may clone to — no path separators or `..`, no Windows device names, bounded length,
 * never the name of a file already there.
 */
import { renderBlockLines } from './render';

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
/** Characters of a new file name, for people to read; and its UTF-8 bytes, for file systems. */
const MAX_NAME = 80;
/**
 * 255 bytes is the limit of ext4, APFS and most others (ENAMETOOLONG beyond); the whole name, extension
 * and `-2` included, stays 64 bytes under it so that an editor's temporary or backup name still fits.
 */
export const MAX_NAME_BYTES = 255 - 64;

/** The text of a new record file: `isms: <kind>` first, then the record's fields, then the body. */
export function newRecordFile(kind: string, record: Readonly<Record<string, unknown>>, body?: string, eol: '\n' | '\r\n' = '\n'): string {
  const { isms: _ignored, ...fields } = record;
  const lines = ['---', ...renderBlockLines({ isms: kind, ...fields }), '---'];
  const title =
    typeof record.title === 'string' && record.title.trim() !== '' ? record.title.trim() : typeof record.id === 'string' ? record.id : kind;
  const text = body ?? `# ${title.replace(/[\r\n]+/g, ' ')}\n`;
  return (lines.join('\n') + '\n' + (text.startsWith('\n') ? text : '\n' + text)).replace(/\r?\n/g, eol);
}

/**
 * `<id>.md` made safe: only letters, digits, `.`, `_` and `-` (other characters become `-`), no leading dot,
 * not a Windows device name, at most 80 characters and MAX_NAME_BYTES UTF-8 bytes (the extension and the
 * suffix included), and `-2`, `-3`… when the name is taken. Names are compared without case, as Windows
 * and macOS do.
 */
export function safeRecordFileName(id: string, existingNames: Iterable<string>, extension = '.md'): string {
  let stem = id
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[.-]+|[.\- ]+$/g, '');
  if (stem === '') stem = 'record';
  if (WINDOWS_RESERVED.test(stem.split('.')[0])) stem = `record-${stem}`;
  const taken = new Set([...existingNames].map((n) => n.toLowerCase()));
  const fit = (s: string, suffix: string): string => {
    const room = MAX_NAME - [...extension].length - suffix.length;
    let bytes = utf8Length(extension) + suffix.length;
    let kept = '';
    for (const ch of [...s].slice(0, room)) {
      bytes += utf8Length(ch);
      if (bytes > MAX_NAME_BYTES) break;
      kept += ch;
    }
    return kept.replace(/[.\- ]+$/g, '') + suffix + extension;
  };
  let name = fit(stem, '');
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = fit(stem, `-${n}`);
  return name;
}

const utf8Length = (s: string): number => new TextEncoder().encode(s).length;
