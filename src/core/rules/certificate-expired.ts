import type { WorkspaceRule } from './rule';

export const certificateExpired: WorkspaceRule = {
  code: 'ISMS405',
  name: 'certificate-expired',
  description: "The certificate's expiry date has passed.",
  clause:
    'ISO/IEC 17021-1:2015 9.6.3.2.5 (after expiry, certification can only be restored within six months, with a recertification audit)',
  defaultSeverity: 'error',
  scope: 'workspace',
  dependsOn: [],
  check(ctx, report) {
    const cert = ctx.config.certification;
    if (!cert?.expires || cert.expires >= ctx.today) return;
    report({
      file: ctx.config.file,
      range: cert.expiresRange ?? cert.range,
      message: `Certificate${cert.certificate ? ` ${cert.certificate}` : ''} expired on ${cert.expires}. If recertification was completed, update ‘issued’/‘expires’ for the new cycle; otherwise contact ${cert.body ?? 'the certification body'} now.`,
    });
  },
};
