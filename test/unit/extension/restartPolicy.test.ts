import * as assert from 'node:assert/strict';
import { MAX_RESTARTS, RestartPolicy, WINDOW_MS, type CrashDecision } from '../../../src/extension/restartPolicy';

/** A policy on a clock the test moves. */
function policyAt(): { policy: RestartPolicy; advance: (ms: number) => void } {
  let t = 1_000_000;
  return { policy: new RestartPolicy(() => t), advance: (ms) => (t += ms) };
}

const summary = (d: CrashDecision): string => ('notice' in d ? `${d.action}+notice` : d.action);

describe('language server restart policy', () => {
  it('restarts after a crash and says so once, not once per crash', () => {
    const { policy, advance } = policyAt();
    const decisions: string[] = [];
    for (let i = 0; i < MAX_RESTARTS; i++) {
      decisions.push(summary(policy.crashed()));
      advance(10_000);
    }
    assert.deepEqual(decisions, ['restart+notice', ...Array<string>(MAX_RESTARTS - 1).fill('restart')]);
  });

  it(`stops after ${MAX_RESTARTS + 1} crashes within the window, and says so`, () => {
    const { policy, advance } = policyAt();
    for (let i = 0; i < MAX_RESTARTS; i++) {
      assert.equal(policy.crashed().action, 'restart');
      advance(1000);
    }
    const last = policy.crashed();
    assert.equal(last.action, 'stop');
    assert.match('notice' in last ? last.notice : '', /crashed 5 times within 3 minutes and was not restarted/);
  });

  it('forgets crashes older than the window: a server that crashes now and then keeps being restarted', () => {
    const { policy, advance } = policyAt();
    const decisions: string[] = [];
    for (let i = 0; i < 3 * MAX_RESTARTS; i++) {
      decisions.push(summary(policy.crashed()));
      advance(WINDOW_MS / 2 + 1);
    }
    assert.ok(
      decisions.every((d) => d.startsWith('restart')),
      decisions.join(', '),
    );
    // the window never empties (each crash is within half a window of the last): one notice only
    assert.equal(decisions.filter((d) => d.endsWith('+notice')).length, 1);
  });

  it('tells again after a quiet window', () => {
    const { policy, advance } = policyAt();
    assert.equal(summary(policy.crashed()), 'restart+notice');
    advance(WINDOW_MS);
    assert.equal(summary(policy.crashed()), 'restart+notice');
  });
});
