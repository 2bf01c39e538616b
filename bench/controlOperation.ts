/**
 * The bench corpus's evidence and control activities (issue 18): the recurring work that operates the
 * departments' Annex A controls (access reviews, restore tests, vulnerability scans…) and the evidence of
 * each occurrence, plus evidence that stands on its own (certificates, reports) with a fixed expiry. A
 * large organisation keeps them as a team keeps its registers: a control-activities register, evidence
 * registers of ~200 entries, and a few evidence records as Markdown beside the files they describe.
 * About 3 % carry a problem a real repository has: an occurrence never proven, expired evidence, a
 * dangling activity id, an impossible date.
 */
import { daysBetween, plusDays, plusMonths } from '../src/core/dates';
import type { Prng } from './prng';

type Fields = [string, string | number | readonly string[] | undefined][];

export interface ControlRecords {
  activities: Fields[];
  /** evidence kept in registers, oldest first */
  evidence: Fields[];
  /** evidence kept as Markdown files of their own: path (under evidence/) and fields */
  evidenceFiles: { path: string; fields: Fields }[];
  problems: Record<string, number>;
}

interface Owner {
  id: string;
  owner: string;
  owns: readonly string[];
}

const ACTIVITIES: readonly [string, string, number][] = [
  ['Access review of production and SaaS accounts', 'quarterly', 3],
  ['Restore test of a production database', 'monthly', 1],
  ['External vulnerability scan', 'monthly', 1],
  ['Firewall rule review', 'half-yearly', 6],
  ['Supplier security review', 'yearly', 12],
  ['Privileged access review', 'quarterly', 3],
  ['Log review of security events', 'monthly', 1],
  ['Business continuity exercise', 'yearly', 12],
  ['Patch compliance report', 'monthly', 1],
  ['Physical access badge audit', 'half-yearly', 6],
];
const STANDALONE = [
  'Penetration test report',
  'Supplier ISO/IEC 27001 certificate',
  'Cyber insurance policy',
  'SOC 2 report of the cloud provider',
];

/** `activities` activities and exactly `evidence` evidence records, dated up to `today`. */
export function controlRecords(rng: Prng, owners: readonly Owner[], activities: number, evidence: number, today: string): ControlRecords {
  const out: ControlRecords = { activities: [], evidence: [], evidenceFiles: [], problems: {} };
  const problem = (type: string): void => void (out.problems[type] = (out.problems[type] ?? 0) + 1);
  const proofs: { due: string; fields: Fields }[] = [];
  for (let i = 0; i < activities; i++) {
    const dept = owners[i % owners.length];
    const [title, schedule, months] = ACTIVITIES[i % ACTIVITIES.length];
    const id = `ACT-${dept.id}-${String(i + 1).padStart(4, '0')}`;
    // started one to four years ago, on a day that every month has
    const start = plusDays(today, -rng.int(365, 4 * 365)).slice(0, 8) + String(rng.int(1, 28)).padStart(2, '0');
    out.activities.push([
      ['id', id],
      ['title', `${title} (${dept.id})`],
      ['controls', rng.sample(dept.owns, rng.int(1, 3))],
      ['owner', dept.owner],
      ['schedule', schedule],
      ['start', start],
    ]);
    for (let k = 0, due = start; daysBetween(due, today) > 0; k++, due = plusMonths(start, (k + 1) * months)) {
      // about 2 % of occurrences never proven: the activity is overdue when it is the latest
      if (rng.chance(0.02)) {
        problem('unproven-occurrence');
        continue;
      }
      const effective = plusDays(due, -rng.int(0, Math.min(20, months * 7)));
      proofs.push({
        due,
        fields: [
          ['title', `${title} ${due.slice(0, 7)}`],
          ['activity', id],
          ['effective', effective],
          ['valid-months', months],
        ],
      });
    }
  }
  // the most recent occurrences, as many as the budget takes (beside ~15 % standalone evidence)
  proofs.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
  const standalone = Math.max(0, evidence - Math.min(proofs.length, Math.round(evidence * 0.85)));
  const taken = proofs.slice(proofs.length - (evidence - standalone));
  const all: Fields[] = [
    ...taken.map((p) => p.fields),
    ...Array.from({ length: standalone }, () => standaloneEvidence(rng, owners, today)),
  ];
  all.sort((a, b) => (String(field(a, 'effective')) < String(field(b, 'effective')) ? -1 : 1));
  all.forEach((fields, i) => {
    const effective = String(field(fields, 'effective'));
    const id = `EV-${effective.slice(0, 4)}-${String(i + 1).padStart(5, '0')}`;
    const owner = rng.pick(owners).owner;
    const withId: Fields = [['id', id], ...fields, ['owner', owner], ['location', `https://evidence.example.com/${id.toLowerCase()}`]];
    const roll = rng.next();
    if (roll < 0.01) {
      withId[withId.findIndex(([k]) => k === 'effective')] = ['effective', `${effective.slice(0, 5)}02-30`];
      problem('invalid-date');
    } else if (roll < 0.02 && field(fields, 'activity')) {
      withId[withId.findIndex(([k]) => k === 'activity')] = ['activity', 'ACT-RETIRED-0001'];
      problem('dangling-reference');
    }
    // one in fifty a Markdown file of its own, beside the document it describes
    if (rng.chance(0.02)) out.evidenceFiles.push({ path: `evidence/${effective.slice(0, 4)}/${id}.md`, fields: withId });
    else out.evidence.push(withId);
  });
  return out;
}

function standaloneEvidence(rng: Prng, owners: readonly Owner[], today: string): Fields {
  const effective = plusDays(today, -rng.int(10, 3 * 365));
  // about a third have run out: last year's report, a certificate not yet renewed
  return [
    ['title', `${rng.pick(STANDALONE)} ${effective.slice(0, 4)}`],
    ['controls', rng.sample(rng.pick(owners).owns, rng.int(1, 2))],
    ['effective', effective],
    ['valid-until', plusDays(effective, 365)],
  ];
}

const field = (fields: Fields, key: string): Fields[number][1] => fields.find(([k]) => k === key)?.[1];
