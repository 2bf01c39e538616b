/**
 * The inputs ISO/IEC 27001:2022 9.3.2 requires a management review to consider, d split into its four
 * trends. A review gives each either as a key under `inputs:` or as a Markdown heading whose text
 * contains one of the phrases: the ways practitioners name the section ("Actions from the last review",
 * "KPIs and metrics", "Internal audit findings"), kept here as data and tested one by one.
 */

/**
 * A phrase that names an input, lower case, matched at the start of a word (`kpi` is in "KPIs", `bia` is
 * not in "Namibia"); `unless`: words that, in the same heading, mean another input ("Feedback from
 * interested parties" is 9.3.2 e, not c).
 */
export type Phrase = string | { phrase: string; unless: readonly string[] };

export interface ReviewInput {
  key: string;
  clause: string;
  title: string;
  /** the phrases that identify the input in a heading or an `inputs:` key (spaces read as hyphens there) */
  phrases: readonly Phrase[];
  /** ISO 22301:2019 9.3.2 asks for this 27001 input too, as its item … (a review of the BCMS alone needs it) */
  in22301?: string;
}

/** words of a heading about interested parties' feedback (9.3.2 e) rather than their needs (c), and back */
const FEEDBACK = ['feedback', 'complaint', 'survey', 'satisfaction'];
const NEEDS = ['needs', 'expectation', 'requirement'];

export const REVIEW_INPUTS: readonly ReviewInput[] = [
  {
    key: 'previous-actions',
    in22301: 'a',
    clause: '9.3.2 a',
    title: 'status of actions from previous management reviews',
    phrases: [
      'previous',
      'prior review',
      'prior management review',
      'last review',
      'last management review',
      'last meeting',
      'earlier review',
      'action log',
      'action tracker',
      'open actions',
      'outstanding actions',
      'matters arising',
    ],
  },
  {
    key: 'changes-in-issues',
    in22301: 'b',
    clause: '9.3.2 b',
    title: 'changes in external and internal issues',
    phrases: [
      'external and internal issues',
      'internal and external issues',
      'internal issues',
      'external issues',
      'changes in issues',
      'context',
      'pestle',
      'swot',
    ],
  },
  {
    key: 'interested-parties-needs',
    clause: '9.3.2 c',
    title: 'changes in needs and expectations of interested parties',
    phrases: [
      'needs and expectations',
      'expectations',
      'requirements of interested parties',
      { phrase: 'interested part', unless: FEEDBACK },
      { phrase: 'stakeholder', unless: FEEDBACK },
    ],
  },
  {
    key: 'nonconformities',
    in22301: 'c 1',
    clause: '9.3.2 d 1',
    title: 'trends in nonconformities and corrective actions',
    phrases: ['nonconformit', 'non-conformit', 'non conformit', 'corrective action', 'ncr'],
  },
  {
    key: 'monitoring-measurement',
    in22301: 'c 2',
    clause: '9.3.2 d 2',
    title: 'trends in monitoring and measurement results',
    phrases: [
      'monitoring',
      'measurement',
      'kpi',
      'metric',
      'key performance',
      'performance indicator',
      'measures',
      'dashboard',
      'scorecard',
    ],
  },
  // any audit: internal, external, certification, surveillance; results, findings, reports
  { key: 'audit-results', in22301: 'c 3', clause: '9.3.2 d 3', title: 'trends in audit results', phrases: ['audit'] },
  {
    key: 'objectives',
    clause: '9.3.2 d 4',
    title: 'trends in fulfilment of information security objectives',
    phrases: ['objective', 'goals', 'targets'],
  },
  {
    key: 'interested-parties-feedback',
    in22301: 'd',
    clause: '9.3.2 e',
    title: 'feedback from interested parties',
    // a section named for the interested parties alone holds both their changed needs (c) and their feedback (e)
    phrases: [
      'feedback',
      'complaint',
      'customer satisfaction',
      'survey',
      { phrase: 'interested part', unless: NEEDS },
      { phrase: 'stakeholder', unless: NEEDS },
    ],
  },
  {
    key: 'risk-assessment',
    clause: '9.3.2 f',
    title: 'results of risk assessment and status of the risk treatment plan',
    phrases: ['risk', 'treatment plan'],
  },
  {
    key: 'improvement-opportunities',
    in22301: 'k',
    clause: '9.3.2 g',
    title: 'opportunities for continual improvement',
    phrases: ['improv', 'ofi', 'suggestion'],
  },
];

/**
 * The inputs ISO 22301:2019 9.3.2 adds to 27001's for a review that covers the BCMS. Its a, b, c 1–3, d
 * and k are 27001's a, b, d 1–3, e and g (`in22301` above); c's "business continuity performance" is
 * those trends, and exercise results reach the review through h (the 8.6 evaluation).
 */
