/**
 * JSON Schemas (draft-07) of the ISMS files, generated from the field tables in `kinds.ts` and
 * `configFields.ts` so that the schemas, the engine's field checks and docs/format.md cannot drift apart. The committed copies in
 * `schemas/` are what the VS Code YAML extension validates and completes with; a unit test fails when
 * they differ from what this module generates (regenerate with `npm run schemas`).
 *
 * The schemas are deliberately as forgiving as the engine: extra fields are allowed, optional fields
 * may be left empty (`effectiveness:` with no value is YAML null), a clause id may be a YAML number
 * (`9.1`), and a list of controls may be a single id. What they catch is the wrong shape.
 */
import { CATALOGUES } from './catalogues';
import { CONFIG_FIELDS, CONFIG_SECTIONS, type ConfigField, type ConfigKey } from './configFields';
import { FINDING_FIELDS, KIND_FIELDS, REGISTER_FIELDS, REGISTER_KINDS, type FieldSpec } from './kinds';
import { ownEntry } from './nameTable';
import { CONTINUITY_REVIEW_INPUTS, REVIEW_INPUTS } from './reviewInputs';
import { RECORD_KINDS, type RecordKind } from './types';
import { BOOLEAN_WORDS, VALUE_SYNONYMS, VARIANT_SPELLINGS } from './vocabulary';

export type JsonSchema = Record<string, unknown>;

const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';

/** YYYY-MM-DD; whether the date exists on the calendar (2026-02-30) is the engine's ISMS002. */
const DATE: JsonSchema = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
/** A clause or control id; YAML reads an unquoted 9.1 as a number, which the engine accepts too. */
const CONTROL_ID: JsonSchema = { type: ['string', 'number'] };

/** One measurement of an objective. */
const RESULT: JsonSchema = {
  type: 'object',
  required: ['date', 'value'],
  properties: {
    date: { ...DATE, description: 'When it was measured.' },
    value: { type: 'number', description: 'The measured value, in the unit of the target.' },
  },
  additionalProperties: true,
};

/** An optional field may be present and empty. */
function nullable(schema: JsonSchema): JsonSchema {
  if (Array.isArray(schema.enum)) return { ...schema, enum: [...schema.enum, null] };
  if (Array.isArray(schema.anyOf)) return { ...schema, anyOf: [...schema.anyOf, { type: 'null' }] };
  const type = schema.type;
  if (typeof type === 'string') return { ...schema, type: [type, 'null'] };
  if (Array.isArray(type)) return { ...schema, type: [...type, 'null'] };
  return schema;
}

function objectSchema(fields: Readonly<Record<string, FieldSpec>>, kind: RecordKind | 'finding'): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const [name, spec] of Object.entries(fields)) properties[name] = fieldSchema(kind, name, spec);
  const required = Object.entries(fields)
    .filter(([, spec]) => spec.required)
    .map(([name]) => name);
  return { type: 'object', required, properties, additionalProperties: true };
}

function fieldSchema(kind: RecordKind | 'finding', name: string, spec: FieldSpec): JsonSchema {
  const schema: JsonSchema = { description: spec.description, ...shapeOf(kind, name, spec) };
  return spec.required ? schema : nullable(schema);
}

function shapeOf(kind: RecordKind | 'finding', name: string, spec: FieldSpec): JsonSchema {
  switch (spec.type) {
    case 'string':
      return spec.values ? closedList(kind, name, spec.values) : { type: 'string' };
    case 'date':
      return DATE;
    case 'number':
      return { type: 'number' };
    case 'boolean':
      // `yes` / `No` are strings in YAML 1.2, read as booleans by the engine
      return { anyOf: [{ type: 'boolean' }, { type: 'string', pattern: wordsPattern(Object.keys(BOOLEAN_WORDS)) }] };
    case 'string-list':
    case 'reference-list':
      return { type: 'array', items: { type: 'string' } };
    case 'control':
      return CONTROL_ID;
    case 'control-list':
      // the engine also takes one id written without a list
      return { type: ['array', 'string', 'number'], items: CONTROL_ID };
    case 'reference':
      return { type: 'string' };
    case 'list':
      if (name === 'findings') return { type: 'array', items: objectSchema(FINDING_FIELDS, 'finding') };
      return kind === 'objective' && name === 'results' ? { type: 'array', items: RESULT } : { type: 'array', items: { type: 'object' } };
    case 'map':
      return kind === 'management-review' && name === 'inputs' ? reviewInputsSchema() : { type: 'object' };
  }
}

