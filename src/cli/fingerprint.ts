/**
 * Fingerprints of findings, shared by the GitLab Code Quality report and SARIF `partialFingerprints`: a
 * finding keeps its fingerprint from run to run and when lines are inserted above it or other files
 * change, so that GitLab and code scanning see the same problem rather than one fixed and one new.
 *
 * A fingerprint is a hash of the rule's code, the file (relative to the working folder), the record the
 * finding sits in (kind and id) and the text it points at (its range on its first line, whitespace
 * collapsed; the whole line when that is empty). Never the line number, and never the message, which may
 * count days and so changes every day. Two findings with the same key in one file (the same rule on two
 * identical lines) get an ordinal: the first keeps the plain hash, the next ones `#2`, `#3`… in file order.
 */
import { createHash } from 'node:crypto';
import type { Diagnostic, IsmsWorkspace } from '../core';
import type { Finding } from './findings';

/** A finding with what identifies it apart from its position (see anchorReader). */
export interface AnchoredFinding extends Finding {
  anchor: string;
}

export interface FingerprintedFinding extends Finding {
  fingerprint: string;
}

const LINE_BREAK = /\r\n|\r|\n/;

/** For one workspace: the anchor of a diagnostic, its record and the text it points at. */
export function anchorReader(ws: IsmsWorkspace): (d: Diagnostic) => string {
  const lines = new Map<string, string[]>();
  return (d) => {
    let fileLines = lines.get(d.file);
    if (!fileLines) {
      fileLines = (ws.textOf(d.file) ?? '').split(LINE_BREAK);
      lines.set(d.file, fileLines);
    }
    const { start, end } = d.range;
    const line = fileLines[start.line] ?? '';
    const pointed = end.line === start.line ? line.slice(start.character, end.character) : line.slice(start.character);
    const text = collapse(pointed) || collapse(line);
    const rec = ws.recordAt(d.file, start);
    const record = rec?.id !== undefined ? `${rec.kind}:${rec.id}` : '';
    return `${record}\n${text}`;
  };
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

const hash = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex').slice(0, 32);

/** Each finding's fingerprint, in the order given (the CLI's fixed order, so that ordinals are stable). */
export function fingerprintFindings<T extends AnchoredFinding>(findings: readonly T[]): (T & FingerprintedFinding)[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const base = hash(['ismsFingerprint/v1', f.code, f.file, f.anchor].join('\0'));
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { ...f, fingerprint: n === 1 ? base : hash(`${base}#${n}`) };
  });
}
