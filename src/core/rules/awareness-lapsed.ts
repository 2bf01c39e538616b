import { plusMonths } from '../dates';
import { date, text } from '../model/fields';
import type { Range } from '../model/types';
import type { WorkspaceRule } from './rule';

/** The activities that test or build awareness; posters alone do not. */
const COUNTED = new Set(['phishing-simulation', 'training', 'refresher']);

export const awarenessLapsed: WorkspaceRule = {
  code: 'ISMS501',
  name: 'awareness-lapsed',
  description: 'No phishing simulation or training has been run in the last `max-gap-months` months.',
  clause: 'ISO/IEC 27001:2022 7.3 (awareness) and Annex A 6.3 (information security awareness, education and training)',
  defaultSeverity: 'warning',
  scope: 'workspace',
  dependsOn: ['awareness'],
  check(ctx, report) {
    const months = ctx.config.awareness.maxGapMonths;
    let last: { date: string; file: string; range: Range } | undefined;
    for (const rec of ctx.records('awareness')) {
      const d = date(rec, 'date');
      if (!d || d > ctx.today || !COUNTED.has(text(rec, 'type') ?? '')) continue;
      if (!last || d > last.date) last = { date: d, file: rec.file, range: rec.anchor };
    }
    if (last && plusMonths(last.date, months) >= ctx.today) return;
    report({
      file: last?.file ?? ctx.config.file,
      range: last?.range ?? ctx.config.anchor,
      message: last
        ? `The last phishing simulation or training was on ${last.date}, more than ${months} months ago. Run one to keep the awareness programme going.`
        : `No phishing simulation or training is recorded. Record the awareness programme as awareness records.`,
    });
  },
};
