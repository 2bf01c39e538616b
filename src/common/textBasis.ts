/**
 * A fingerprint of the text an edit was computed against. The server sends it with every edit of an
 * existing file; the client compares it with the file's current text (the open buffer, or the disk
 * for a closed file) and refuses a stale edit instead of applying its ranges to different text.
 *
 * It hashes the text's lines as the shared line-break model (src/core/parse/positions.ts) splits them,
 * so two texts get the same fingerprint exactly when every LSP position names the same character in
 * both: which break ends a line (VS Code turns a file's mixed breaks into one kind when it loads it) and
 * a leading byte order mark (VS Code strips it) move no position; everything else, a lone CR included,
 * does and is kept.
 */
import { createHash } from 'node:crypto';
import { splitLines } from '../core/parse/positions';

export function textBasis(text: string): string {
  return createHash('sha256')
    .update(splitLines(text.replace(/^\ufeff/, '')).join('\n'))
    .digest('base64url');
}
