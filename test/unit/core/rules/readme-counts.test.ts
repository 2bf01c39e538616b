/**
 * The README's rule count and its table of rule families are held to the registered rules, so that a rule
 * added on any branch makes this fail until the README says so: every "N rules" in README.md and docs/
 * is the number of registered rules, the families table has as many rows as its sentence says, and every
 * registered code falls in a family's codes.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { RULES } from '../../../../src/core';

function repoRoot(): string {
  for (const dir of [resolve(__dirname, '../../../../..'), process.cwd()]) if (existsSync(join(dir, 'package.json'))) return dir;
  return process.cwd();
}

const root = repoRoot();
const README = readFileSync(join(root, 'README.md'), 'utf8');
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** The README's families table: the rows after the "| family | codes | examples |" header. */
function familyRows(): string[][] {
  const lines = README.split('\n');
  const start = lines.findIndex((l) => /^\|\s*family\s*\|\s*codes\s*\|/.test(l));
  assert.ok(start >= 0, 'README.md has no "| family | codes |" table');
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim()),
    );
  }
  return rows;
}

/** `ISMS001–009`, `ISMS901–907, 911–913, 931` → every code the cell names. */
function codesOf(cell: string): Set<string> {
  const codes = new Set<string>();
  for (const m of cell.replace(/ISMS/g, '').matchAll(/(\d{3})(?:\s*[–-]\s*(\d{3}))?/g)) {
    const [from, to] = [Number(m[1]), Number(m[2] ?? m[1])];
    for (let n = from; n <= to; n++) codes.add(`ISMS${String(n).padStart(3, '0')}`);
  }
  return codes;
}

describe('README.md rule counts', () => {
  it('every "N rules" in README.md and docs/ is the number of registered rules', () => {
    const files = [
      'README.md',
      ...readdirSync(join(root, 'docs'))
        .filter((f) => f.endsWith('.md'))
        .map((f) => `docs/${f}`),
    ];
    const counts = files.flatMap((file) =>
      [...readFileSync(join(root, file), 'utf8').matchAll(/\b(\d+) rules\b/g)].map((m) => `${file}: ${m[1]}`),
    );
    assert.ok(counts.length > 0, 'the README states how many rules there are');
    assert.deepEqual(
      counts.filter((c) => !c.endsWith(`: ${RULES.length}`)),
      [],
      `${RULES.length} rules are registered`,
    );
  });

  it('the families table has the rows its sentence counts, and every registered code is in a family', () => {
    const rows = familyRows();
    const said = /\d+ rules in (\w+) families/.exec(README)?.[1];
    assert.equal(said, NUMBER_WORDS[rows.length], `the table has ${rows.length} families`);
    const listed = new Set(rows.flatMap((r) => [...codesOf(r[1])]));
    assert.deepEqual(
      RULES.map((r) => r.code).filter((code) => !listed.has(code)),
      [],
      'registered codes missing from the README families table',
    );
    const registered = new Set(RULES.map((r) => r.code));
    assert.deepEqual(
      [...listed].filter((code) => !registered.has(code)),
      [],
      'codes in the README families table that no rule has',
    );
  });
});
