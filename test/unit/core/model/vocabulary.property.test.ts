/**
 * Issue 16, "Done when": `isms check` on a folder written only with synonyms and field aliases reports the
 * same problems (ISMS010 aside) as the canonical spelling of the same folder — a property over the tables
 * of vocabulary.ts, read through the scanner from an in-memory host as the CLI reads a folder.
 */
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { KIND_FIELDS } from '../../../../src/core/model/kinds';
import type { RecordKind } from '../../../../src/core/model/types';
import { BOOLEAN_WORDS, FIELD_ALIASES, VALUE_SYNONYMS, VARIANT_SPELLINGS } from '../../../../src/core/model/vocabulary';
import { config, loadOf, ROOT } from '../../support/memory';

const TODAY = '2026-11-25';

/** The fields each generated record has besides its closed lists: dates in the past, so that rules have something to say. */
const BASE: Readonly<Partial<Record<RecordKind, Record<string, string>>>> = {
  'internal-audit': { planned: '2026-03-02', auditor: 'Ravi Patel' },
  'external-audit': { date: '2026-02-01', body: 'Cert Body Ltd' },
  'management-review': { date: '2026-01-15' },
  'corrective-action': { raised: '2026-01-10', due: '2026-02-28', owner: 'Sam Okafor' },
  incident: { detected: '2026-01-05', 'personal-data': 'true' },
  risk: { owner: 'Sam Okafor', reviewed: '2024-01-01', controls: 'A.5.1' },
  soa: { control: 'A.5.1', applicable: 'true' },
  awareness: { date: '2026-02-02' },
  'processing-activity': { purpose: 'Payroll', reviewed: '2024-01-01' },
  dpia: { performed: '2026-01-01' },
  exercise: { date: '2026-02-10' },
  document: { owner: 'Sam Okafor', approver: 'Ann Lee', approved: '2024-01-01', reviewed: '2024-01-01', version: '"1.0"' },
  objective: { target: '90', owner: 'Sam Okafor' },
  'continuity-plan': { owner: 'Sam Okafor', reviewed: '2024-01-01' },
  finding: {},
};
const KINDS = Object.keys(BASE) as RecordKind[];

/** Every way the tables let a field's value be written, with the canonical value it means. */
function spellingsOf(kind: RecordKind, field: string): [written: string, canonical: string][] {
  const values = KIND_FIELDS[kind][field]?.values ?? [];
  const variants = Object.entries(VARIANT_SPELLINGS).filter(([, c]) => values.includes(c));
  return [...values.map((v): [string, string] => [v, v]), ...variants, ...Object.entries(VALUE_SYNONYMS[kind]?.[field] ?? {})];
}

const closedFields = (kind: RecordKind): string[] =>
  Object.entries(KIND_FIELDS[kind])
    .filter(([, spec]) => spec.values)
    .map(([name]) => name);

/** A word as people type it: any case, spaces or underscores for hyphens (a field's own name stays as it is). */
const typed = (word: string): fc.Arbitrary<string> =>
  fc.tuple(fc.array(fc.boolean(), { minLength: word.length, maxLength: word.length }), fc.constantFrom('-', ' ', '_')).map(([upper, sep]) =>
    [...word]
      .map((ch, i) => (upper[i] ? ch.toUpperCase() : ch.toLowerCase()))
      .join('')
      .replaceAll('-', sep),
  );

interface Line {
  canonicalKey: string;
  writtenKey: string;
  canonical: string;
  written: string;
}

/** One record: for each field, its canonical line and a line as a practitioner might write it. */
const recordOf = (kind: RecordKind): fc.Arbitrary<{ kind: RecordKind; lines: Line[] }> => {
  const closed = closedFields(kind).map((field) =>
    fc
      .constantFrom(...spellingsOf(kind, field))
      .chain(([w, c]) =>
        typed(w).map((t): Line => ({ canonicalKey: field, writtenKey: field, canonical: JSON.stringify(c), written: JSON.stringify(t) })),
      ),
  );
  const base = Object.entries(BASE[kind] ?? {}).map(([field, value]) => {
    const aliases = Object.entries(FIELD_ALIASES[kind] ?? {})
      .filter(([, f]) => f === field)
      .map(([a]) => a);
    const isBoolean = KIND_FIELDS[kind][field]?.type === 'boolean';
    const words = isBoolean
      ? Object.entries(BOOLEAN_WORDS)
          .filter(([, b]) => String(b) === value)
          .map(([w]) => w)
      : [value];
    return fc
      .tuple(
        aliases.length ? fc.oneof(fc.constant(field), fc.constantFrom(...aliases).chain(typed)) : fc.constant(field),
        fc.constantFrom(...words),
      )
      .chain(([key, word]) =>
        (isBoolean ? typed(word).map((t) => JSON.stringify(t)) : fc.constant(word)).map((w): Line => ({
          canonicalKey: field,
          writtenKey: key,
          canonical: value,
          written: w,
        })),
      );
  });
  return fc.tuple(...closed, ...base).map((lines) => ({ kind, lines }));
};

function fileOf(rec: { kind: RecordKind; lines: Line[] }, i: number, written: boolean): string {
  const line = (l: Line): string => (written ? `${l.writtenKey}: ${l.written}` : `${l.canonicalKey}: ${l.canonical}`);
  if (rec.kind === 'finding') {
    const head = ['isms: internal-audit', `id: IA-${i}`, 'planned: 2026-03-02', 'performed: 2026-03-04', 'status: done', 'findings:'];
    return `---\n${[...head, `  - id: IA-${i}-F1`, ...rec.lines.map((l) => `    ${line(l)}`)].join('\n')}\n---\n`;
  }
  return `---\n${[`isms: ${rec.kind}`, `id: R-${i}`, ...rec.lines.map(line)].join('\n')}\n---\n## Audit results\n`;
}

async function findings(files: Record<string, string>): Promise<string[]> {
  const ws = await loadOf(files);
  return ws
    .check({ today: TODAY })
    .all()
    .filter((d) => d.code !== 'ISMS010')
    .map((d) => `${d.file.slice(ROOT.length + 1)}:${d.range.start.line + 1} ${d.code} ${d.message}`);
}

describe('vocabulary: a folder in synonyms and aliases reads as its canonical spelling (issue 16, done when)', () => {
  it('isms check reports the same problems, ISMS010 aside, and ISMS010 only in the folder of synonyms', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...KINDS).chain(recordOf), { minLength: 1, maxLength: 6 }), async (records) => {
        const isms = config('standards: [iso27001:2022, gdpr]\n');
        const canonical: Record<string, string> = { 'isms.yaml': isms };
        const practitioner: Record<string, string> = { 'isms.yaml': isms };
        records.forEach((r, i) => {
          canonical[`r${i}.md`] = fileOf(r, i, false);
          practitioner[`r${i}.md`] = fileOf(r, i, true);
        });
        const want = await findings(canonical);
        assert.deepEqual(await findings(practitioner), want);
        const hints = (await loadOf(canonical))
          .check({ today: TODAY })
          .all()
          .filter((d) => d.code === 'ISMS010');
        assert.deepEqual(hints, [], 'the canonical folder has no non-standard term');
      }),
      { seed: 1125, numRuns: 60 },
    );
  });
});
