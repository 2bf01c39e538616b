/**
 * JSON Schemas (draft-07) of the ISMS files, generated from the field table in `kinds.ts` so that the
 * schemas, the engine's field checks and docs/format.md cannot drift apart. The committed copies in
 * `schemas/` are what the VS Code YAML extension validates and completes with; a unit test fails when
 * they differ from what this module generates (regenerate with `npm run schemas`).
 *
 * The schemas are deliberately as forgiving as the engine: extra fields are allowed, optional fields
 * may be left empty (`effectiveness:` with no value is YAML null), a clause id may be a YAML number
 * (`9.1`), and a list of controls may be a single id. What they catch is the wrong shape.
 */
import { DEFAULTS } from './config';
import { CATALOGUES } from './catalogues';
import { CYCLE_AUDIT_TYPES } from './config';
import { FINDING_FIELDS, KIND_FIELDS, REGISTER_KINDS, type FieldSpec } from './kinds';
import { CONTINUITY_REVIEW_INPUTS, REVIEW_INPUTS } from './reviewInputs';
import { RECORD_KINDS, type RecordKind } from './types';

export type JsonSchema = { [keyword: string]: unknown };

const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';

/** YYYY-MM-DD; whether the date exists on the calendar (2026-02-30) is the engine's ISMS002. */
const DATE: JsonSchema = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
/** A clause or control id; YAML reads an unquoted 9.1 as a number, which the engine accepts too. */
const CONTROL_ID: JsonSchema = { type: ['string', 'number'] };

/** One measurement of an objective. */
const RESULT: JsonSchema = {
  type: 'object',
  required: ['date', 'value'],
  properties: { date: { ...DATE, description: 'When it was measured.' }, value: { type: 'number', description: 'The measured value, in the unit of the target.' } },
  additionalProperties: true,
};

/** An optional field may be present and empty. */
function nullable(schema: JsonSchema): JsonSchema {
  if (Array.isArray(schema.enum)) return { ...schema, enum: [...schema.enum, null] };
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
      return spec.values ? { enum: [...spec.values] } : { type: 'string' };
    case 'date':
      return DATE;
    case 'number':
      return { type: 'number' };
    case 'boolean':
      return { type: 'boolean' };
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

function reviewInputsSchema(): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const input of REVIEW_INPUTS) {
    properties[input.key] = { description: `ISO/IEC 27001:2022 ${input.clause}: ${input.title}.` };
  }
  for (const input of CONTINUITY_REVIEW_INPUTS) properties[input.key] = { description: `${input.clause}, when the review covers the BCMS: ${input.title}.` };
  return { type: 'object', properties, additionalProperties: true };
}

function describeKind(kind: RecordKind): string {
  return `An ISMS ${kind.replace('-', ' ')} record (ISMS Workbench); see docs/format.md.`;
}

/** One record: the front matter of a Markdown file, or a YAML file holding one record. */
export function recordSchema(kind: RecordKind): JsonSchema {
  const fields = objectSchema(kind === 'finding' ? FINDING_FIELDS : KIND_FIELDS[kind], kind);
  if (kind === 'finding') return { $schema: DRAFT_07, title: 'ISMS finding', description: 'A finding of an audit, nested under `findings:`.', ...fields };
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
      records: { type: 'array', description: `The ${kind} records.`, items: objectSchema(KIND_FIELDS[kind], kind) },
    },
    additionalProperties: true,
  };
}

function setting(description: string, fallback: number, maximum?: number): JsonSchema {
  return { type: 'number', exclusiveMinimum: 0, ...(maximum === undefined ? {} : { maximum }), default: fallback, description };
}

