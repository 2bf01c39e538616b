/** The calendar marks every external audit of the cycle in its month, `surveillance` included (issue 13.3). */
import * as assert from 'node:assert/strict';
import { calendarModel } from '../../../../src/core/calendar';
import { config, workspaceOf } from '../../support/memory';

describe('core/calendar: external audits in their month', () => {
  it('marks an external audit of type surveillance', () => {
    const ws = workspaceOf({
      'isms.yaml': config(`certification:
  audits:
    - { type: certification, date: 2025-02-10, status: done }
    - { type: surveillance, date: 2026-02-09 }
`),
    });
    const months = calendarModel(ws, '2026-01-15').months;
    const marked = months.flatMap((m) => m.externalAudits.map((a) => `${m.month} ${a.type}`));
    assert.deepEqual(marked, ['2025-02 certification', '2026-02 surveillance']);
  });
});
