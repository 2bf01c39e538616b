/**
 * Only `<root>/isms.yaml` configures the ISMS (issue 14.16): another file marked `isms: config` — shorter
 * path or not — is reported at its marker (ISMS005) and changes nothing else.
 */
import * as assert from 'node:assert/strict';
import { check, codes, config, workspaceOf } from '../../support/memory';

const TODAY = '2026-11-25';
const ROOT_CONFIG = config('certification:\n  certificate: IS 1\n  issued: 2022-01-10\n  expires: 2025-01-09\n');
const INTRUDERS: Record<string, string> = {
  'a.md': '---\nisms: config\norganisation: Nobody\ninternal-audit: { cadence-months: 12 }\n---\n',
  'x.yml': 'isms: config\norganisation: Nobody\n',
  'sub/isms.yml': 'isms: config\n',
};

describe('core/workspace: the configuration comes from <root>/isms.yaml only', () => {
  for (const [name, text] of Object.entries(INTRUDERS)) {
    it(`${name} marked isms: config is reported and ignored`, () => {
      const alone = check({ 'isms.yaml': ROOT_CONFIG }, TODAY);
      const ws = workspaceOf({ 'isms.yaml': ROOT_CONFIG, [name]: text });
      assert.equal(ws.config.file, '/isms/isms.yaml');
      assert.equal(ws.config.certification?.certificate, 'IS 1');
      const withIntruder = ws.check({ today: TODAY }).all();
      assert.deepEqual(codes(withIntruder.filter((d) => !d.file.endsWith(name))), codes(alone));
      const own = withIntruder.filter((d) => d.file.endsWith(name));
      assert.deepEqual(codes(own), [`${name}:${name.endsWith('.md') ? 2 : 1} ISMS005`]);
      assert.match(own[0].message, /Only the isms\.yaml at the root of the ISMS folder configures the ISMS/);
      const expired = codes(withIntruder).some((c) => c.startsWith('isms.yaml:') && c.endsWith(' ISMS405'));
      assert.ok(expired, 'the expired certificate is still found');
    });
  }

  it('without a root isms.yaml, another config file configures nothing', () => {
    const ws = workspaceOf({ 'a.md': INTRUDERS['a.md'] });
    assert.equal(ws.config.organisation, undefined);
    assert.deepEqual(codes(ws.check({ today: TODAY }).all()), ['a.md:2 ISMS005']);
  });

  it('editing the intruder leaves the configuration alone; editing isms.yaml changes it', () => {
    const ws = workspaceOf({ 'isms.yaml': ROOT_CONFIG, 'a.md': INTRUDERS['a.md'] });
    ws.check({ today: TODAY });
    ws.setFile('/isms/a.md', '---\nisms: config\norganisation: Someone Else\n---\n');
    assert.equal(ws.config.organisation, 'Test Ltd');
    ws.setFile('/isms/isms.yaml', config().replace('Test Ltd', 'Renamed Ltd'));
    assert.equal(ws.config.organisation, 'Renamed Ltd');
  });
});
