import { latestResult } from '../documents/objectives';
import { plusMonths } from '../dates';
import { itemRange, label, valueRange } from '../model/fields';
import type { RecordRule } from './rule';

export const objectiveNotMeasured: RecordRule = {
  code: 'ISMS912',
  name: 'objective-not-measured',
  description: 'An objective with a ‘cadence-months’ has no result within that many months.',
  clause: 'ISO/IEC 27001:2022 6.2 d (objectives shall be monitored) and 9.1 (monitoring, measurement, analysis and evaluation)',
  defaultSeverity: 'warning',
  scope: 'record',
  kinds: ['objective'],
  check(rec, ctx, report) {
    const cadence = rec.data['cadence-months'];
    if (typeof cadence !== 'number' || !(cadence > 0)) return;
    const latest = latestResult(rec, ctx.today);
    if (!latest) {
      report({
        file: rec.file,
        range: valueRange(rec, 'cadence-months'),
        severity: 'information',
        message:
          `Objective ${label(rec)} has no result yet; it is to be measured every ${cadence} months. ` +
          `Record the first one under ‘results:’ (‘{ date, value }’).`,
      });
      return;
    }
    const due = plusMonths(latest.date, cadence);
    if (due >= ctx.today) return;
    report({
      file: rec.file,
      range: itemRange(rec, 'results', latest.index),
      message:
        `Objective ${label(rec)} was last measured on ${latest.date}; ` +
        `with ‘cadence-months: ${cadence}’ the next result was due by ${due}. Measure it and add the result.`,
    });
  },
};
