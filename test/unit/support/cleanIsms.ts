/**
 * Test support: a tiny ISMS (Tiny Ltd) with nothing to report on 2026-06-10 when kept in git — the clean
 * folder of the CLI tests and of the installed package's test.
 */
const CLEAN_CONFIG = `isms: config
organisation: Tiny Ltd
scope: Tiny's web shop
standards: [iso27001:2022]
top-management: [Kim Lo]
internal-audit: { cadence-months: 12 }
`;

// a small company's ISMS manual: one approved document that is the documented information of each clause
const CLEAN_MANUAL = `---
isms: document
id: MAN-001
title: ISMS manual
type: policy
owner: Kim Lo
approver: Kim Lo
version: "1.0"
status: approved
approved: 2026-04-01
satisfies: ["4.3", "5.2", "6.1.2", "6.1.3", "6.1.3 d", "6.1.3 e", "6.2", "7.2 d", "8.1", "8.2", "8.3", "9.1", "9.2.2", "9.3.3"]
---
# ISMS manual
`;

const CLEAN_AUDIT = `---
isms: internal-audit
id: IA-2026-05
title: Access control
planned: 2026-05-12
performed: 2026-05-12
auditor: Pat Doe
scope: [A.5.15]
status: done
findings: []
---
No findings.
`;

const CLEAN_NEXT_AUDIT = `---
isms: internal-audit
id: IA-2026-06
title: Supplier security
planned: 2026-06-16
auditor: Pat Doe
scope: [A.5.19]
status: planned
---
`;

const CLEAN_REVIEW = `---
isms: management-review
id: MR-2026-05
date: 2026-05-20
attendees: [Kim Lo, Pat Doe]
inputs:
  previous-actions: None open.
  changes-in-issues: None.
  interested-parties-needs: None.
  nonconformities: None.
  monitoring-measurement: All targets met.
  audit-results: One audit, no findings.
  objectives: On track.
  interested-parties-feedback: None.
  risk-assessment: Reviewed in May.
  improvement-opportunities: Automate backups.
decisions: [Automate backups by the next review]
---
`;

const CLEAN_AWARENESS = `isms: awareness
records:
  - { id: AW-1, title: Phishing test, type: phishing-simulation, date: 2026-04-14, sent: 10, clicked: 1, reported: 6 }
  - { id: AW-2, title: Clear desk poster, type: poster, date: 2026-05-11 }
`;

export const CLEAN_ISMS: Readonly<Record<string, string>> = {
  'isms.yaml': CLEAN_CONFIG,
  'audits/IA-2026-05.md': CLEAN_AUDIT,
  'audits/IA-2026-06.md': CLEAN_NEXT_AUDIT,
  'reviews/MR-2026-05.md': CLEAN_REVIEW,
  'registers/awareness.yaml': CLEAN_AWARENESS,
  'README.md': '# Tiny Ltd ISMS\n\nNot a record.\n',
  'policies/isms-manual.md': CLEAN_MANUAL,
};
