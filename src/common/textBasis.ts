/**
 * A fingerprint of the text an edit was computed against. The server sends it with every edit of an
 * existing file; the client compares it with the file's current text (the open buffer, or the disk
 * for a closed file) and refuses a stale edit instead of applying its ranges to different text.
 * Line breaks are normalised (VS Code normalises a file's mixed breaks when it loads it) and a byte
 * order mark is ignored: neither moves an LSP position, so neither makes ranges stale.
 */
import { createHash } from 'node:crypto';

export function textBasis(text: string): string {
  return createHash('sha256')
    .update(text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n'))
    .digest('base64url');
}
