import { date, label, text, valueRange } from '../model/fields';
import { ownEntry } from '../model/nameTable';
import { sameName } from '../people/names';
import { residualScore, riskInForce } from './helpers/risk';
import type { RecordRule } from './rule';

export const residualRiskNotAccepted: RecordRule = {
  code: 'ISMS943',
  name: 'residual-risk-not-accepted',
  description: "A risk's residual score is above ‘risk.acceptance-level’ and its owner has not accepted it (‘accepted-by:’, ‘accepted:’).",
  clause: "ISO/IEC 27001:2022 6.1.3 f (risk owners' acceptance of the residual information security risks)",
  defaultSeverity: 'warning',
  scope: 'record',
  kinds: ['risk'],
  check(risk, ctx, report) {
    const level = ctx.config.risk.acceptanceLevel;
    if (level === undefined || !riskInForce(risk)) return;
    const residual = residualScore(risk);
    if (!residual || residual.score <= level) return;
    const owner = text(risk, 'owner');
    const by = text(risk, 'accepted-by');
    const on = date(risk, 'accepted');
    // an acceptance date written but unreadable is ISMS002's to report, not a missing acceptance
    if (on === undefined && ownEntry(risk.data, 'accepted') !== undefined) return;
    const above = `Risk ${label(risk)} has a ${residual.how}, above the acceptance level of ${level}`;
    if (by !== undefined && owner !== undefined && !sameName(by, owner)) {
      report({
        file: risk.file,
        range: valueRange(risk, 'accepted-by'),
        message: `${above}, and it was accepted by ${by}, not by its owner ${owner}. The risk owner accepts the residual risk (6.1.3 f).`,
      });
      return;
    }
    if (by !== undefined && on !== undefined) return;
    const missing =
      by === undefined && on === undefined ? '‘accepted-by:’ and ‘accepted:’' : by === undefined ? '‘accepted-by:’' : '‘accepted:’';
    report({
      file: risk.file,
      range: valueRange(risk, residual.field),
      message: `${above}, without ${owner ? `its owner ${owner}'s` : "the risk owner's"} acceptance. Treat it further, or record the acceptance in ${missing} (6.1.3 f).`,
    });
  },
};
