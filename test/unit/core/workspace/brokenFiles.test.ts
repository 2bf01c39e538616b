/**
 * Broken files keep their last good state (issue 15.3): one bad line in a register is reported once at
 * its place, the rest of the register is still read, and references into it stay resolved.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { IsmsWorkspace, type Diagnostic } from '../../../../src/core';
import { parseFile } from '../../../../src/core/parse/parseFile';
import { MAX_SYNTAX_REPORTS } from '../../../../src/core/limits';

const TODAY = '2026-11-25';
const SAMPLE = path.join(__dirname, '..', '..', '..', '..', '..', 'examples', 'acme');
const ROOT = '/acme';
const CA = `${ROOT}/registers/corrective-actions.yaml`;

/** The sample's ISMS files, by path under ROOT. */
function sampleFiles(): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(md|ya?ml)$/.test(entry.name))
        out.set(`${ROOT}/${path.relative(SAMPLE, full).split(path.sep).join('/')}`, fs.readFileSync(full, 'utf8'));
    }
  };
  walk(SAMPLE);
  return out;
}

const SAMPLE_FILES = sampleFiles();
const CA_TEXT = SAMPLE_FILES.get(CA)!;
const lines = CA_TEXT.split('\n');
/** The line (zero-based) of CA-2025-002's `owner:`, the entry the tests break. */
const OWNER = lines.findIndex((l, i) => l.startsWith('    owner:') && lines.slice(0, i).some((p) => p.includes('id: CA-2025-002')));
/** The register with that line indented by three spaces instead of four: a slip that threw off the 40 lines after it. */
const BROKEN = lines.map((l, i) => (i === OWNER ? l.slice(1) : l)).join('\n');

function sampleWorkspace(caText = CA_TEXT): IsmsWorkspace {
  const ws = new IsmsWorkspace(ROOT);
  for (const [file, text] of SAMPLE_FILES) ws.setFile(file, file === CA ? caText : text);
  return ws;
}

const of = (ds: readonly Diagnostic[], code: string): Diagnostic[] => ds.filter((d) => d.code === code);
const caIds = (ws: IsmsWorkspace): string[] => ws.records('corrective-action').map((r) => r.id ?? '?');

