import * as assert from 'node:assert/strict';
import { check, config, ofCode, textAt, workspaceOf } from '../../support/memory';
import { applied, excluded, soa } from './soa';

const mine = ofCode('ISMS924');
const TODAY = '2026-11-25';

const risks = (controls: string, status = 'open'): string =>
  `isms: risks\nrecords:\n  - { id: R-007, title: Loss of a region, treatment: modify, controls: ${controls}, status: ${status} }\n`;

describe('ISMS924 risk-control-not-applicable', () => {
  it('reports a risk treated with a control the SoA excludes, at that control of the risk, the SoA entry related', () => {
    const files = {
      'isms.yaml': config(),
      'risks.yaml': risks('[A.5.30, A.8.14]'),
      'soa.yaml': soa([applied('A.5.30'), excluded('A.8.14')]),
    };
    const [d, ...rest] = mine(check(files, TODAY));
    assert.deepEqual(rest, []);
    assert.equal(d.file, '/isms/risks.yaml');
    assert.equal(textAt(files, d), 'A.8.14');
    assert.match(
      d.message,
      /^Risk R-007 \(Loss of a region\) is treated with A\.8\.14, which the Statement of Applicability marks not applicable\./,
    );
    assert.equal(d.related?.[0].location.file, '/isms/soa.yaml');
    assert.equal(d.related?.[0].location.range.start.line, 3);
  });

  it('does not fire when the controls are applicable, or not in the SoA at all', () => {
    const files = {
      'isms.yaml': config(),
      'risks.yaml': risks('[A.5.30, A.8.14]'),
      'soa.yaml': soa([applied('A.5.30'), applied('A.8.14')]),
    };
    assert.deepEqual(mine(check(files, TODAY)), []);
    assert.deepEqual(mine(check({ ...files, 'soa.yaml': soa([applied('A.5.1')]) }, TODAY)), []);
  });

  it('edge: any spelling of the id matches; a closed risk is not checked; fixing the SoA clears it', () => {
    const files = { 'isms.yaml': config(), 'risks.yaml': risks('a8.14'), 'soa.yaml': soa([excluded('A.8.14')]) };
    assert.equal(mine(check(files, TODAY)).length, 1);
    assert.deepEqual(mine(check({ ...files, 'risks.yaml': risks('a8.14', 'closed') }, TODAY)), []);
    const ws = workspaceOf(files);
    assert.equal(mine(ws.check({ today: TODAY }).all()).length, 1);
    ws.setFile('/isms/soa.yaml', soa([applied('A.8.14')]));
    assert.deepEqual(mine(ws.check({ today: TODAY }).all()), []);
  });
});
