/** Test support for the Statement of Applicability rules: SoA registers, complete or not. */
import { annexAControls } from '../../../../src/core';

/** An SoA register: the header lines (`version: "6"`), then one flow-style entry per line. */
export function soa(entries: readonly string[], header: readonly string[] = []): string {
  return ['isms: soa', ...header, 'records:', ...entries.map((e) => `  - { ${e} }`), ''].join('\n');
}

/** An applicable, implemented, justified entry. */
export const applied = (control: string, extra = ''): string =>
  `control: ${control}, applicable: true, implementation: implemented, justification: Treats a risk${extra ? `, ${extra}` : ''}`;

/** An excluded, justified entry. */
export const excluded = (control: string, extra = ''): string =>
  `control: ${control}, applicable: false, justification: Does not apply here${extra ? `, ${extra}` : ''}`;

/** Entries for all 93 Annex A controls of ISO 27001:2022 but `except`, each applicable and justified. */
export function annexA(...except: string[]): string[] {
  return annexAControls()
    .filter((c) => !except.includes(c.id))
    .map((c) => applied(c.id));
}

/** The SoA's own fields of an approved version. */
export const APPROVED = ['version: "6"', 'status: approved', 'approved: 2026-10-15', 'approver: Alex Morgan'];
