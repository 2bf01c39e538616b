/** The Awareness branch's description (src/extension/awarenessTree.ts): "cadence met" only with activity behind it (issue 15.6). */
import '../support/vscodeStub';
import * as assert from 'node:assert/strict';
import type { TreeRoot } from '../../../src/common/protocol';
import { awarenessDescription } from '../../../src/extension/awarenessTree';

const awareness = (a: Partial<TreeRoot['awareness']>): TreeRoot['awareness'] =>
  ({ cadenceMonths: 1, cadenceMet: true, months: [], gaps: [], phishing: [], ...a }) as unknown as TreeRoot['awareness'];

describe('extension/awarenessTree', () => {
  it('says "no activity yet", never "cadence met", for a programme with no activity at all', () => {
    assert.equal(awarenessDescription(awareness({})), 'no activity yet (every month)');
  });

  it('says the cadence is met after an activity, and not met while a gap is open', () => {
    const lastActivity = { id: 'AW-1', date: '2026-11-03' } as TreeRoot['awareness']['lastActivity'];
    assert.equal(awarenessDescription(awareness({ lastActivity })), 'last 2026-11-03 · cadence met (every month)');
    assert.equal(awarenessDescription(awareness({ cadenceMet: false })), 'no activity yet · cadence not met (every month)');
  });
});
