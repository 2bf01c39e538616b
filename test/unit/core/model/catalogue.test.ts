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
} from '../../../../src/core/model/catalogues';
import { ISO27001_2013_TITLES, ISO27001_2013_TO_2022, legacyEquivalent } from '../../../../src/core/model/legacy2013';

const title = (id: string | number): string | undefined => lookupEntry(id)?.entry.title;

describe('catalogues', () => {
  describe('ISO/IEC 27001:2022', () => {
    it('has exactly 93 Annex A controls: 37 organizational, 8 people, 14 physical, 34 technological', () => {
      const controls = annexAControls();
      assert.equal(controls.length, 93);
      const count = (group: string): number => controls.filter((c) => c.group === group).length;
      assert.deepEqual(
        {
          organizational: count('organizational'),
          people: count('people'),
          physical: count('physical'),
          technological: count('technological'),
        },
        { organizational: 37, people: 8, physical: 14, technological: 34 },
      );
    });

    it('numbers the controls of each theme 1..n without gaps, under the theme number', () => {
      const themes: Record<string, number> = { organizational: 5, people: 6, physical: 7, technological: 8 };
      for (const [group, theme] of Object.entries(themes)) {
        const ids = annexAControls()
          .filter((c) => c.group === group)
          .map((c) => c.id);
        assert.deepEqual(
          ids,
          ids.map((_, i) => `A.${theme}.${i + 1}`),
          group,
        );
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

  describe('completeness a practitioner can count', () => {
    const entries = (key: string) => catalogueFor(key)?.entries ?? [];

    it('ISO 27001:2022: 30 requirement clauses under the seven headings 4–10', () => {
      const clauses = entries('iso27001:2022').filter((e) => e.kind === 'clause' && e.auditable);
      assert.equal(clauses.length, 30);
      assert.deepEqual([...new Set(clauses.map((e) => e.id.split('.')[0]))], ['4', '5', '6', '7', '8', '9', '10']);
    });

    it('ISO/IEC 27701:2019: Annex A controls A.7.2.1–8, A.7.3.1–10, A.7.4.1–9, A.7.5.1–4; Annex B B.8.2.1–6, B.8.3.1, B.8.4.1–3, B.8.5.1–8', () => {
      const leaves = (annex: string) =>
        entries('iso27701:2019')
          .filter((e) => e.kind === 'control' && e.auditable && e.id.startsWith(`iso27701:${annex}`))
          .map((e) => e.id);
      const numbered = (head: string, n: number) => Array.from({ length: n }, (_, i) => `iso27701:${head}.${i + 1}`);
      assert.deepEqual(leaves('A.'), [...numbered('A.7.2', 8), ...numbered('A.7.3', 10), ...numbered('A.7.4', 9), ...numbered('A.7.5', 4)]);
      assert.deepEqual(leaves('B.'), [...numbered('B.8.2', 6), ...numbered('B.8.3', 1), ...numbered('B.8.4', 3), ...numbered('B.8.5', 8)]);
      assert.ok(
        entries('iso27701:2019')
          .filter((e) => e.group === 'controller')
          .every((e) => e.id.startsWith('iso27701:A.7.')),
      );
      assert.ok(
        entries('iso27701:2019')
          .filter((e) => e.group === 'processor')
          .every((e) => e.id.startsWith('iso27701:B.8.')),
      );
      assert.equal(title('iso27701:A.7.2.8'), 'Records related to processing PII');
      assert.equal(title('iso27701:A.7.3.10'), 'Automated decision making');
      assert.equal(title('iso27701:A.7.4.9'), 'PII transmission controls');
      assert.equal(title('iso27701:B.8.2.6'), 'Records related to processing PII');
      assert.equal(title('iso27701:B.8.5.8'), 'Change of subcontractor to process PII');
      // clause 5: the 27001 requirement clauses 4–10 renumbered 5.2–5.8, 24 requirement subclauses
      assert.equal(entries('iso27701:2019').filter((e) => /^iso27701:5\./.test(e.id) && e.auditable).length, 24);
      assert.equal(title('iso27701:5.7.2'), 'Internal audit');
    });

    it('ISO 22301:2019: clauses 4–10, 46 requirement subclauses, with the 2019 titles', () => {
      const clauses = entries('iso22301:2019');
      assert.ok(clauses.every((e) => e.kind === 'clause'));
      assert.deepEqual(
        clauses.filter((e) => !e.id.includes('.')).map((e) => e.id),
        [4, 5, 6, 7, 8, 9, 10].map((n) => `iso22301:${n}`),
      );
      assert.equal(clauses.filter((e) => e.auditable).length, 46);
      assert.equal(title('iso22301:8.4.4'), 'Business continuity plans');
      assert.equal(title('iso22301:8.6'), 'Evaluation of business continuity documentation and capabilities');
      assert.equal(title('iso22301:9.2.2'), 'Audit programme(s)');
      assert.equal(title('iso22301:10.1'), 'Nonconformity and corrective action');
    });

    it('GDPR: all 99 articles in eleven chapters (spot checks on chapter boundaries)', () => {
      const chapters = [...new Set(entries('gdpr').map((e) => e.group))];
      assert.equal(chapters.length, 11);
      assert.equal(lookupEntry('gdpr:art-12')?.entry.group, 'Chapter III: Rights of the data subject');
      assert.equal(lookupEntry('gdpr:art-24')?.entry.group, 'Chapter IV: Controller and processor');
      assert.equal(lookupEntry('gdpr:art-44')?.entry.group?.startsWith('Chapter V:'), true);
      assert.equal(title('gdpr:art-30'), 'Records of processing activities');
      assert.equal(title('gdpr:art-35'), 'Data protection impact assessment');
    });

    it('POPIA: conditions 1–8, sections 1–40 complete, the selected later sections, each condition grouping its sections', () => {
      const sections = entries('popia')
        .filter((e) => e.kind === 'section')
        .map((e) => Number(e.id.slice('popia:s-'.length)));
      assert.deepEqual(
        sections.slice(0, 40),
        Array.from({ length: 40 }, (_, i) => i + 1),
      );
      assert.ok(
        sections.every((n, i) => i === 0 || n > sections[i - 1]),
        'in order',
      );
      assert.ok(sections.every((n) => n >= 1 && n <= 115));
      // ss. 8–25 are the eight conditions of Chapter 3 Part A
      for (let s = 8; s <= 25; s++) assert.match(lookupEntry(`popia:s-${s}`)?.entry.group ?? '', /^Condition [1-8]: /, `s. ${s}`);
      assert.equal(title('popia:s-72'), 'Transfers of personal information outside Republic');
    });

    it('marks the standards certifiable and the laws not, and nothing of a law auditable', () => {
      assert.deepEqual(
        CATALOGUES.map((c) => [c.key, c.certifiable]),
        [
          ['iso27001:2022', true],
          ['iso27701:2019', true],
          ['iso27701:2025', true],
          ['iso22301:2019', true],
          ['gdpr', false],
          ['popia', false],
        ],
      );
      assert.ok(CATALOGUES.filter((c) => !c.certifiable).every((c) => c.entries.every((e) => !e.auditable)));
    });
  });

  describe('ISO/IEC 27701 Annex D ↔ GDPR', () => {
    const related = (id: string): readonly string[] | undefined => lookupEntry(id)?.entry.related;

    it('maps the controls the way Annex D does, at article level', () => {
      assert.deepEqual(related('iso27701:A.7.2.8'), ['gdpr:art-30']);
      assert.deepEqual(related('iso27701:A.7.2.5'), ['gdpr:art-35', 'gdpr:art-36']);
      assert.deepEqual(related('iso27701:A.7.3.10'), ['gdpr:art-22']);
      assert.deepEqual(related('iso27701:6.13'), ['gdpr:art-33', 'gdpr:art-34']);
      assert.deepEqual(related('iso27701:B.8.2.6'), ['gdpr:art-30']);
      assert.deepEqual(related('iso27701:A.7.5.1'), [
        'gdpr:art-44',
        'gdpr:art-45',
        'gdpr:art-46',
        'gdpr:art-47',
        'gdpr:art-48',
        'gdpr:art-49',
      ]);
      // every A.7.3 control (obligations to PII principals) maps into Arts. 7 and 12–22
      for (let n = 1; n <= 10; n++) {
        const arts = related(`iso27701:A.7.3.${n}`) ?? [];
        assert.ok(
          arts.length > 0 && arts.every((a) => a === 'gdpr:art-7' || (Number(a.slice(9)) >= 12 && Number(a.slice(9)) <= 22)),
          `A.7.3.${n}: ${arts.join()}`,
        );
      }
    });

    it('computes the inverse: an article lists every control mapped to it, and the two directions agree', () => {
      assert.deepEqual(related('gdpr:art-30'), ['iso27701:A.7.2.8', 'iso27701:A.7.5.3', 'iso27701:A.7.5.4', 'iso27701:B.8.2.6']);
      assert.deepEqual(related('gdpr:art-33'), ['iso27701:6.13']);
      for (const c of CATALOGUES) {
        for (const e of c.entries) {
          for (const r of e.related ?? []) {
            assert.ok(lookupEntry(r), `${e.id} → ${r} is not a catalogue id`);
            assert.ok(lookupEntry(r)?.entry.related?.includes(e.id), `${r} does not link back to ${e.id}`);
          }
        }
      }
      assert.equal(related('gdpr:art-51'), undefined, 'supervisory-authority articles map to nothing');
      assert.equal(related('A.5.34'), undefined, 'ISO 27001 is not part of this mapping');
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
      assert.deepEqual(untouched, [
        'A.5.7',
        'A.5.23',
        'A.5.30',
        'A.7.4',
        'A.8.9',
        'A.8.10',
        'A.8.11',
        'A.8.12',
        'A.8.16',
        'A.8.23',
        'A.8.28',
      ]);
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
