import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { stringify } from 'yaml';
import { KIND_FIELDS, parseFile, RECORD_KINDS } from '../../../src/core';
import { config, workspaceOf } from '../support/memory';

// A fixed seed keeps CI reproducible; `npm run fuzz` runs the same properties longer with random seeds.
const runs = (n: number): fc.Parameters<unknown> => ({
  seed: process.env.FUZZ ? undefined : 1125,
  numRuns: n * Number(process.env.FUZZ ?? 1),
});

const anyValue = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('2026-02-30', '2026-11-25', '2028-02-29', 'A.5.15', 'A.12.3.1', '9.2', 'closed', 'open', 'major-nc'),
  fc.array(fc.oneof(fc.string(), fc.integer(), fc.constantFrom('A.5.1', 'A.99.1', '9.1')), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 3 }),
);

/** A record of a random kind whose known fields hold arbitrary values. */
const anyRecord = fc
  .constantFrom(...RECORD_KINDS)
  .chain((kind) =>
    fc
      .record(Object.fromEntries(Object.keys(KIND_FIELDS[kind]).map((k) => [k, anyValue])), { requiredKeys: [] })
      .map((fields) => ({ kind, fields })),
  );

describe('properties', () => {
  it('parseFile never throws on arbitrary text, as Markdown or YAML', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.constantFrom('a.md', 'a.yaml'), (text, name) => {
        parseFile(`/x/${name}`, text);
        parseFile(`/x/${name}`, `---\nisms: risk\n${text}\n---\n`);
        parseFile(`/x/${name}`, `isms: risks\nrecords:\n${text}`);
      }),
      runs(300),
    );
  });

  it('no rule throws on arbitrary valid-looking records, and the result is deterministic', () => {
    fc.assert(
      fc.property(fc.array(anyRecord, { maxLength: 8 }), fc.constantFrom('2026-11-25', '2028-02-29', '2025-01-01'), (records, today) => {
        const files: Record<string, string> = {
          'isms.yaml': config(
            'certification:\n  issued: 2025-03-14\n  expires: 2028-03-13\n  audits:\n    - { type: surveillance-1, date: 2026-02-09 }\ndepartments:\n  - { id: HR, owns: [A.6.1, A.6.3] }\n',
          ),
        };
        records.forEach((r, i) => {
          files[`r${i}.md`] = `---\n${stringify({ isms: r.kind, ...r.fields })}---\n## Audit results\n`;
        });
        const first = workspaceOf(files).check({ today }).all();
        // a rule that throws is turned into an "Rule … failed" diagnostic: there must be none
        assert.deepEqual(
          first.filter((d) => d.message.includes('failed on this file')),
          [],
        );
        assert.deepEqual(workspaceOf(files).check({ today }).all(), first);
      }),
      runs(120),
    );
  });
});
