/**
 * The inputs ISO/IEC 27001:2022 9.3.2 requires a management review to consider, d split into its four
 * trends. A review gives each either as a key under `inputs:` or as a Markdown heading whose text
 * contains one of the phrases.
 */
export interface ReviewInput {
  key: string;
  clause: string;
  title: string;
  /** lower-case phrases that identify the input in a heading (or alias keys) */
  phrases: readonly string[];
}

export const REVIEW_INPUTS: readonly ReviewInput[] = [
  { key: 'previous-actions', clause: '9.3.2 a', title: 'status of actions from previous management reviews', phrases: ['previous', 'prior review'] },
  { key: 'changes-in-issues', clause: '9.3.2 b', title: 'changes in external and internal issues', phrases: ['external and internal issues', 'internal and external issues', 'changes in issues', 'context'] },
  { key: 'interested-parties-needs', clause: '9.3.2 c', title: 'changes in needs and expectations of interested parties', phrases: ['needs and expectations', 'interested parties needs', "interested parties' needs"] },
  { key: 'nonconformities', clause: '9.3.2 d 1', title: 'trends in nonconformities and corrective actions', phrases: ['nonconformit', 'non-conformit', 'corrective action'] },
  { key: 'monitoring-measurement', clause: '9.3.2 d 2', title: 'trends in monitoring and measurement results', phrases: ['monitoring', 'measurement'] },
  { key: 'audit-results', clause: '9.3.2 d 3', title: 'trends in audit results', phrases: ['audit result', 'audits'] },
  { key: 'objectives', clause: '9.3.2 d 4', title: 'trends in fulfilment of information security objectives', phrases: ['objective'] },
  { key: 'interested-parties-feedback', clause: '9.3.2 e', title: 'feedback from interested parties', phrases: ['feedback'] },
  { key: 'risk-assessment', clause: '9.3.2 f', title: 'results of risk assessment and status of the risk treatment plan', phrases: ['risk'] },
  { key: 'improvement-opportunities', clause: '9.3.2 g', title: 'opportunities for continual improvement', phrases: ['improvement'] },
];

const normaliseKey = (k: string): string => k.toLowerCase().replace(/[\s_]+/g, '-');

/** Which inputs a review covers: non-empty `inputs:` keys, or headings of its body. */
export function coveredInputs(inputs: unknown, headings: Iterable<string>): Set<string> {
  const covered = new Set<string>();
  if (inputs !== null && typeof inputs === 'object' && !Array.isArray(inputs)) {
    for (const [k, v] of Object.entries(inputs as Record<string, unknown>)) {
      if (v === null || v === undefined || v === '') continue;
      const key = normaliseKey(k);
      const input = REVIEW_INPUTS.find((i) => i.key === key || i.phrases.some((p) => key.includes(p.replace(/ /g, '-'))));
      if (input) covered.add(input.key);
    }
  }
  for (const heading of headings) {
    // one heading may name several inputs ("Nonconformities and corrective actions; audit results")
    for (const input of REVIEW_INPUTS) if (input.phrases.some((p) => heading.includes(p))) covered.add(input.key);
  }
  return covered;
}