describe('A broken file keeps its last good state (issue 15.3)', () => {
  it('the sample and its broken register are what the tests think they are', () => {
    assert.ok(OWNER > 0 && CA_TEXT.includes('id: CA-2026-008'));
    assert.ok(parseFile(CA, BROKEN).unparsed);
  });

  it('one bad line in the register gives one ISMS001, at that line, not one per following line', () => {
    const ws = sampleWorkspace();
    ws.check({ today: TODAY });
    ws.setFile(CA, BROKEN);
    const yaml = of(ws.check({ today: TODAY }).all(), 'ISMS001');
    assert.equal(yaml.length, 1, yaml.map((d) => d.message).join('\n'));
    assert.equal(yaml[0].file, CA);
    assert.equal(yaml[0].range.start.line, OWNER);
    assert.match(yaml[0].message, /follow from it/);
    assert.match(yaml[0].message, /records last read from this file are used/);
  });

  it('references from audits into the register stay resolved: no ISMS007 beyond the sample’s own', () => {
    const before = sampleWorkspace().check({ today: TODAY }).all();
    const ws = sampleWorkspace();
    ws.check({ today: TODAY });
    ws.setFile(CA, BROKEN);
    const after = ws.check({ today: TODAY }).all();
    assert.deepEqual(
      of(after, 'ISMS007').map((d) => `${d.file}:${d.range.start.line}`),
      of(before, 'ISMS007').map((d) => `${d.file}:${d.range.start.line}`),
    );
    // every action is still known, the broken one as last read
    assert.deepEqual([...caIds(ws)].sort(), [...caIds(sampleWorkspace())].sort());
    assert.deepEqual(ws.staleFiles(), [CA]);
    const stale = ws.records('corrective-action').filter((r) => ws.isStale(r));
    assert.deepEqual(
      stale.map((r) => r.id),
      ['CA-2025-002'],
    );
  });

  it('the entries before and after the broken one are still checked', () => {
    const ws = sampleWorkspace();
    ws.check({ today: TODAY });
    ws.setFile(CA, BROKEN);
    const inRegister = ws
      .check({ today: TODAY })
      .diagnosticsOf(CA)
      .filter((d) => d.code !== 'ISMS001');
    const fresh = sampleWorkspace().check({ today: TODAY }).diagnosticsOf(CA);
    // the deliberate problems of the sample's register are all after the broken entry: all still there
    assert.ok(fresh.length > 0);
    assert.deepEqual(inRegister.map((d) => `${d.code} ${d.message}`).sort(), fresh.map((d) => `${d.code} ${d.message}`).sort());
  });

  it('an edit that breaks then fixes the file restores the normal state', () => {
    const ws = sampleWorkspace();
    const first = ws.check({ today: TODAY }).all();
    ws.setFile(CA, BROKEN);
    ws.check({ today: TODAY });
    ws.setFile(CA, CA_TEXT);
    const fixed = ws.check({ today: TODAY }).all();
    assert.deepEqual(fixed, first);
    assert.deepEqual(ws.staleFiles(), []);
    assert.ok(ws.records('corrective-action').every((r) => !ws.isStale(r)));
  });

  it('a file opened broken (no last good state, as in the CLI) gives the entries that read cleanly, and only those', () => {
    const ws = sampleWorkspace(BROKEN);
    const all = ws.check({ today: TODAY }).all();
    assert.equal(of(all, 'ISMS001').length, 1);
    assert.match(of(all, 'ISMS001')[0].message, /only the entries of this register that read cleanly are checked/);
    assert.deepEqual(ws.staleFiles(), []);
    const ids = caIds(ws);
    assert.ok(!ids.includes('CA-2025-002'), 'no record from the broken entry');
    assert.deepEqual([...ids, 'CA-2025-002'].sort(), [...caIds(sampleWorkspace())].sort());
    // the broken entry's id is unresolved, the others are not
    assert.deepEqual(
      of(all, 'ISMS007')
        .map((d) => /‘?`?(CA-[\d-]+)/.exec(d.message)?.[1])
        .sort(),
      ['CA-2025-002', 'CA-2026-099'],
    );
  });

  it('never makes a record of a broken entry, even one the parser split in two', () => {
    const parsed = parseFile(CA, BROKEN);
    assert.ok(parsed.recovered);
    assert.ok(parsed.records.every((r) => r.id !== undefined && r.id !== 'CA-2025-002'));
    // a bad indent at column 2 or 0 ends the list for the parser: what follows is not read as entries of something else
    for (const indent of ['  ', '']) {
      const text = lines.map((l, i) => (i === OWNER ? indent + l.trimStart() : l)).join('\n');
      const p = parseFile(CA, text);
      assert.ok(!p.records.some((r) => r.id === 'CA-2025-002' || r.id === undefined), indent.length.toString());
      assert.ok(p.problems.length <= MAX_SYNTAX_REPORTS);
    }
  });

  it('a broken Markdown record keeps its last good state too, and its references stay resolved', () => {
    const ws = sampleWorkspace();
    const before = ws.check({ today: TODAY }).all();
    const audit = [...SAMPLE_FILES.keys()].find((f) => f.includes('IA-2026-03'))!;
    const text = SAMPLE_FILES.get(audit)!;
    ws.setFile(audit, text.replace(/^scope: (.*)$/m, 'scope: [$1'));
    const after = ws.check({ today: TODAY }).all();
    assert.deepEqual(ws.staleFiles(), [audit]);
    assert.equal(of(after, 'ISMS001').length, 1);
    assert.deepEqual(of(after, 'ISMS007'), of(before, 'ISMS007'));
    // the action raised by its finding still has its source
    assert.ok(ws.recordsById('IA-2026-03-F1').length > 0);
  });

  it('many broken entries are reported a few times at most, the last saying how many places were left out', () => {
    const bad = lines.map((l) => (l.startsWith('    owner:') ? l.slice(1) : l)).join('\n');
    const problems = parseFile(CA, bad).problems;
    assert.equal(problems.length, MAX_SYNTAX_REPORTS);
    assert.match(problems[MAX_SYNTAX_REPORTS - 1].message, /more places? further down ha(s|ve) errors too/);
  });
});

describe('A Markdown record whose front matter is being closed (issue 15.3)', () => {
  it('keeps its last good state while the closing line is missing', () => {
    const ws = sampleWorkspace();
    ws.check({ today: TODAY });
    const audit = [...SAMPLE_FILES.keys()].find((f) => f.includes('IA-2026-03'))!;
    const text = SAMPLE_FILES.get(audit)!;
    const lines = text.split('\n');
    const closing = lines.indexOf('---', 1);
    ws.setFile(audit, lines.filter((_, i) => i !== closing).join('\n'));
    const all = ws.check({ today: TODAY }).all();
    assert.deepEqual(ws.staleFiles(), [audit]);
    assert.ok(ws.recordsById('IA-2026-03-F1').length > 0);
    assert.ok(!all.some((d) => d.code === 'ISMS007' && /IA-2026-03/.test(d.message)));
  });
});