/**
 * A closed list as the engine reads it (vocabulary.ts): the canonical values as an `enum`, which editors
 * complete, or any word the engine reads as one of them — in any case, with spaces or underscores for
 * hyphens, or a synonym — so that the YAML extension does not call an error what the engine accepts.
 */
function closedList(kind: RecordKind | 'finding', name: string, values: readonly string[]): JsonSchema {
  const synonyms = Object.entries(VALUE_SYNONYMS[kind]?.[name] ?? {}).map(([written]) => written);
  const variants = Object.entries(VARIANT_SPELLINGS)
    .filter(([, canonical]) => values.includes(canonical))
    .map(([written]) => written);
  return { anyOf: [{ enum: [...values] }, { type: 'string', pattern: wordsPattern([...values, ...synonyms, ...variants]) }] };
}

const wordsPattern = (words: readonly string[]): string => `^\\s*(?:${words.map(termPattern).join('|')})\\s*$`;

/** A word in normal form (lower case, hyphens) as a pattern of every spelling normalTerm reads as it. */
function termPattern(term: string): string {
  return term
    .split('-')
    .map((part) =>
      [...part]
        .map((ch) =>
          ch.toLowerCase() !== ch.toUpperCase() ? `[${ch.toLowerCase()}${ch.toUpperCase()}]` : ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'),
        )
        .join(''),
    )
    .join('[\\s_-]+');
}

function reviewInputsSchema(): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const input of REVIEW_INPUTS) {
    properties[input.key] = { description: `ISO/IEC 27001:2022 ${input.clause}: ${input.title}.` };
  }
  for (const input of CONTINUITY_REVIEW_INPUTS)
    properties[input.key] = { description: `${input.clause}, when the review covers the BCMS: ${input.title}.` };
  return { type: 'object', properties, additionalProperties: true };
}

function describeKind(kind: RecordKind): string {
  return `An ISMS ${kind.replace('-', ' ')} record (ISMS Workbench); see docs/format.md.`;
}

/** One record: the front matter of a Markdown file, or a YAML file holding one record. */
export function recordSchema(kind: RecordKind): JsonSchema {
  const fields = objectSchema(kind === 'finding' ? FINDING_FIELDS : KIND_FIELDS[kind], kind);
  if (kind === 'finding')
    return { $schema: DRAFT_07, title: 'ISMS finding', description: 'A finding of an audit, nested under `findings:`.', ...fields };
  return {
    $schema: DRAFT_07,
    title: `ISMS ${kind}`,
    description: describeKind(kind),
    ...fields,
    required: ['isms', ...(fields.required as string[])],
    properties: { isms: { const: kind, description: 'The kind of record this file holds.' }, ...(fields.properties as object) },
  };
}

/** The plural register name of a kind (`corrective-actions`), as `isms:` of a register file. */
export function registerName(kind: RecordKind): string | undefined {
  return Object.entries(REGISTER_KINDS).find(([, k]) => k === kind)?.[0];
}

