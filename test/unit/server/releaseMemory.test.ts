import { strict as assert } from 'node:assert';
import { releaseMemory } from '../../../src/server/releaseMemory';

describe('releaseMemory (issue 20.4)', () => {
  const g = globalThis as { gc?: () => void };
  const saved = g.gc;
  afterEach(() => {
    if (saved) g.gc = saved;
    else delete g.gc;
  });

  it('runs one full collection when the server has gc (--expose-gc, SERVER_LAUNCH)', () => {
    let calls = 0;
    g.gc = () => void calls++;
    assert.equal(releaseMemory(), true);
    assert.equal(calls, 1);
  });

  it('does nothing without it (the CLI, a server started by hand)', () => {
    delete g.gc;
    assert.equal(releaseMemory(), false);
  });
});
