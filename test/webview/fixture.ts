/**
 * A small ISMS with every kind of calendar item and a hostile payload in every text field, held in
 * memory and computed by the real core: the webview test draws exactly what the host would send.
 */
import { IsmsWorkspace } from '../../src/core';

export const ROOT = '/isms';
export const TODAY = '2026-11-25';

/** Text a record may hold that must show as text and never run. */
export const HOSTILE = [
  '<img src=x onerror="window.__pwned=true;alert(1)">',
  '</script><script>window.__pwned=true;alert(2)</script>',
  '"><svg onload="window.__pwned=true;alert(3)">',
  'javascript:window.__pwned=true;alert(4)',
  '\u202Egnp.exe\u202C right-to-left override',
  '\'><iframe srcdoc="<script>parent.__pwned=true</script>">',
  '{{constructor.constructor("window.__pwned=true")()}}',
  '<style>body{display:none}</style>&amp;&lt;b&gt;',
] as const;

const q = (s: string): string => JSON.stringify(s); // a JSON string is a valid YAML double-quoted scalar

/** Audits in every state, each titled with a payload (one with a payload for an id). */
const AUDIT_PROGRAMME = `isms: internal-audits
records:
  - id: IA-2026-09
    title: ${q(HOSTILE[0])}
    planned: 2026-09-10
    performed: 2026-09-11
    status: done
    department: HR
    scope: [A.6.1, "9.2"]
  - id: IA-2026-10
    title: ${q(HOSTILE[1])}
    planned: 2026-10-14
    status: planned
    scope: [A.8.15]
  - id: IA-2026-12
    title: ${q(HOSTILE[2])}
    planned: 2026-12-31
    status: planned
    department: HR
    scope: [A.6.3]
  - id: IA-2027-01
    title: ${q(HOSTILE[3])}
    planned: 2027-01-20
    status: in-progress
  - id: IA-2027-03
    title: ${q(HOSTILE[4])}
    planned: 2027-03-02
    status: cancelled
  - id: ${q(HOSTILE[5])}
    title: ${q(HOSTILE[6])}
    planned: 2027-04-15
    status: planned
`;

export function fixtureFiles(): Record<string, string> {
  return {
    'isms.yaml': `isms: config
organisation: ${q(HOSTILE[0])}
certification:
  issued: 2025-03-14
  expires: 2028-03-13
  audits:
    - { type: certification, date: 2025-02-10, status: done }
    - { type: surveillance-1, date: 2026-02-09, status: done }
    - { type: surveillance-2, date: 2027-02-08 }
departments:
  - { id: HR, owns: [A.6.1, A.6.3] }
  - { id: ${q(HOSTILE[2])}, owns: [A.8.15] }
`,
    'audits/programme.yaml': AUDIT_PROGRAMME,
    'registers/corrective-actions.yaml': `isms: corrective-actions
records:
  - id: CA-1
    title: ${q(HOSTILE[7])}
    raised: 2026-09-11
    due: 2026-10-31
    status: open
  - id: CA-2
    title: Fix, then verify; "twice"
    raised: 2026-09-11
    due: 2027-01-15
    status: in-progress
  - id: CA-3
    title: Closed long ago
    raised: 2026-01-11
    due: 2026-02-15
    status: closed
`,
    'registers/awareness.yaml': `isms: awareness
records:
  - { id: AW-2026-09, title: ${q(HOSTILE[5])}, type: phishing-simulation, date: 2026-09-15, sent: 200, clicked: 14, reported: 132 }
  - { id: AW-2026-03, title: ${q(HOSTILE[0])}, type: phishing-simulation, date: 2026-03-10, sent: 208, clicked: 19, reported: 121 }
  - { id: AW-2026-06, type: phishing-simulation, date: 2026-06-09, sent: 211, clicked: 15 }
  - { id: AW-2026-12, type: phishing-simulation, date: 2026-12-08, sent: 200, clicked: 9 }
  - { id: AW-2026-07, type: training, date: 2026-07-01, attendees: 30 }
`,
    'reviews/MR-2026-12.md': `---
isms: management-review
id: MR-2026-12
title: ${q(HOSTILE[1])}
date: 2026-12-10
status: planned
---
# Review
`,
  };
}

export function fixtureWorkspace(): IsmsWorkspace {
  return workspaceFrom(fixtureFiles());
}

/** A workspace from files relative to ROOT (the fixture's, changed by a test). */
export function workspaceFrom(files: Record<string, string>): IsmsWorkspace {
  const ws = new IsmsWorkspace(ROOT);
  for (const [name, text] of Object.entries(files)) ws.setFile(`${ROOT}/${name}`, text);
  return ws;
}