/** A YAML register: `isms: <plural>` and a `records:` list of records of that kind. */
export function registerSchema(kind: RecordKind): JsonSchema {
  const plural = registerName(kind);
  if (!plural) throw new Error(`${kind} records are not kept in registers`);
  return {
    $schema: DRAFT_07,
    title: `ISMS ${plural} register`,
    description: `A register of ${kind} records (ISMS Workbench): each entry of \`records:\` is one record; see docs/format.md.`,
    type: 'object',
    required: ['isms', 'records'],
    properties: {
      isms: { const: plural, description: 'The kind of register this file holds.' },
      // the register's own fields (the SoA's version and approval); the schema does not require them
      ...(objectSchema(ownEntry(REGISTER_FIELDS, kind) ?? {}, kind).properties as object),
      records: { type: 'array', description: `The ${kind} records.`, items: objectSchema(KIND_FIELDS[kind], kind) },
    },
    additionalProperties: true,
  };
}

/** Values to suggest for a setting, where the table has none of its own. */
const CONFIG_EXAMPLES: Readonly<Partial<Record<ConfigKey, () => string[]>>> = { standards: () => CATALOGUES.map((c) => c.key) };

function configFieldSchema(spec: ConfigField, examples?: string[]): JsonSchema {
  const description = spec.description ?? spec.meaning;
  const fallback = spec.default === undefined ? {} : { default: spec.default };
  switch (spec.type) {
    case 'marker':
      return { const: 'config', description };
    case 'text':
      return { type: spec.required ? 'string' : ['string', 'null'], description };
    case 'text-list':
      return { type: 'array', items: { type: 'string', ...(examples ? { examples } : {}) }, ...fallback, description };
    case 'date':
      return nullable({ ...DATE, description });
    case 'whole':
      return {
        type: 'integer',
        minimum: 1,
        ...(spec.max === undefined ? {} : { maximum: spec.max }),
        ...fallback,
        description,
        ...(spec.deprecated ? { deprecated: true } : {}),
      };
    case 'share':
      return { type: 'number', exclusiveMinimum: 0, maximum: 1, ...fallback, description };
    case 'enum':
      return { enum: [...(spec.values ?? []), ...(spec.required ? [] : [null])], ...fallback, description };
    case 'controls':
      return { type: 'array', items: CONTROL_ID, description };
    case 'controls-or-all':
      return { anyOf: [{ const: 'all' }, CONTROL_ID, { type: 'array', items: CONTROL_ID }], ...fallback, description };
    case 'list':
      return { type: 'array', description, items: configObjectSchema(spec.items ?? {}) };
  }
}

function configObjectSchema(fields: Readonly<Record<string, ConfigField>>, description?: string): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const [name, spec] of Object.entries(fields)) properties[name] = configFieldSchema(spec, CONFIG_EXAMPLES[name as ConfigKey]?.());
  const required = Object.entries(fields)
    .filter(([, spec]) => spec.required)
    .map(([name]) => name);
  return {
    type: 'object',
    ...(description ? { description } : {}),
    ...(required.length ? { required } : {}),
    properties,
    additionalProperties: true,
  };
}

/** `isms.yaml`: the root of an ISMS folder and its settings, from the field table CONFIG_FIELDS. */
export function configSchema(): JsonSchema {
  const top: Record<string, ConfigField> = {};
  const sections = new Map<string, Record<string, ConfigField>>();
  for (const [key, spec] of Object.entries(CONFIG_FIELDS) as [string, ConfigField][]) {
    const dot = key.indexOf('.');
    if (dot < 0) {
      top[key] = spec;
      continue;
    }
    const section = sections.get(key.slice(0, dot)) ?? {};
    section[key.slice(dot + 1)] = spec;
    sections.set(key.slice(0, dot), section);
  }
  const properties = (configObjectSchema(top).properties ?? {}) as Record<string, JsonSchema>;
  for (const [name, fields] of sections) properties[name] = configObjectSchema(fields, CONFIG_SECTIONS[name]);
  // sections in table order, between the top-level keys before and after them
  const order = [...new Set(Object.keys(CONFIG_FIELDS).map((k) => k.split('.')[0]))];
  return {
    $schema: DRAFT_07,
    title: 'isms.yaml',
    description: 'The root of an ISMS folder and its settings (ISMS Workbench); see docs/format.md.',
    type: 'object',
    required: ['isms'],
    properties: Object.fromEntries(order.map((k) => [k, properties[k]])),
    additionalProperties: true,
  };
}