export const CONTINUITY_REVIEW_INPUTS: readonly ReviewInput[] = [
  {
    key: 'bcms-changes',
    clause: 'ISO 22301 9.3.2 e',
    title: 'the need for changes to the BCMS, including the policy and objectives',
    phrases: ['need for change', 'changes to the bcms', 'changes to the business continuity'],
  },
  {
    key: 'bc-resources',
    clause: 'ISO 22301 9.3.2 f',
    title: "procedures and resources that could improve the BCMS's performance and effectiveness",
    phrases: ['resource'],
  },
  {
    key: 'bia-risk-assessment',
    clause: 'ISO 22301 9.3.2 g',
    title: 'information from the business impact analysis and risk assessment',
    phrases: ['business impact', 'bia'],
  },
  {
    key: 'bc-capabilities',
    clause: 'ISO 22301 9.3.2 h',
    title: 'output from the evaluation of business continuity documentation and capabilities (8.6), exercise results included',
    phrases: ['capabilit', 'business continuity documentation', 'exercise'],
  },
  {
    key: 'unaddressed-risks',
    clause: 'ISO 22301 9.3.2 i',
    title: 'risks or issues not adequately addressed in any previous risk assessment',
    phrases: ['not adequately addressed', 'not addressed', 'unaddressed'],
  },
  {
    key: 'lessons-learned',
    clause: 'ISO 22301 9.3.2 j',
    title: 'lessons learned and actions arising from near-misses and disruptions',
    phrases: ['lessons learned', 'lessons learnt', 'near-miss', 'near miss', 'disruption'],
  },
];

/**
 * The inputs a review of these standards must consider: ISO 27001's list for the ISMS (ISO/IEC 27701
 * extends the ISMS's management review, 5.7.3, and adds none), ISO 22301's for the BCMS. GDPR and POPIA
 * ask for no management review. A review of the BCMS alone needs 27001's inputs only where 22301 has them.
 */
export function requiredInputs(covers: { isms: boolean; bcms: boolean }): ReviewInput[] {
  if (covers.isms) return covers.bcms ? [...REVIEW_INPUTS, ...CONTINUITY_REVIEW_INPUTS] : [...REVIEW_INPUTS];
  if (!covers.bcms) return [];
  const shared = REVIEW_INPUTS.filter((i) => i.in22301 !== undefined).map((i) => ({ ...i, clause: `ISO 22301 9.3.2 ${i.in22301}` }));
  return [...shared, ...CONTINUITY_REVIEW_INPUTS];
}

/**
 * Which management systems a review of these standards reviews, from their catalogue keys (`iso27001:2022`,
 * `iso22301:2019`: `standardKeys` of model/standards makes them from any spelling). The rule and the "New
 * management review" command both ask this, so the template holds the sections the rule checks.
 */
export function reviewedSystems(catalogueKeys: readonly string[]): { isms: boolean; bcms: boolean } {
  const lists = (standard: string): boolean => catalogueKeys.some((k) => k.split(':')[0] === standard);
  const bcms = lists('iso22301');
  // 27001's inputs unless the review is of the BCMS alone (GDPR and POPIA ask for no review of their own)
  return { isms: !bcms || lists('iso27001') || lists('iso27701'), bcms };
}

const ALL_INPUTS: readonly ReviewInput[] = [...REVIEW_INPUTS, ...CONTINUITY_REVIEW_INPUTS];

const normaliseKey = (k: string): string => k.toLowerCase().replace(/[\s_]+/g, '-');

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A phrase names an input where a word starts with it: `bia` is in "BIA results", not in "Namibia". */
const wordStart = (phrase: string): RegExp => new RegExp(`(?:^|[^a-z0-9])${escapeRegExp(phrase)}`, 'i');

interface PhraseTest {
  pattern: RegExp;
  unless: readonly RegExp[];
}

/** A phrase as tests on a heading (`hyphens`: on a key, where words are joined by hyphens). */
function phraseTest(p: Phrase, hyphens: boolean): PhraseTest {
  const words = (s: string): string => (hyphens ? s.replace(/ /g, '-') : s);
  if (typeof p === 'string') return { pattern: wordStart(words(p)), unless: [] };
  return { pattern: wordStart(words(p.phrase)), unless: p.unless.map((u) => wordStart(words(u))) };
}

const HEADING_PATTERNS = new Map(ALL_INPUTS.map((i) => [i, i.phrases.map((p) => phraseTest(p, false))] as const));
const KEY_PATTERNS = new Map(ALL_INPUTS.map((i) => [i, i.phrases.map((p) => phraseTest(p, true))] as const));

const names = (tests: readonly PhraseTest[] | undefined, text: string): boolean =>
  (tests ?? []).some((t) => t.pattern.test(text) && !t.unless.some((u) => u.test(text)));

/** The inputs (of every standard) a section heading names: "KPIs and metrics" → `monitoring-measurement`. */
export function inputsNamedBy(heading: string): string[] {
  return ALL_INPUTS.filter((i) => names(HEADING_PATTERNS.get(i), heading)).map((i) => i.key);
}

/** The inputs an `inputs:` key names: its own key alone, else the phrases (`kpis-and-metrics`). */
export function inputsNamedByKey(rawKey: string): string[] {
  const key = normaliseKey(rawKey);
  // the input's own key names it alone (`bia-risk-assessment` is not 27001's risk input); other keys as headings do
  const exact = ALL_INPUTS.find((i) => i.key === key);
  if (exact) return [exact.key];
  return ALL_INPUTS.filter((i) => names(KEY_PATTERNS.get(i), key)).map((i) => i.key);
}

/** Which inputs (of every standard) a review covers: non-empty `inputs:` keys, or headings of its body. */
export function coveredInputs(inputs: unknown, headings: Iterable<string>): Set<string> {
  const covered = new Set<string>();
  if (inputs !== null && typeof inputs === 'object' && !Array.isArray(inputs)) {
    for (const [k, v] of Object.entries(inputs as Record<string, unknown>)) {
      if (v === null || v === undefined || v === '') continue;
      for (const key of inputsNamedByKey(k)) covered.add(key);
    }
  }
  // one heading may name several inputs ("Nonconformities and corrective actions; audit results")
  for (const heading of headings) for (const key of inputsNamedBy(heading)) covered.add(key);
  return covered;
}
