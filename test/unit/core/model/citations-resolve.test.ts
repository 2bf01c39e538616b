/**
 * Every clause citation the product makes resolves in the catalogues, letter and sub-item included: each
 * registered rule's `clause` and description (the rules of every branch, whatever is registered), the
 * field descriptions of the kinds and of isms.yaml, the review inputs, and the prose of README.md,
 * docs/rules.md and docs/format.md. A citation of a clause, a list item (`9.2.2 f`) or a sub-item
 * (`9.3.2 d 5`) the standard does not have fails here, named with where it was found.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { RULES } from '../../../../src/core';
import { citationProblem, citationsIn, unresolvedCitations } from '../../../../src/core/model/citationText';
import { CONFIG_FIELDS } from '../../../../src/core/model/configFields';
import { MANDATORY_REQUIREMENTS, requirementCitation } from '../../../../src/core/model/mandatory';
import { FINDING_FIELDS, KIND_FIELDS, REGISTER_FIELDS } from '../../../../src/core/model/kinds';
import { CONTINUITY_REVIEW_INPUTS, REVIEW_INPUTS } from '../../../../src/core/model/reviewInputs';

function repoRoot(): string {
  for (const dir of [resolve(__dirname, '../../../../..'), process.cwd()]) if (existsSync(join(dir, 'package.json'))) return dir;
  return process.cwd();
}

/** Every string under a value (field specs nest their items' fields). */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

function problemsIn(where: string, texts: readonly string[]): string[] {
  return texts.flatMap((t) => unresolvedCitations(t).map((p) => `${where}: ${p}`));
}

/** Every .ts file under a folder. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const full = join(dir, f);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return f.endsWith('.ts') ? [full] : [];
  });
}

/** The citations with a list item on each line (what a version, a percentage or an example id never has). */
function itemProblems(where: string, text: string): string[] {
  return text.split('\n').flatMap((line, i) =>
    citationsIn(line)
      .filter((c) => c.letters.length > 0)
      .map(citationProblem)
      .filter((p): p is string => p !== undefined)
      .map((p) => `${where}:${i + 1}: ${p}`),
  );
}

