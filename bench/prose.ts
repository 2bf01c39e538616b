/**
 * Free Markdown text for record bodies: interview notes, evidence lists, small tables. Built from an
 * ISMS vocabulary so that it reads like the notes an auditor or a CISO writes, wrapped at 80 columns
 * (as markdownlint's default line-length rule wants) so the peer measures linting, not complaints.
 */
import type { Prng } from './prng';

const SUBJECTS = [
  'The service desk',
  'The identity team',
  'The platform on-call engineer',
  'The supplier manager',
  'The data protection officer',
  'Each line manager',
  'The change advisory board',
  'The SOC analyst',
  'The HR business partner',
  'The backup operator',
  'The product owner',
  'The facilities team',
  'The release manager',
  'The internal auditor',
  'The risk owner',
  'The CISO',
];
const VERBS = [
  'reviews',
  'approves',
  'records',
  'checks',
  'escalates',
  'documents',
  'tests',
  'restores',
  'monitors',
  'revokes',
  'reconciles',
  'samples',
  'signs off',
  'reports',
  'tracks',
  'updates',
];
const OBJECTS = [
  'privileged access requests',
  'the leaver list from the HR system',
  'firewall rule changes',
  'the quarterly access review',
  'supplier assurance reports',
  'backup restore tests',
  'security incidents and near misses',
  'the asset inventory',
  'vulnerability scan results',
  'phishing simulation results',
  'encryption key rotations',
  'the risk treatment plan',
  'emergency changes',
  'logging and alerting rules',
  'visitor badges',
  'data subject requests',
];
const QUALIFIERS = [
  'every month',
  'within five working days',
  'before the change window opens',
  'against the documented procedure',
  'in the ticketing system',
  'with a second approver',
  'for a sample of twenty items',
  'as part of the weekly operations meeting',
  'at least once a quarter',
  'after every major release',
  'and keeps the evidence for three years',
  'before the end of the sprint',
];
const OBSERVATIONS = [
  'No exceptions were found in the sample.',
  'Two of the sampled items lacked an approver.',
  'The procedure was followed but the evidence was scattered across mailboxes.',
  'Interviewees knew the procedure and where to find it.',
  'The last review was late by about a week.',
  'The tool export matched the register line by line.',
  'One ticket was closed without a comment.',
];
const NAMES = [
  'Dana Lee',
  'Sam Smith',
  'Helen Okafor',
  'Tomás Rivera',
  'Mei Chen',
  'Ravi Patel',
  'Jordan Blake',
  'Priya Shah',
  'Alex Morgan',
  'Lena Fischer',
  'Gwen Harris',
  'Omar Haddad',
  'Ines Duarte',
  'Kofi Mensah',
];

export const PEOPLE: readonly string[] = NAMES;

export function sentence(rng: Prng): string {
  if (rng.chance(0.25)) return rng.pick(OBSERVATIONS);
  return `${rng.pick(SUBJECTS)} ${rng.pick(VERBS)} ${rng.pick(OBJECTS)} ${rng.pick(QUALIFIERS)}.`;
}

/** Words joined into lines of at most `width` characters; continuation lines start with `indent`. */
export function wrap(text: string, width = 80, indent = ''): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line.trim() && line.length + 1 + word.length > width) {
      lines.push(line);
      line = `${indent}${word}`;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/** A Markdown list item, wrapped under its own indentation. */
export const listItem = (text: string): string => wrap(`- ${text}`, 80, '  ');

export function paragraph(rng: Prng, sentences = rng.int(2, 5)): string {
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) out.push(sentence(rng));
  return wrap(out.join(' '));
}

export function bulletList(rng: Prng, items = rng.int(2, 5)): string {
  const out: string[] = [];
  for (let i = 0; i < items; i++) out.push(listItem(`${rng.pick(OBJECTS)}: ${rng.pick(OBSERVATIONS).toLowerCase()}`));
  return out.join('\n');
}

/** A short evidence table (short cells: lines stay under 80 columns). */
export function evidenceTable(rng: Prng, year: number): string {
  const rows = ['| Evidence | Date | Owner |', '| --- | --- | --- |'];
  for (let i = 0, n = rng.int(2, 4); i < n; i++) {
    const month = String(rng.int(1, 12)).padStart(2, '0');
    const day = String(rng.int(1, 28)).padStart(2, '0');
    rows.push(`| export-${rng.int(100, 999)}.csv | ${year}-${month}-${day} | ${rng.pick(NAMES)} |`);
  }
  return rows.join('\n');
}

/** Several sections of free notes under `##` headings: what a body looks like after an audit. */
export function notes(rng: Prng, year: number, headings: readonly string[]): string {
  const parts: string[] = [];
  for (const heading of headings) {
    parts.push(`## ${heading}`, paragraph(rng));
    const extra = rng.int(0, 3);
    if (extra === 1) parts.push(bulletList(rng));
    else if (extra === 2) parts.push(evidenceTable(rng, year));
    else if (extra === 3) parts.push(paragraph(rng));
  }
  return parts.join('\n\n');
}
