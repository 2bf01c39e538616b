import { latestResult, meetsTarget } from '../documents/objectives';
import { enumValue, itemRange, label, text } from '../model/fields';
import type { RecordRule } from './rule';

export const objectiveTargetMissed: RecordRule = {
  code: 'ISMS913',
  name: 'objective-target-missed',
  description: 'The latest result of an objective misses its target (below an at-least target, above an at-most one).',
  clause: 'ISO/IEC 27001:2022 6.2 l (how the results will be evaluated), 9.1 and 9.3.2 d 4 (fulfilment of information security objectives)',
  defaultSeverity: 'warning',
  scope: 'record',
  kinds: ['objective'],
  check(rec, ctx, report) {
    const target = rec.data.target;
    // a direction the engine cannot read (ISMS006 reports it) leaves "missed" unknown
    if (typeof target !== 'number' || enumValue(rec, 'direction').state === 'unreadable') return;
    const latest = latestResult(rec, ctx.today);
    if (!latest || meetsTarget(latest.value, target, rec.data.direction)) return;
    const unit = text(rec, 'unit');
    const show = (n: number): string => (unit ? (unit === '%' ? `${n}%` : `${n} ${unit}`) : String(n));
    const atMost = rec.data.direction === 'at-most';
    report({
      file: rec.file,
      range: itemRange(rec, 'results', latest.index),
      message:
        `Objective ${label(rec)} missed its target: ${show(latest.value)} on ${latest.date}, ` +
        `against ${atMost ? 'at most' : 'at least'} ${show(target)}. ` +
        'Record what will be done (a corrective action or a revised plan) and bring it to the management review (9.3.2 d 4).',
    });
  },
};