/** `isms.yaml`: the root of an ISMS folder and its settings. */
export function configSchema(): JsonSchema {
  const text = (description: string): JsonSchema => ({ type: ['string', 'null'], description });
  const strings = (description: string): JsonSchema => ({ type: 'array', items: { type: 'string' }, description });
  const section = (description: string, properties: Record<string, JsonSchema>): JsonSchema => ({
    type: 'object',
    description,
    properties,
    additionalProperties: true,
  });
  return {
    $schema: DRAFT_07,
    title: 'isms.yaml',
    description: 'The root of an ISMS folder and its settings (ISMS Workbench); see docs/format.md.',
    type: 'object',
    required: ['isms'],
    properties: {
      isms: { const: 'config', description: 'Marks this file as the root of an ISMS folder.' },
      organisation: text('The organisation whose ISMS this is.'),
      scope: text('The scope of the ISMS (ISO/IEC 27001:2022 4.3).'),
      standards: {
        type: 'array',
        items: { type: 'string', examples: CATALOGUES.map((c) => c.key) },
        default: ['iso27001:2022'],
        description: 'The standards and laws the ISMS answers to; their clause, control and article ids may be used in records.',
      },
      'top-management': strings('The people who make up top management (ISO/IEC 27001:2022 5.1); management reviews must include them.'),
      certification: section('The certificate and its three-year audit cycle (ISO/IEC 17021-1 9.1.3).', {
        body: text('The certification body.'),
        certificate: text('The certificate number.'),
        decision: nullable({ ...DATE, description: 'Date of the certification decision; the first surveillance audit is due within 12 months of it.' }),
        issued: nullable({ ...DATE, description: 'Date the certificate was issued.' }),
        expires: nullable({ ...DATE, description: 'Date the certificate expires; recertification must be completed before it.' }),
        audits: {
          type: 'array',
          description: 'The external audits of the cycle.',
          items: {
            type: 'object',
            required: ['type'],
            properties: {
              type: { enum: [...CYCLE_AUDIT_TYPES], description: 'certification | surveillance-1 | surveillance-2 | recertification | special.' },
              date: { ...DATE, description: 'First day of the audit.' },
              status: { enum: ['planned', 'done', 'cancelled', null], default: 'planned', description: 'planned | done | cancelled.' },
            },
            additionalProperties: true,
          },
        },
      }),
      'internal-audit': section('The internal audit programme (ISO/IEC 27001:2022 9.2.2).', {
        'cadence-months': setting('One internal audit every this many months (1–12).', DEFAULTS.cadenceMonths, 12),
        'warn-before-external-days': setting('Warn about open corrective actions this many days before an external audit.', DEFAULTS.warnBeforeExternalDays),
        'bunching-share': setting('The share (0–1] of a year\'s internal audits that may fall in the `bunching-days` before an external audit.', DEFAULTS.bunchingShare, 1),
        'bunching-days': setting('The window before an external audit in which audits count as bunched.', DEFAULTS.bunchingDays),
      }),
      'management-review': section('Management reviews (ISO/IEC 27001:2022 9.3).', {
        'interval-months': setting('A review at least every this many months (1–12); more than 12 is always an error.', DEFAULTS.reviewIntervalMonths, 12),
      }),
      'corrective-action': section('Corrective actions (ISO/IEC 27001:2022 10.2).', {
        'follow-up-days': setting('An open corrective action not updated for this many days is stale.', DEFAULTS.followUpDays),
      }),
      awareness: section('The awareness programme (ISO/IEC 27001:2022 7.2, 7.3, 7.4, Annex A 6.3).', {
        'cadence-months': setting('Some awareness activity (poster, communication, phishing simulation, training, refresher) at least every this many calendar months (1–12).', DEFAULTS.awarenessCadenceMonths, 12),
        'refresher-months': setting('Each person on the `people` roster takes part in a training or refresher at least every this many months (1–36).', DEFAULTS.refresherMonths, 36),
        'induction-days': setting('A new joiner takes part in a training within this many days of joining (1–365).', DEFAULTS.inductionDays, 365),
        'max-gap-months': { ...setting('Deprecated: the old name of `cadence-months`, read when `cadence-months` is absent.', DEFAULTS.awarenessCadenceMonths, 12), deprecated: true },
      }),
      privacy: section('Records of processing and DPIAs (GDPR Art. 30, 35; ISO/IEC 27701).', {
        'review-months': setting('Review each record of processing and each DPIA at least every this many months.', DEFAULTS.privacyReviewMonths),
      }),
      documents: section('Documents: policies, procedures, plans (ISO/IEC 27001:2022 7.5, Annex A 5.1).', {
        'review-months': setting('Review each document at least every this many months, unless its own `review-months` says otherwise.', DEFAULTS.documentReviewMonths),
      }),
      continuity: section('Business continuity (ISO 22301).', {
        'exercise-months': setting('Exercise each continuity plan at least every this many months (ISO 22301 8.5).', DEFAULTS.exerciseMonths),
      }),
      departments: {
        type: 'array',
        description: 'Departments and the controls they own; each must see an audit of its controls every 12 months.',
        items: {
          type: 'object',
          required: ['id'],
          properties: {
            id: { type: 'string', description: 'Department id, used by records\' `department:`.' },
            owner: text('Who heads the department.'),
            owns: { type: 'array', items: CONTROL_ID, description: 'The Annex A controls (and clauses) the department owns.' },
          },
          additionalProperties: true,
        },
      },
    },
    additionalProperties: true,
  };
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
