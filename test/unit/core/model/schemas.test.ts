/**
 * The JSON Schemas in `schemas/` and the examples of docs/format.md, held to what the code says.
 * `node out/test/unit/schemas.test.js --write` (npm run schemas) regenerates `schemas/` instead of testing.
 */
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import * as fc from 'fast-check';
import { parse } from 'yaml';
import {
  allSchemas,
  configDocTable,
  configSchema,
  recordSchema,
  registerName,
  registerSchema,
  schemaFileText,
  type JsonSchema,
} from '../../../../src/core/model/jsonSchema';
import { KIND_FIELDS, REGISTER_KINDS } from '../../../../src/core/model/kinds';
import {
  aliasDocTable,
  canonicalValue,
  VALUE_SYNONYMS,
  VARIANT_SPELLINGS,
  vocabularyDocTable,
} from '../../../../src/core/model/vocabulary';
import { RECORD_KINDS, type RecordKind } from '../../../../src/core/model/types';

/** The repository root: the bundle runs from out/test/unit, the sources sit three levels up. */
function repoRoot(): string {
  for (const dir of [resolve(__dirname, '../../../../..'), process.cwd()]) if (existsSync(join(dir, 'package.json'))) return dir;
  throw new Error('repository root not found');
}
const SCHEMA_DIR = join(repoRoot(), 'schemas');
const FORMAT_DOC = join(repoRoot(), 'docs', 'format.md');

function writeSchemaFiles(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const { fileName, schema } of allSchemas()) writeFileSync(join(dir, fileName), schemaFileText(schema));
}

/** The settings table of docs/format.md: from its header row to the first line that is no table row. */
const SETTINGS_TABLE = /^\| Setting \| Type \| Default \| Meaning \|\n(?:\|.*\n)*/m;

/** docs/format.md with its settings table as CONFIG_FIELDS describes the settings. */
function withConfigTable(doc: string): string {
  assert.match(doc, SETTINGS_TABLE, 'docs/format.md has no settings table');
  return doc.replace(SETTINGS_TABLE, `${configDocTable()}\n`);
}

/** The synonyms and field aliases tables of docs/format.md's Vocabulary section. */
const SYNONYMS_TABLE = /^\| Kind \| Field \| Standard term \| Also read as it \|\n(?:\|.*\n)*/m;
const ALIASES_TABLE = /^\| Kind \| Field \| Also read as it \|\n(?:\|.*\n)*/m;

/** docs/format.md with its vocabulary tables as vocabulary.ts has them. */
function withVocabularyTables(doc: string): string {
  assert.match(doc, SYNONYMS_TABLE, 'docs/format.md has no synonyms table');
  assert.match(doc, ALIASES_TABLE, 'docs/format.md has no field aliases table');
  return doc.replace(SYNONYMS_TABLE, `${vocabularyDocTable()}\n`).replace(ALIASES_TABLE, `${aliasDocTable()}\n`);
}

const compile = (schema: JsonSchema): ValidateFunction => new Ajv({ strict: true, allowUnionTypes: true, allErrors: true }).compile(schema);

interface DocExample {
  lang: 'yaml' | 'markdown';
  line: number;
  data: Record<string, unknown>;
}

/** The ```yaml and ```markdown blocks of the doc that hold an ISMS file (an `isms:` key). */
function docExamples(): DocExample[] {
  const lines = readFileSync(FORMAT_DOC, 'utf8').split('\n');
  const out: DocExample[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(yaml|markdown)\s*$/.exec(lines[i]);
    if (!open) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && lines[end] !== '```') end++;
    let body = lines.slice(start, end);
    i = end;
    if (open[1] === 'markdown') {
      assert.equal(body[0], '---', `markdown example at line ${start} must open with front matter`);
      const close = body.indexOf('---', 1);
      assert.ok(close > 0, `front matter of the example at line ${start} is not closed`);
      body = body.slice(1, close);
    }
    const data: unknown = parse(body.join('\n'));
    if (data && typeof data === 'object' && 'isms' in data) {
      out.push({ lang: open[1] as 'yaml' | 'markdown', line: start, data: data as Record<string, unknown> });
    }
  }
  return out;
}

