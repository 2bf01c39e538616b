/**
 * The forgiving vocabulary (issue 16.1): case, spaces or underscores for hyphens, synonyms and field
 * aliases read as the standard term, and the tables themselves held to the kinds they speak of.
 */
import * as assert from 'node:assert/strict';
import { parseFile } from '../../../../src/core';
import { KIND_FIELDS } from '../../../../src/core/model/kinds';
import type { RecordKind } from '../../../../src/core/model/types';
import {
  aliasedField,
  canonicalValue,
  FIELD_ALIASES,
  fieldAliases,
  normalTerm,
  normaliseValues,
  VALUE_SYNONYMS,
  VARIANT_SPELLINGS,
} from '../../../../src/core/model/vocabulary';

const synonymEntries = (): [RecordKind, string, string, string][] =>
  Object.entries(VALUE_SYNONYMS).flatMap(([kind, fields]) =>
    Object.entries(fields ?? {}).flatMap(([field, table]) =>
      Object.entries(table).map(
        ([written, canonical]) => [kind as RecordKind, field, written, canonical] as [RecordKind, string, string, string],
      ),
    ),
  );

describe('vocabulary: the tables', () => {
  it('every synonym is written in normal form and means an allowed value of a closed list of its kind (a typo fails here)', () => {
    const entries = synonymEntries();
    assert.ok(entries.length > 100, `${entries.length} synonyms`);
    for (const [kind, field, written, canonical] of entries) {
      const values = KIND_FIELDS[kind][field]?.values;
      assert.ok(values, `${kind}.${field} has no closed list`);
      assert.ok(values.includes(canonical), `${kind}.${field}: ${written} → ${canonical}, which is not one of ${values.join(', ')}`);
      assert.equal(normalTerm(written), written, `${kind}.${field}: ${written} is looked up as ${normalTerm(written)}`);
      assert.ok(!values.includes(written), `${kind}.${field}: ${written} is a value of its own`);
      assert.equal(canonicalValue(kind, field, written), canonical, `${kind}.${field}: ${written}`);
    }
  });

  it('names the synonyms the issue lists, for internal and external audits alike', () => {
    for (const kind of ['internal-audit', 'external-audit'] as const)
      for (const w of ['completed', 'complete', 'closed']) assert.equal(canonicalValue(kind, 'status', w), 'done', `${kind} ${w}`);
    const cases: [RecordKind, string, string, string | boolean][] = [
      ['risk', 'treatment', 'mitigate', 'modify'],
      ['risk', 'treatment', 'reduce', 'modify'],
      ['risk', 'treatment', 'accept', 'retain'],
      ['risk', 'treatment', 'transfer', 'share'],
      ['finding', 'type', 'major', 'major-nc'],
      ['finding', 'type', 'Minor', 'minor-nc'],
      ['finding', 'type', 'Major Nonconformity', 'major-nc'],
      ['finding', 'type', 'OFI', 'opportunity'],
      ['incident', 'status', 'resolved', 'closed'],
      ['incident', 'severity', 'High', 'high'],
      ['incident', 'personal-data', 'yes', true],
      ['incident', 'personal-data', 'No', false],
      ['processing-activity', 'lawful-basis', 'legitimate-interest', 'legitimate-interests'],
      ['processing-activity', 'lawful-basis', 'Legitimate Interests', 'legitimate-interests'],
      ['management-review', 'status', 'held', 'done'],
      ['soa', 'implementation', 'not_implemented', 'not-implemented'],
      ['internal-audit', 'status', 'In Progress', 'in-progress'],
      ['internal-audit', 'status', 'canceled', 'cancelled'],
      ['external-audit', 'status', 'Canceled', 'cancelled'],
    ];
    for (const [kind, field, written, canonical] of cases)
      assert.equal(canonicalValue(kind, field, written), canonical, `${kind}.${field}: ${written}`);
  });

  it('reads a corrective action `done` as `implemented`, the least it can mean: closing needs the effectiveness review', () => {
    for (const w of ['done', 'Done', 'completed']) assert.equal(canonicalValue('corrective-action', 'status', w), 'implemented', w);
  });

  it('leaves what means two things, or nothing, unread', () => {
    assert.equal(canonicalValue('finding', 'type', 'nc'), undefined, 'major or minor?');
    assert.equal(canonicalValue('corrective-action', 'status', 'finished'), undefined);
    assert.equal(canonicalValue('risk', 'status', 'mitigate'), undefined, 'a synonym of another field is not read here');
    assert.equal(canonicalValue('incident', 'status', 'canceled'), undefined, 'canceled only where cancelled is allowed');
    assert.equal(canonicalValue('risk', 'title', 'mitigate'), undefined, 'no closed list');
    assert.equal(canonicalValue('incident', 'personal-data', 'maybe'), undefined);
    assert.equal(canonicalValue('internal-audit', 'status', '_done'), undefined, 'a leading underscore is not a spelling of done');
    assert.equal(canonicalValue('internal-audit', 'status', 'toString'), undefined, 'no prototype entries');
  });

  it('reads case, spaces and underscores generally, not per entry', () => {
    assert.equal(normalTerm('  Major__NC '), 'major-nc');
    assert.equal(canonicalValue('finding', 'type', 'MAJOR_NON CONFORMITY'), 'major-nc');
    assert.equal(canonicalValue('exercise', 'type', 'Full Test'), 'full-test');
    assert.equal(canonicalValue('objective', 'direction', 'At least'), 'at-least');
    assert.equal(canonicalValue('incident', 'notification', 'Not Required'), 'not-required');
  });

  it('the variant spellings name values some closed list has', () => {
    const all = new Set(Object.values(KIND_FIELDS).flatMap((fields) => Object.values(fields).flatMap((f) => f.values ?? [])));
    for (const [written, canonical] of Object.entries(VARIANT_SPELLINGS)) {
      assert.ok(all.has(canonical), canonical);
      assert.equal(normalTerm(written), written);
    }
  });

  it('every field alias names a field of its kind and is no field of its own', () => {
    for (const [kind, aliases] of Object.entries(FIELD_ALIASES) as [RecordKind, Record<string, string>][]) {
      for (const [alias, field] of Object.entries(aliases)) {
        assert.ok(KIND_FIELDS[kind][field], `${kind}: ${alias} → ${field}, no such field`);
        assert.equal(KIND_FIELDS[kind][alias], undefined, `${kind}: ${alias} is a field already`);
        assert.equal(normalTerm(alias), alias);
        assert.equal(aliasedField(kind, alias), field);
      }
    }
    assert.equal(FIELD_ALIASES.incident?.date, 'detected', "an incident's date: is its detection date");
  });
});

