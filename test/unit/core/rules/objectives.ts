/** Test support for the objective rules: an objectives register with one objective. */
export function objectives(...lines: string[]): string {
  return ['isms: objectives', 'records:', '  - id: OBJ-1', '    title: Phishing resilience', ...lines.map((l) => `    ${l}`), ''].join(
    '\n',
  );
}

export const COMPLETE = ['owner: Jordan Blake', 'target: 60', 'direction: at-least', 'unit: "%"', 'plan: Quarterly simulations'];
