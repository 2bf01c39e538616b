import * as assert from 'node:assert/strict';
import {
  annexAControls,
  auditableEntries,
  canonicalId,
  CATALOGUES,
  catalogueFor,
  coversEntry,
  DEFAULT_STANDARDS,
  isAnnexAControl,
  lookupEntry,
} from '../../src/core/model/catalogues';
import { ISO27001_2013_TITLES, ISO27001_2013_TO_2022, legacyEquivalent } from '../../src/core/model/legacy2013';

const title = (id: string | number): string | undefined => lookupEntry(id)?.entry.title;

describe('catalogues', () => {
  describe('ISO/IEC 27001:2022', () => {
    it('has exactly 93 Annex A controls: 37 organizational, 8 people, 14 physical, 34 technological', () => {
      const controls = annexAControls();
      assert.equal(controls.length, 93);
      const count = (group: string): number => controls.filter((c) => c.group === group).length;
      assert.deepEqual(
        { organizational: count('organizational'), people: count('people'), physical: count('physical'), technological: count('technological') },
        { organizational: 37, people: 8, physical: 14, technological: 34 },
      );
    });

    it('numbers the controls of each theme 1..n without gaps, under the theme number', () => {
      const themes: Record<string, number> = { organizational: 5, people: 6, physical: 7, technological: 8 };
      for (const [group, theme] of Object.entries(themes)) {
        const ids = annexAControls()
          .filter((c) => c.group === group)
          .map((c) => c.id);
        assert.deepEqual(ids, ids.map((_, i) => `A.${theme}.${i + 1}`), group);
      }
    });

    it('has the 2022 titles (spot checks across all themes, including the new controls)', () => {
      assert.equal(title('A.5.1'), 'Policies for information security');
      assert.equal(title('A.5.7'), 'Threat intelligence');
      assert.equal(title('A.5.15'), 'Access control');
      assert.equal(title('A.5.23'), 'Information security for use of cloud services');
      assert.equal(title('A.5.30'), 'ICT readiness for business continuity');
      assert.equal(title('A.5.37'), 'Documented operating procedures');
      assert.equal(title('A.6.3'), 'Information security awareness, education and training');
      assert.equal(title('A.6.8'), 'Information security event reporting');
      assert.equal(title('A.7.4'), 'Physical security monitoring');
      assert.equal(title('A.7.14'), 'Secure disposal or re-use of equipment');
      assert.equal(title('A.8.13'), 'Information backup');
      assert.equal(title('A.8.16'), 'Monitoring activities');
      assert.equal(title('A.8.28'), 'Secure coding');
      assert.equal(title('A.8.34'), 'Protection of information systems during audit testing');
    });

    it('has clauses 4–10 with their 2022 titles, including 6.3 Planning of changes', () => {
      assert.equal(title('9.2.2'), 'Internal audit programme');
      assert.equal(title('6.3'), 'Planning of changes');
      assert.equal(title('9.3.2'), 'Management review inputs');
      assert.equal(title('10.2'), 'Nonconformity and corrective action');
      assert.equal(title('4.3'), 'Determining the scope of the information security management system');
      for (const top of ['4', '5', '6', '7', '8', '9', '10']) assert.equal(lookupEntry(top)?.entry.kind, 'clause', top);
      assert.equal(lookupEntry('8.4'), undefined, 'clause 8 stops at 8.3');
      assert.equal(lookupEntry('A.5.38'), undefined);
      assert.equal(lookupEntry('A.8.35'), undefined);
    });

    it('marks requirement clauses and controls auditable, headings not', () => {
      const auditable = new Set(auditableEntries(['iso27001:2022']).map((e) => e.id));
      for (const id of ['4.1', '6.1.2', '6.3', '7.5.3', '9.2.2', '10.2', 'A.5.1', 'A.8.34']) assert.ok(auditable.has(id), id);
      for (const id of ['4', '6', '6.1', '7.5', '9', '9.2', '9.3', '10']) assert.ok(!auditable.has(id), id);
      assert.equal([...auditable].filter((id) => id.startsWith('A.')).length, 93);
    });
  });

  describe('every catalogue', () => {
    it('has unique ids, each carrying the prefix of its standard, with a title', () => {
      const all = new Set<string>();
      for (const standard of CATALOGUES) {
        const ids = standard.entries.map((e) => e.id);
        assert.equal(new Set(ids).size, ids.length, `duplicate id in ${standard.key}`);
        for (const e of standard.entries) {
          assert.ok(e.id.startsWith(standard.prefix), e.id);
          assert.ok(e.title.trim().length > 0, e.id);
          assert.ok(!all.has(e.id), `${e.id} in two catalogues`);
          all.add(e.id);
          // every id must be found under its own spelling (the canonical form)
          assert.equal(canonicalId(e.id), e.id);
          assert.equal(lookupEntry(e.id)?.standard, standard);
        }
      }
    });

    it('lists GDPR articles 1–99 with their titles', () => {
      const gdpr = catalogueFor('gdpr');
      assert.ok(gdpr);
      assert.deepEqual(
        gdpr.entries.map((e) => e.id),
        Array.from({ length: 99 }, (_, i) => `gdpr:art-${i + 1}`),
      );
      assert.ok(gdpr.entries.every((e) => e.kind === 'article'));
      assert.equal(title('gdpr:art-33'), 'Notification of a personal data breach to the supervisory authority');
      assert.equal(title('gdpr:art-32'), 'Security of processing');
      assert.equal(title('gdpr:art-99'), 'Entry into force and application');
    });

    it('lists the eight POPIA conditions and its sections', () => {
      const conditions = catalogueFor('popia')?.entries.filter((e) => e.kind === 'condition') ?? [];
      assert.deepEqual(
        conditions.map((e) => e.id),
        Array.from({ length: 8 }, (_, i) => `popia:condition-${i + 1}`),
      );
      assert.equal(title('popia:condition-7'), 'Security safeguards');
      assert.equal(title('popia:s-19'), 'Security measures on integrity and confidentiality of personal information');
      assert.equal(title('popia:s-22'), 'Notification of security compromises');
    });

    it('has ISO 27701 Annex A (31 controller controls) and Annex B (18 processor controls)', () => {
      const entries = catalogueFor('iso27701:2019')?.entries ?? [];
      const leaves = (annex: string): number => entries.filter((e) => e.id.startsWith(`iso27701:${annex}`) && e.auditable).length;
      assert.equal(leaves('A.7.'), 31);
      assert.equal(leaves('B.8.'), 18);
      assert.equal(title('iso27701:A.7.2.5'), 'Privacy impact assessment');
      assert.equal(title('iso27701:5.2.1'), 'Understanding the organization and its context');
    });

    it('has ISO 22301 clauses with the 2019 titles', () => {
      assert.equal(title('iso22301:8.5'), 'Exercise programme');
      assert.equal(title('iso22301:8.2.2'), 'Business impact analysis');
      assert.equal(title('iso22301:6.3'), 'Planning changes to the business continuity management system');
    });
  });

  describe('lookupEntry', () => {
    it('forgives case, spaces, a missing dot after the annex letter and YAML numbers', () => {
      assert.equal(lookupEntry('a.5.15')?.entry.id, 'A.5.15');
      assert.equal(lookupEntry('  A.5.15 ')?.entry.id, 'A.5.15');
      assert.equal(lookupEntry('A5.15')?.entry.id, 'A.5.15');
      assert.equal(lookupEntry(9.1)?.entry.id, '9.1');
      assert.equal(lookupEntry(10)?.entry.id, '10');
      assert.equal(lookupEntry('GDPR:Art. 33')?.entry.id, 'gdpr:art-33');
      assert.equal(lookupEntry('gdpr:article 5')?.entry.id, 'gdpr:art-5');
      assert.equal(lookupEntry('popia:s.19')?.entry.id, 'popia:s-19');
      assert.equal(lookupEntry('ISO27701:a.7.2.1')?.entry.id, 'iso27701:A.7.2.1');
      assert.equal(lookupEntry('iso27001:A.8.28')?.entry.id, 'A.8.28');
    });

    it('finds nothing for ids that are not in a catalogue', () => {
      for (const id of ['', 'A.12.3.1', 'A.5', 'gdpr:art-100', 'popia:condition-9', '11', 'iso27701:9.1', 'X.5.1']) {
        assert.equal(lookupEntry(id), undefined, id);
      }
    });

    it('tells Annex A controls from clauses and other standards', () => {
      assert.ok(isAnnexAControl('A.5.15'));
      assert.ok(isAnnexAControl('a.8.28'));
      assert.ok(!isAnnexAControl('9.2.2'));
      assert.ok(!isAnnexAControl('iso27701:A.7.2.1'));
      assert.ok(!isAnnexAControl('A.12.3.1'));
    });
  });

  describe('catalogueFor and auditableEntries', () => {
    it('finds catalogues by key, case-insensitive, and by name without edition', () => {
      assert.equal(catalogueFor('iso27001:2022')?.prefix, '');
      assert.equal(catalogueFor('ISO27701:2019')?.key, 'iso27701:2019');
      assert.equal(catalogueFor('iso22301')?.key, 'iso22301:2019');
      assert.equal(catalogueFor('iso27001:2013'), undefined);
      assert.equal(catalogueFor('soc2'), undefined);
      assert.deepEqual(DEFAULT_STANDARDS, ['iso27001:2022']);
    });

    it('collects auditable entries of the listed standards only, each once', () => {
      const only27001 = auditableEntries(DEFAULT_STANDARDS);
      const both = auditableEntries(['iso27001:2022', 'iso22301:2019', 'iso22301', 'unknown']);
      assert.ok(both.length > only27001.length);
      assert.equal(new Set(both.map((e) => e.id)).size, both.length);
      assert.ok(both.some((e) => e.id === 'iso22301:8.5'));
      assert.ok(!auditableEntries(['gdpr']).length, 'laws are not audited clause by clause');
    });

    it('lets a heading cover its subclauses, not a sibling', () => {
      assert.ok(coversEntry('9.2', '9.2.2'));
      assert.ok(coversEntry(9, '9.3.1'));
      assert.ok(coversEntry('a.5.15', 'A.5.15'));
      assert.ok(!coversEntry('A.5.1', 'A.5.15'));
      assert.ok(!coversEntry('9.2.2', '9.2'));
    });
  });

  describe('ISO 27001:2013 → 2022', () => {
    const ids2013 = Object.keys(ISO27001_2013_TO_2022);

    it('maps all 114 controls of 2013, 14 domains A.5–A.18', () => {
      assert.equal(ids2013.length, 114);
      assert.equal(new Set(ids2013).size, 114);
      assert.ok(ids2013.every((id) => /^A\.(5|6|7|8|9|10|11|12|13|14|15|16|17|18)\.\d+\.\d+$/.test(id)));
      assert.deepEqual(Object.keys(ISO27001_2013_TITLES).sort(), [...ids2013].sort());
    });

    it('maps only to controls that exist in the 2022 catalogue, and reaches all but the 11 new ones', () => {
      const targets = new Set<string>();
      for (const [id, to] of Object.entries(ISO27001_2013_TO_2022)) {
        assert.ok(to.length > 0, id);
        for (const t of to) {
          assert.ok(isAnnexAControl(t), `${id} → ${t}`);
          targets.add(t);
        }
      }
      const untouched = annexAControls()
        .map((c) => c.id)
        .filter((id) => !targets.has(id));
      assert.deepEqual(untouched, ['A.5.7', 'A.5.23', 'A.5.30', 'A.7.4', 'A.8.9', 'A.8.10', 'A.8.11', 'A.8.12', 'A.8.16', 'A.8.23', 'A.8.28']);
    });

    it('follows the ISO/IEC 27002:2022 Annex B correspondence', () => {
      assert.deepEqual(ISO27001_2013_TO_2022['A.12.3.1'], ['A.8.13']);
      assert.deepEqual(ISO27001_2013_TO_2022['A.9.4.2'], ['A.8.5']);
      assert.deepEqual(ISO27001_2013_TO_2022['A.5.1.1'], ['A.5.1']);
      assert.deepEqual(ISO27001_2013_TO_2022['A.5.1.2'], ['A.5.1']);
      assert.deepEqual(ISO27001_2013_TO_2022['A.6.1.1'], ['A.5.2']);
      assert.deepEqual(ISO27001_2013_TO_2022['A.11.2.5'], ['A.7.10']);
      assert.deepEqual(ISO27001_2013_TO_2022['A.18.2.3'], ['A.5.36', 'A.8.8']);
    });

    it('accepts the A.12.3.1 and 12.3.1 forms, but a bare 2022 clause id is the clause', () => {
      assert.deepEqual(legacyEquivalent('A.12.3.1'), ['A.8.13']);
      assert.deepEqual(legacyEquivalent('12.3.1'), ['A.8.13']);
      assert.deepEqual(legacyEquivalent(' a.9.4.2 '), ['A.8.5']);
      assert.deepEqual(legacyEquivalent('A.9.2.2'), ['A.5.18']);
      assert.equal(legacyEquivalent('9.2.2'), undefined, '9.2.2 is the 2022 internal audit programme clause');
      assert.equal(legacyEquivalent('6.1.2'), undefined);
      assert.equal(legacyEquivalent('A.5.15'), undefined);
      assert.equal(legacyEquivalent('A.19.1.1'), undefined);
      assert.equal(legacyEquivalent('toString'), undefined);
    });
  });
});