function schemaFor(data: Record<string, unknown>): JsonSchema {
  const isms = String(data.isms);
  if (isms === 'config') return configSchema();
  if (isms in REGISTER_KINDS && 'records' in data) return registerSchema(REGISTER_KINDS[isms]);
  assert.ok((RECORD_KINDS as readonly string[]).includes(isms), `unknown kind ${isms}`);
  return recordSchema(isms as RecordKind);
}

if (process.argv.includes('--write')) {
  writeSchemaFiles(SCHEMA_DIR);
  writeFileSync(FORMAT_DOC, withVocabularyTables(withConfigTable(readFileSync(FORMAT_DOC, 'utf8'))));
  console.log(`wrote ${allSchemas().length} schemas to ${SCHEMA_DIR} and the settings and vocabulary tables of ${FORMAT_DOC}`);
} else {
  describe('JSON Schemas', () => {
    it('compile under ajv strict mode, every one of them', () => {
      for (const { fileName, schema } of allSchemas()) assert.doesNotThrow(() => compile(schema), fileName);
    });

    it('cover every record kind, every register and isms.yaml, with distinct file names', () => {
      const names = allSchemas().map((s) => s.fileName);
      assert.equal(new Set(names).size, names.length);
      for (const kind of RECORD_KINDS) if (kind !== 'finding') assert.ok(names.includes(`${kind}.schema.json`), kind);
      for (const plural of Object.keys(REGISTER_KINDS)) assert.ok(names.includes(`${plural}.schema.json`), plural);
      assert.ok(names.includes('isms.schema.json'));
      assert.ok(names.includes('corrective-actions.schema.json'));
    });

    it('are committed in schemas/ exactly as generated (run `npm run schemas` after changing kinds.ts)', () => {
      const expected = new Map(allSchemas().map((s) => [s.fileName, schemaFileText(s.schema)]));
      const committed = readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.schema.json'));
      assert.deepEqual([...committed].sort(), [...expected.keys()].sort());
      for (const [fileName, text] of expected) assert.equal(readFileSync(join(SCHEMA_DIR, fileName), 'utf8'), text, fileName);
    });

    it('take every field of kinds.ts with its type, enum values and required flag', () => {
      for (const kind of RECORD_KINDS) {
        const schema = recordSchema(kind) as { properties: Record<string, JsonSchema>; required: string[] };
        for (const [field, spec] of Object.entries(KIND_FIELDS[kind])) {
          assert.ok(schema.properties[field], `${kind}.${field}`);
          assert.equal(schema.required.includes(field), spec.required === true, `${kind}.${field} required`);
          // the canonical values are the enum editors complete; the other branch takes what the engine reads as them
          if (spec.values) {
            const anyOf = schema.properties[field].anyOf as JsonSchema[];
            assert.deepEqual(anyOf[0], { enum: [...spec.values] }, `${kind}.${field}`);
            assert.equal(
              anyOf.some((b) => b.type === 'null'),
              spec.required !== true,
              `${kind}.${field} nullable`,
            );
          }
        }
      }
    });

    it('accept a correct corrective-action register and reject wrong shapes', () => {
      const validate = compile(registerSchema('corrective-action'));
      const ca = { id: 'CA-1', status: 'open', due: '2026-04-30', effectiveness: null };
      assert.ok(validate({ isms: 'corrective-actions', records: [ca] }), JSON.stringify(validate.errors));
      assert.ok(!validate({ isms: 'corrective-actions', records: [{ ...ca, status: 'finished' }] }), 'unknown status');
      assert.ok(!validate({ isms: 'corrective-actions', records: [{ ...ca, due: '30/04/2026' }] }), 'date format');
      assert.ok(!validate({ isms: 'corrective-actions', records: [{ status: 'open' }] }), 'id is required');
      assert.ok(!validate({ isms: 'corrective-action', records: [ca] }), 'singular kind in a register');
    });

    it('check nested findings and accept clause numbers that YAML read as numbers', () => {
      const validate = compile(recordSchema('internal-audit'));
      const audit = { isms: 'internal-audit', id: 'IA-1', planned: '2026-03-12', scope: ['A.5.15', 9.1] };
      assert.ok(validate({ ...audit, findings: [{ id: 'F1', type: 'minor-nc', ref: 'A.5.18' }] }), JSON.stringify(validate.errors));
      assert.ok(validate({ ...audit, findings: [{ id: 'F1', type: 'Major NC' }] }), 'a synonym the engine reads (issue 16.1)');
      assert.ok(!validate({ ...audit, findings: [{ id: 'F1', type: 'nc' }] }), 'finding type');
      assert.ok(!validate({ ...audit, findings: [{ type: 'minor-nc' }] }), 'finding id');
      assert.ok(!validate({ ...audit, planned: undefined }), 'planned is required');
    });

    it('validate isms.yaml settings: ranges and cycle audit types', () => {
      const validate = compile(configSchema());
      assert.ok(
        validate({ isms: 'config', 'internal-audit': { 'cadence-months': 3, 'bunching-share': 0.4 } }),
        JSON.stringify(validate.errors),
      );
      assert.ok(!validate({ isms: 'config', 'internal-audit': { 'cadence-months': 0 } }));
      assert.ok(!validate({ isms: 'config', 'internal-audit': { 'cadence-months': 1.5 } }), 'months are whole');
      assert.ok(!validate({ isms: 'config', privacy: { 'review-months': 0.5 } }), 'months are whole');
      assert.ok(validate({ isms: 'config', exclude: ['drafts/', '*.tmp.md'] }), JSON.stringify(validate.errors));
      const surveillance = { isms: 'config', certification: { audits: [{ type: 'surveillance', date: '2026-01-01' }] } };
      assert.ok(validate(surveillance), JSON.stringify(validate.errors));
      assert.ok(!validate({ isms: 'config', 'management-review': { 'interval-months': 18 } }));
      assert.ok(!validate({ isms: 'config', certification: { audits: [{ type: 'surveillance-3', date: '2026-01-01' }] } }));
      assert.ok(!validate({ isms: 'record' }));
    });

    it('accept every word the engine reads as a closed-list value, in any case and spacing, and no other (issue 16.1)', () => {
      const everyWord = [
        ...Object.values(VALUE_SYNONYMS).flatMap((fields) => Object.values(fields ?? {}).flatMap((t) => Object.keys(t))),
        ...Object.keys(VARIANT_SPELLINGS),
        ...Object.values(KIND_FIELDS).flatMap((fields) => Object.values(fields).flatMap((f) => f.values ?? [])),
        ...['yes', 'no', 'y', 'n', 'true', 'false', 'nc', 'finished', 'done-', '-done', 'a.b', '(x)'],
      ];
      // a word as people type it: any case, and any run of spaces, underscores or hyphens between its parts
      const typed = fc
        .tuple(
          fc.constantFrom(...everyWord),
          fc.infiniteStream(fc.boolean()),
          fc.constantFrom('-', ' ', '_', '  ', ' - ', '__'),
          fc.constantFrom('', ' '),
        )
        .map(([word, upper, sep, pad]) => {
          const it = upper[Symbol.iterator]();
          const cased = [...word].map((ch) => (it.next().value ? ch.toUpperCase() : ch)).join('');
          return `${pad}${cased.replaceAll('-', sep)}${pad}`;
        });
      for (const kind of RECORD_KINDS) {
        const schema = recordSchema(kind) as { properties: Record<string, JsonSchema> };
        for (const [field, spec] of Object.entries(KIND_FIELDS[kind])) {
          if (!spec.values && spec.type !== 'boolean') continue;
          const validate = compile(schema.properties[field]);
          fc.assert(
            fc.property(fc.oneof(typed, fc.string({ maxLength: 12 })), (word) => {
              assert.equal(validate(word), canonicalValue(kind, field, word) !== undefined, `${kind}.${field}: ${JSON.stringify(word)}`);
            }),
            { seed: 1125, numRuns: 300 },
          );
          if (spec.values) assert.ok(!validate('no such value'), `${kind}.${field}`);
        }
      }
    });

    it('pick the right schema through isms-file.schema.json, awareness as record or register', () => {
      const file = allSchemas().find((s) => s.fileName === 'isms-file.schema.json');
      assert.ok(file);
      const validate = compile(file.schema);
      assert.ok(validate({ isms: 'awareness', id: 'AW-1', type: 'poster', date: '2026-02-02' }), JSON.stringify(validate.errors));
      assert.ok(
        validate({ isms: 'awareness', records: [{ id: 'AW-1', type: 'poster', date: '2026-02-02' }] }),
        JSON.stringify(validate.errors),
      );
      assert.ok(!validate({ isms: 'awareness', records: [{ id: 'AW-1', type: 'webinar', date: '2026-02-02' }] }));
      assert.ok(!validate({ isms: 'awareness', id: 'AW-1', date: '2026-02-02' }), 'type is required');
      assert.ok(!validate({ isms: 'incident', id: 'INC-1' }), 'detected is required');
      assert.ok(validate({ isms: 'config' }));
      assert.ok(!validate({ isms: 'nonsense' }));
      assert.equal(registerName('soa'), 'soa');
    });
  });

  describe('docs/format.md', () => {
    const examples = docExamples();

    it('has a complete example of every kind, as a Markdown record and as a YAML register (a document has no register)', () => {
      assert.equal(registerName('document'), undefined);
      for (const kind of RECORD_KINDS) {
        if (kind === 'finding') continue;
        const plural = registerName(kind);
        assert.ok(
          examples.some((e) => e.lang === 'markdown' && e.data.isms === kind && !('records' in e.data)),
          `Markdown ${kind}`,
        );
        // a document is the Markdown file itself: it has no register
        if (kind !== 'document')
          assert.ok(
            examples.some((e) => e.lang === 'yaml' && e.data.isms === plural && Array.isArray(e.data.records)),
            `register ${plural}`,
          );
      }
      assert.ok(
        examples.some((e) => e.data.isms === 'config'),
        'isms.yaml',
      );
    });

    it('examples validate against their schemas', () => {
      for (const example of examples) {
        const validate = compile(schemaFor(example.data));
        assert.ok(validate(example.data), `example at docs/format.md:${example.line}: ${JSON.stringify(validate.errors)}`);
      }
    });

    it('has the settings table of isms.yaml as CONFIG_FIELDS describes it (run `npm run schemas` after changing configFields.ts)', () => {
      const doc = readFileSync(FORMAT_DOC, 'utf8');
      assert.equal(withConfigTable(doc), doc);
    });

    it('has the synonyms and field aliases tables as vocabulary.ts has them (run `npm run schemas` after changing it)', () => {
      const doc = readFileSync(FORMAT_DOC, 'utf8');
      assert.equal(withVocabularyTables(doc), doc);
    });

    it('documents every field of every kind in its table', () => {
      // without the examples: their `##` lines are Markdown bodies, not sections of the doc
      const doc = readFileSync(FORMAT_DOC, 'utf8').replace(/^```[a-z]*\n[\s\S]*?^```$/gm, '');
      for (const kind of RECORD_KINDS) {
        const start = doc.indexOf(`\n### ${kind}\n`);
        assert.ok(start >= 0, `section ### ${kind}`);
        const end = doc.indexOf('\n## ', start + 1);
        const section = doc.slice(start, end < 0 ? undefined : end);
        const next = section.indexOf('\n### ', 1);
        const own = next < 0 ? section : section.slice(0, next);
        for (const field of Object.keys(KIND_FIELDS[kind])) assert.match(own, new RegExp(`\\| \`${field}\` \\|`), `${kind}.${field}`);
      }
    });
  });
}