describe('clause citations resolve in the catalogues', () => {
  it('reads the forms the rules write', () => {
    const ids = (text: string): string[] =>
      citationsIn(text).map((c) => [c.id, c.letters.join(''), c.subItem ?? '', c.paragraphs.join(',')].join(' ').trim());
    assert.deepEqual(ids('ISO/IEC 27001:2022 9.2.2 c and f (objective auditors)'), ['9.2.2 cf']);
    assert.deepEqual(ids('ISO/IEC 27001:2022 6.1.3 b–d (controls); 10.2 f-g'), ['6.1.3 bcd', '10.2 fg']);
    assert.deepEqual(ids('9.3.2 d 4 (fulfilment of objectives), 9.1 and 6.2 l'), ['9.3.2 d 4', '9.1', '6.2 l']);
    assert.deepEqual(ids('ISO 22301:2019 8.5 and 8.4.4; ISO/IEC 27701:2019 A.7.2.8 and B.8.2.6'), [
      'iso22301:8.5',
      'iso22301:8.4.4',
      'iso27701:A.7.2.8',
      'iso27701:B.8.2.6',
    ]);
    assert.deepEqual(ids('GDPR Art. 33(1) and 33(5); POPIA s.22'), ['gdpr:art-33   1', 'gdpr:art-33   5', 'popia:s-22']);
    assert.deepEqual(ids('ISO/IEC 17021-1:2015 9.6.3.2.5; Annex A 6.3; A.5.1'), ['iso17021-1:9.6.3.2.5', 'A.6.3', 'A.5.1']);
    // versions, dates and quoted numbers are not clauses
    assert.deepEqual(ids('version `1.2`, on 2026-02-30, "2.10", v1.4.2'), []);
  });

  it('rejects a letter, sub-item, clause or paragraph the standard does not have', () => {
    const problem = (text: string): string | undefined => citationsIn(text).map(citationProblem).find(Boolean);
    assert.match(problem('ISO/IEC 27001:2022 9.2.2 c and f') ?? '', /9\.2\.2 has no item f/);
    assert.match(problem('ISO/IEC 27001:2022 9.3.3 a') ?? '', /9\.3\.3 has no item a/);
    assert.match(problem('6.2 m') ?? '', /6\.2 has no item m/);
    assert.match(problem('9.3.2 d 5') ?? '', /no sub-item 5/);
    assert.match(problem('ISO/IEC 27001:2022 11.1') ?? '', /has no 11\.1/);
    assert.match(problem('ISO/IEC 17021-1 9.9.9') ?? '', /has no 9\.9\.9/);
    assert.match(problem('GDPR Art. 33(6)') ?? '', /no paragraph 6/);
    assert.match(problem('ISO/IEC 27006-1 9.1') ?? '', /no catalogue/);
    assert.equal(problem('ISO/IEC 27001:2022 9.2.2 b, 6.2 k, 7.5.3 e, 10.2 b; ISO 22301:2019 9.3.2 c 3'), undefined);
  });

  it('every registered rule cites clauses that exist (clause and description)', () => {
    const problems = RULES.flatMap((r) => problemsIn(`${r.code} ${r.name}`, [r.clause, r.description]));
    assert.deepEqual(problems, []);
    // a rule cites at least one clause, control, article or section (or names its standard's annex)
    for (const r of RULES) assert.ok(citationsIn(r.clause).length > 0 || /Annex A/.test(r.clause), `${r.code}: ${r.clause}`);
  });

  it('field descriptions of the kinds, isms.yaml and the review inputs cite clauses that exist', () => {
    const problems = [
      ...problemsIn('kinds', strings([KIND_FIELDS, FINDING_FIELDS, REGISTER_FIELDS])),
      ...problemsIn('isms.yaml', strings(CONFIG_FIELDS)),
      ...problemsIn(
        'review inputs',
        [...REVIEW_INPUTS, ...CONTINUITY_REVIEW_INPUTS].map((i) => i.clause),
      ),
      // the mandatory documented information, under its standard (`iso22301:2019` → `ISO 22301:2019 7.2 d`)
      ...problemsIn(
        'mandatory',
        MANDATORY_REQUIREMENTS.map((r) => `${r.standard.replace(/^iso(\d+):/, 'ISO $1:')} ${requirementCitation(r)}`),
      ),
    ];
    assert.deepEqual(problems, []);
  });

  it('messages, commands and comments of src/ cite list items that exist', () => {
    const root = repoRoot();
    const problems = sourceFiles(join(root, 'src')).flatMap((file) =>
      itemProblems(file.slice(root.length + 1), readFileSync(file, 'utf8')),
    );
    assert.deepEqual(problems, []);
  });

  it('README.md and the docs cite clauses that exist', () => {
    const root = repoRoot();
    // a rule's **Clause:** line is read whole; elsewhere (prose, tables) a citation with a list item, which no
    // version, percentage or example id has; code blocks (examples of ids, right and wrong) are left out
    const problems = ['README.md', 'docs/rules.md', 'docs/format.md'].flatMap((file) =>
      readFileSync(join(root, file), 'utf8')
        .replace(/^```[^\n]*\n[\s\S]*?^```$/gm, (block) => block.replace(/[^\n]/g, ''))
        .split('\n')
        .flatMap((line, i) =>
          citationsIn(line)
            .filter((c) => line.startsWith('**Clause:**') || c.letters.length > 0)
            .map(citationProblem)
            .filter((p): p is string => p !== undefined)
            .map((p) => `${file}:${i + 1}: ${p}`),
        ),
    );
    assert.deepEqual(problems, []);
  });
});
