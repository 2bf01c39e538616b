import { yearOf } from '../dates';
import { cycleStart, externalAudits } from '../cycle/cycle';
import type { WorkspaceRule } from './rule';
import { placeOf } from '../model/config';

export const surveillanceMissing: WorkspaceRule = {
  code: 'ISMS402',
  name: 'surveillance-missing',
  description:
    'A calendar year of the certification cycle (other than the certification and recertification years) has no surveillance audit.',
  clause: 'ISO/IEC 17021-1:2015 9.1.3 (surveillance audits at least once each calendar year, except in recertification years)',
  defaultSeverity: 'error',
  scope: 'workspace',
  dependsOn: [],
  check(ctx, report) {
    const cert = ctx.config.certification;
    const start = cycleStart(ctx.config);
    if (!cert || !start) return;
    const audits = externalAudits(ctx.config).filter((a) => a.status !== 'cancelled');
    const recert = audits.find((a) => a.type === 'recertification' && a.date > start);
    const lastYear = recert ? yearOf(recert.date) : cert.expires ? yearOf(cert.expires) : undefined;
    if (lastYear === undefined) return;
    const surveilled = new Set(audits.filter((a) => a.type.startsWith('surveillance')).map((a) => yearOf(a.date)));
    for (let year = yearOf(start) + 1; year < lastYear; year++) {
      if (surveilled.has(year)) continue;
      report({
        file: ctx.config.file,
        range: placeOf(ctx.config, 'certification.audits', 'certification'),
        message: `No surveillance audit is planned in ${year}. ISO/IEC 17021-1 requires one every calendar year of the cycle except the recertification year; agree a date with ${cert.body ?? 'the certification body'} and add it under ‘certification.audits’.`,
      });
    }
  },
};