describe('vocabulary: reading a record', () => {
  it('normaliseValues rewrites synonyms and keeps what was written, but not a case variant', () => {
    const data: Record<string, unknown> = { treatment: 'Mitigate', status: 'OPEN', title: 'Accept' };
    assert.deepEqual(normaliseValues('risk', data), [{ key: 'treatment', written: 'Mitigate', canonical: 'modify' }]);
    assert.deepEqual(data, { treatment: 'modify', status: 'open', title: 'Accept' });
    const incident: Record<string, unknown> = { 'personal-data': 'yes', status: 'Not a status' };
    assert.deepEqual(normaliseValues('incident', incident), [{ key: 'personal-data', written: 'yes', canonical: true }]);
    assert.equal(incident.status, 'Not a status', 'left for ISMS006');
  });

  it('fieldAliases reads an alias only when its field is not written too, and one alias per field', () => {
    assert.deepEqual([...fieldAliases('incident', ['id', 'date'])], [['date', 'detected']]);
    assert.deepEqual([...fieldAliases('incident', ['id', 'Date'])], [['Date', 'detected']]);
    assert.deepEqual([...fieldAliases('incident', ['date', 'detected'])], []);
    assert.deepEqual([...fieldAliases('incident', ['date', 'date-detected'])], [['date', 'detected']]);
    assert.deepEqual([...fieldAliases('external-audit', ['date'])], [], 'date is an external audit field of its own');
    assert.deepEqual([...fieldAliases('person', ['date'])], []);
  });

  it('parse: an alias is read as its field, with the ranges of what was written, and kept as a spelling', () => {
    const text = 'isms: incidents\nrecords:\n  - id: INC-1\n    date: 2026-02-03\n    severity: Moderate\n';
    const [rec] = parseFile('/isms/registers/incidents.yaml', text).records;
    assert.equal(rec.data.detected, '2026-02-03');
    assert.equal(rec.data.date, undefined);
    assert.equal(rec.data.severity, 'medium');
    assert.deepEqual(rec.fields.detected.keyRange, { start: { line: 3, character: 4 }, end: { line: 3, character: 8 } });
    assert.deepEqual(rec.fields.detected.valueRange.start, { line: 3, character: 10 });
    assert.equal(rec.fields.date, undefined);
    assert.deepEqual(rec.spellings, [
      { key: 'detected', written: 'date', canonical: 'detected', field: true },
      { key: 'severity', written: 'Moderate', canonical: 'medium' },
    ]);
  });

  it('parse: with both the field and its alias, the alias stays an extra field of its own', () => {
    const text = 'isms: incidents\nrecords:\n  - { id: INC-1, detected: 2026-02-03, date: 2026-02-01 }\n';
    const [rec] = parseFile('/isms/registers/incidents.yaml', text).records;
    assert.equal(rec.data.detected, '2026-02-03');
    assert.equal(rec.data.date, '2026-02-01');
    assert.equal(rec.spellings, undefined);
  });

  it('parse: a synonym under an alias is read too (legal-basis: legitimate interest)', () => {
    const text = 'isms: processing-activities\nrecords:\n  - { id: PA-1, legal-basis: legitimate interest, role: Data Controller }\n';
    const [rec] = parseFile('/isms/registers/pa.yaml', text).records;
    assert.equal(rec.data['lawful-basis'], 'legitimate-interests');
    assert.equal(rec.data.role, 'controller');
    assert.equal(rec.spellings?.length, 3);
  });
});