const docDefault = (v: ConfigField['default']): string =>
  v === undefined ? '—' : Array.isArray(v) ? `\`[${v.join(', ')}]\`` : `\`${String(v)}\``;

function docType(spec: ConfigField): string {
  if (spec.docType) return spec.docType;
  if (spec.type === 'whole') return spec.max === undefined ? 'whole number' : `whole number 1–${spec.max}`;
  if (spec.type === 'share') return 'number (0–1]';
  return spec.type === 'list' ? 'list' : spec.type;
}

/** The table of settings in docs/format.md, from CONFIG_FIELDS (`npm run schemas` writes it there). */
export function configDocTable(): string {
  const rows = (Object.entries(CONFIG_FIELDS) as [string, ConfigField][]).map(
    ([key, spec]) => `| \`${key}\` | ${docType(spec)} | ${docDefault(spec.default)} | ${spec.meaning} |`,
  );
  return ['| Setting | Type | Default | Meaning |', '|---|---|---|---|', ...rows].join('\n');
}

/** Kinds whose register name is the kind itself (`isms: awareness`, `isms: soa`): one schema for both forms. */
function recordOrRegister(kind: RecordKind): JsonSchema {
  const { $schema: _r, ...record } = recordSchema(kind);
  const { $schema: _g, ...register } = registerSchema(kind);
  return {
    $schema: DRAFT_07,
    title: `ISMS ${kind} (record or register)`,
    description: `One ${kind} record, or a register of them under \`records:\`; see docs/format.md.`,
    if: { type: 'object', properties: { records: true }, required: ['records'] },
    then: register,
    else: record,
  };
}

/**
 * Every schema file of `schemas/`: one per record kind, one per register, `isms.schema.json`, and
 * `isms-file.schema.json`, which picks the right one by the file's `isms:` value (for editors that
 * associate one schema with every YAML file of an ISMS folder).
 */
export function allSchemas(): { fileName: string; schema: JsonSchema }[] {
  const out: { fileName: string; schema: JsonSchema }[] = [];
  const byName = new Map<string, JsonSchema>();
  for (const kind of RECORD_KINDS) {
    if (kind === 'finding') continue; // nested in audits, never a file of its own
    const plural = registerName(kind);
    if (plural === kind) {
      byName.set(kind, recordOrRegister(kind));
      continue;
    }
    byName.set(kind, recordSchema(kind));
    if (plural) byName.set(plural, registerSchema(kind));
  }
  for (const [name, schema] of byName) out.push({ fileName: `${name}.schema.json`, schema });
  out.push({ fileName: 'isms.schema.json', schema: configSchema() });
  byName.set('config', configSchema());

  const definitions: Record<string, JsonSchema> = {};
  const dispatch: JsonSchema[] = [];
  for (const [name, schema] of byName) {
    const { $schema: _s, ...rest } = schema;
    definitions[name] = rest;
    dispatch.push({ if: { properties: { isms: { const: name } }, required: ['isms'] }, then: { $ref: `#/definitions/${name}` } });
  }
  out.push({
    fileName: 'isms-file.schema.json',
    schema: {
      $schema: DRAFT_07,
      title: 'ISMS file',
      description: 'Any ISMS Workbench file: `isms.yaml`, a record or a register, chosen by its `isms:` value; see docs/format.md.',
      type: 'object',
      required: ['isms'],
      properties: { isms: { enum: [...byName.keys()], description: 'What this file holds.' } },
      allOf: dispatch,
      definitions,
    },
  });
  return out;
}

/** The text a schema file holds: stable key order, two-space indent, final newline. */
export function schemaFileText(schema: JsonSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
