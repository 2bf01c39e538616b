/** The composition of the custom requests (src/server/requests/index.ts): one handler per method of the request map. */
import * as assert from 'node:assert/strict';
import { RULES } from '../../../../src/core/rules';
import { REQUEST_HANDLERS, registerRequests, type Guard } from '../../../../src/server/requests';
import { rulesRequest } from '../../../../src/server/requests/rules';
import { contextOf } from '../../support/serverState';

type Handler = (...args: unknown[]) => Promise<unknown>;

/** Registers every handler on a stand-in connection and returns them by method. */
function registered(waits: string[]): Map<string, Handler> {
  const handlers = new Map<string, Handler>();
  const connection = { onRequest: (type: { method: string }, handler: Handler) => void handlers.set(type.method, handler) };
  const guard: Guard =
    (_name, fallback, fn) =>
    async (...args) => {
      try {
        return await fn(...args);
      } catch {
        return fallback;
      }
    };
  registerRequests(connection as never, async (waitFor) => (waits.push(waitFor), contextOf()), guard);
  return handlers;
}

describe('the custom requests, composed in requests/index.ts', () => {
  it('registers every method of the request map under its own name', () => {
    const handlers = registered([]);
    assert.deepEqual([...handlers.keys()].sort(), Object.keys(REQUEST_HANDLERS).sort());
    for (const [method, handler] of Object.entries(REQUEST_HANDLERS)) assert.equal(handler.method, method);
  });

  it('answers from the context the server settles first, the fallback when a handler throws', async () => {
    const waits: string[] = [];
    const handlers = registered(waits);
    const status = (await handlers.get('isms/status')!({ isCancellationRequested: false })) as { overdueCorrectiveActions: number };
    assert.equal(status.overdueCorrectiveActions, 1);
    assert.deepEqual(waits, ['check']);
    // a calendar request without its parameters throws inside the handler: the fallback, not a crash
    assert.equal(await handlers.get('isms/calendar')!(undefined), null);
  });

  it('answers isms/rules without waiting for the index', () => {
    assert.equal(rulesRequest.waitFor, 'nothing');
    const rules = rulesRequest.handle(undefined, contextOf());
    assert.deepEqual(
      rules.map((r) => r.code),
      RULES.map((r) => r.code),
    );
    assert.match(rules.find((r) => r.code === 'ISMS101')?.url ?? '', /docs\/rules\.md#isms101$/);
  });
});
