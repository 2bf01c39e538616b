import { date, enumValue, text, valueRange } from '../model/fields';
import { listsStandard } from '../model/standards';
import type { RecordRule } from './rule';

export const dpiaPriorConsultation: RecordRule = {
  code: 'ISMS704',
  name: 'dpia-prior-consultation',
  description: 'A DPIA leaves a high residual risk and no prior consultation of the supervisory authority is recorded.',
  clause: 'GDPR Art. 36(1) (prior consultation)',
  defaultSeverity: 'error',
  scope: 'record',
  kinds: ['dpia'],
  check(dpia, ctx, report) {
    if (!listsStandard(ctx.config.standards, 'gdpr')) return;
    // a draft's residual risk is not yet the assessment's conclusion
    // a status the engine cannot read (ISMS006 reports it) may be a draft's: conclude nothing from it
    const status = enumValue(dpia, 'status');
    if (
      text(dpia, 'residual-risk') !== 'high' ||
      status.state === 'unreadable' ||
      text(dpia, 'status') === 'draft' ||
      date(dpia, 'consulted')
    )
      return;
    report({
      file: dpia.file,
      range: valueRange(dpia, 'residual-risk'),
      message: `DPIA ${dpia.id ?? ''} leaves a high residual risk, but no prior consultation of the supervisory authority is recorded (‘consulted:’). GDPR Art. 36(1): consult the authority before the processing starts, or reduce the risk and reassess.`,
    });
  },
};
