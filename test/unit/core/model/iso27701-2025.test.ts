/**
 * ISO/IEC 27701:2025 as its own catalogue, and the 2019 → 2025 correspondence (Annex F) as data: the
 * tables and their titles, the spellings that reach them, and every mapping row held to ids that exist.
 */
import * as assert from 'node:assert/strict';
import { canonicalId, catalogueFor, lookupEntry } from '../../../../src/core/model/catalogues';
import { ISO27701 } from '../../../../src/core/model/catalogues/iso27701';
import { ISO27701_2025, ISO27701_2025_TABLE_SIZES } from '../../../../src/core/model/catalogues/iso27701-2025';
import { parseClauseCitation } from '../../../../src/core/model/citations';
import { ISO27701_2019_TO_2025, iso27701LegacyId } from '../../../../src/core/model/iso27701Editions';
import { listsPrivacyStandard } from '../../../../src/core/model/standards';

const controls = (group: string): string[] =>
  ISO27701_2025.entries.filter((e) => e.kind === 'control' && e.group === group && e.auditable).map((e) => e.id);
const title = (id: string): string | undefined => lookupEntry(id)?.entry.title;
// titles compared as words: 2019 writes "PII sharing, transfer, and disclosure", 2025's summaries drop the comma
const words = (t: string | undefined): string =>
  (t ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

describe('ISO/IEC 27701:2025 catalogue', () => {
  it('has Annex A in three tables of 31, 18 and 29 controls, numbered from .2 within each objective (A.3 from A.3.3)', () => {
    assert.deepEqual(
      (['controller', 'processor', 'shared'] as const).map((g) => controls(g).length),
      [31, 18, 29],
    );
    assert.deepEqual({ ...ISO27701_2025_TABLE_SIZES }, { controller: 31, processor: 18, shared: 29 });
    assert.equal(controls('controller')[0], 'iso27701-2025:A.1.2.2');
    assert.equal(controls('controller').at(-1), 'iso27701-2025:A.1.5.5');
    assert.equal(controls('processor').at(-1), 'iso27701-2025:A.2.5.9');
    assert.deepEqual([controls('shared')[0], controls('shared').at(-1)], ['iso27701-2025:A.3.3', 'iso27701-2025:A.3.31']);
    assert.equal(new Set(ISO27701_2025.entries.map((e) => e.id)).size, ISO27701_2025.entries.length, 'ids unique');
    assert.ok(
      ISO27701_2025.entries.every((e) => e.title.trim() !== ''),
      'every entry has a title',
    );
  });

  it('carries the titles the sources give (spot checks across the three tables and the clauses)', () => {
    assert.equal(title('iso27701-2025:A.1.2.6'), 'Privacy impact assessment');
    assert.equal(title('iso27701-2025:A.1.2.9'), 'Records related to processing PII');
    assert.equal(title('iso27701-2025:A.1.3.11'), 'Automated decision making');
    assert.equal(title('iso27701-2025:A.1.4.10'), 'PII transmission controls');
    assert.equal(title('iso27701-2025:A.2.2.7'), 'Records related to processing PII');
    assert.equal(title('iso27701-2025:A.2.5.9'), 'Change of subcontractor to process PII');
    assert.equal(title('iso27701-2025:A.3.12'), 'Response to security incidents');
    assert.equal(title('iso27701-2025:A.3.25'), 'Logging');
    assert.equal(title('iso27701-2025:A.3.31'), 'Test information');
    assert.equal(title('iso27701-2025:6.1.2'), 'Privacy risk assessment');
    assert.equal(title('iso27701-2025:10.2'), 'Nonconformity and corrective action');
    assert.equal(lookupEntry('iso27701-2025:A.1.2.1'), undefined, '.1 is an objective statement, not a control');
  });

  it('has clauses 4–10 as a standalone management system, headings not auditable', () => {
    const tops = ISO27701_2025.entries.filter((e) => e.kind === 'clause' && !e.id.slice(14).includes('.'));
    assert.deepEqual(
      tops.map((e) => e.id),
      ['4', '5', '6', '7', '8', '9', '10'].map((n) => `iso27701-2025:${n}`),
    );
    assert.ok(tops.every((e) => e.auditable === false));
    assert.equal(lookupEntry('iso27701-2025:9.2.2')?.entry.auditable, true);
  });

  it('is found by its key; `iso27701` alone stays the 2019 edition folders meant', () => {
    assert.equal(catalogueFor('iso27701:2025')?.name, 'ISO/IEC 27701:2025');
    assert.equal(catalogueFor(' ISO27701:2025 ')?.key, 'iso27701:2025');
    assert.equal(catalogueFor('iso27701')?.key, 'iso27701:2019');
    assert.ok(listsPrivacyStandard(['iso27001:2022', 'iso27701:2025']), 'the privacy rules run for 2025 too');
  });

  it('reads the ways people write a 2025 id, and leaves 2019 ids to 2019', () => {
    assert.equal(canonicalId('iso27701:A.1.2.6'), 'iso27701-2025:A.1.2.6');
    assert.equal(canonicalId('ISO27701:2025:a.3.25'), 'iso27701-2025:A.3.25');
    assert.equal(canonicalId('iso27701:2025:6.1.3'), 'iso27701-2025:6.1.3');
    assert.equal(canonicalId('ISO27701-2025:a1.2.6'), 'iso27701-2025:A.1.2.6');
    assert.equal(canonicalId('iso27701:2019:A.7.2.5'), 'iso27701:A.7.2.5');
    assert.equal(canonicalId('iso27701:A.7.2.5'), 'iso27701:A.7.2.5');
    assert.equal(canonicalId('iso27701:5.2.3'), 'iso27701:5.2.3');
    assert.equal(lookupEntry('iso27701:A.1.2.6')?.standard.key, 'iso27701:2025');
  });

  it('reads a clause cited with the 2025 edition as that edition’s clause', () => {
    assert.deepEqual(parseClauseCitation('ISO/IEC 27701:2025 6.1.3'), {
      id: 'iso27701-2025:6.1.3',
      clause: '6.1.3',
      prefix: 'iso27701-2025:',
      letters: [],
    });
    assert.equal(parseClauseCitation('iso27701-2025:4.3')?.id, 'iso27701-2025:4.3');
    assert.equal(parseClauseCitation('ISO 27701 5.2.3')?.id, 'iso27701:5.2.3', 'without a year: 2019, as before');
    assert.equal(lookupEntry('ISO/IEC 27701:2025 9.2.2')?.entry.title, 'Internal audit programme');
  });
});

describe('ISO/IEC 27701:2019 → 2025 (Annex F)', () => {
  const rows = Object.entries(ISO27701_2019_TO_2025);

  it('every row maps a 2019 id that exists to 2025 ids that exist, spelled as the catalogues spell them', () => {
    for (const [from, targets] of rows) {
      const old = lookupEntry(from);
      assert.equal(old?.standard.key, 'iso27701:2019', `${from} is not a 2019 id`);
      assert.equal(old?.entry.id, from, `${from} is not spelled as the catalogue does`);
      assert.ok(targets.length > 0, `${from} maps to nothing`);
      for (const to of targets) {
        const hit = lookupEntry(to);
        assert.equal(hit?.standard.key, 'iso27701:2025', `${from} → ${to}: not a 2025 id`);
        assert.equal(hit?.entry.id, to, `${to} is not spelled as the catalogue does`);
        assert.equal(hit?.entry.kind, old?.entry.kind, `${from} → ${to}: a control maps to a control`);
      }
    }
  });

  it('moves every 2019 Annex A and B control one for one, same title, onto every control of Tables A.1 and A.2', () => {
    const old = ISO27701.entries.filter((e) => e.kind === 'control').map((e) => e.id);
    assert.deepEqual(
      rows.map(([from]) => from),
      old,
      'a row for each 2019 control and heading, in order',
    );
    for (const [from, [to]] of rows) assert.equal(words(title(to)), words(title(from)), `${from} → ${to}`);
    const targets = rows.map(([, [to]]) => to).filter((to) => lookupEntry(to)?.entry.auditable);
    assert.deepEqual([...targets].sort(), [...controls('controller'), ...controls('processor')].sort());
  });

  it('answers only for a folder on 2025 alone', () => {
    const on2025 = ['iso27001:2022', 'iso27701:2025'];
    assert.deepEqual(iso27701LegacyId('iso27701:a.7.2.8', on2025), {
      id: 'iso27701:A.7.2.8',
      replacements: ['iso27701-2025:A.1.2.9'],
    });
    assert.deepEqual(iso27701LegacyId('iso27701:5.4.1.3', on2025), { id: 'iso27701:5.4.1.3', replacements: [] });
    assert.equal(iso27701LegacyId('iso27701:A.7.2.8', ['iso27001:2022', 'iso27701:2019']), undefined);
    assert.equal(iso27701LegacyId('iso27701:A.7.2.8', ['iso27701:2019', 'iso27701:2025']), undefined, 'transition');
    assert.equal(iso27701LegacyId('iso27701-2025:A.1.2.9', on2025), undefined);
    assert.equal(iso27701LegacyId('A.5.15', on2025), undefined);
  });
});
