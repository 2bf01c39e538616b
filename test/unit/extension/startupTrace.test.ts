/**
 * The client's start-up trace (issue 20.1, src/extension/startupTrace.ts): off without ISMS_TRACE_STARTUP
 * (nothing written, not even the clock read), on it writes one line once, which the bench reads back.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { CLIENT_TRACE_PREFIX, parseClientTraces, startupTrace, StartupTrace, writeTrace } from '../../../src/extension/startupTrace';

/** A trace on a fake clock (1000, 1010, 1020 … ms) that collects what it writes. */
function traced(target: string | undefined): { trace: StartupTrace; written: string[]; clockReads: () => number } {
  const written: string[] = [];
  let reads = 0;
  const trace = new StartupTrace(
    target,
    (_t, line) => written.push(line),
    () => 1000 + 10 * reads++,
  );
  return { trace, written, clockReads: () => reads };
}

describe('client start-up trace (issue 20.1)', () => {
  it('is off without the variable: no line, and the clock is never read', () => {
    for (const target of [undefined, '']) {
      const { trace, written, clockReads } = traced(target);
      assert.equal(trace.on, false);
      trace.mark('activate');
      trace.mark('client bundle loaded');
      trace.report('first diagnostics');
      assert.deepEqual(written, []);
      assert.equal(clockReads(), 0);
    }
  });

  it("the process's own trace is off when ISMS_TRACE_STARTUP is not set", function () {
    if (process.env.ISMS_TRACE_STARTUP) this.skip();
    assert.equal(startupTrace.on, false);
  });

  it('writes the steps once, in order, the first occurrence of each, at the first report', () => {
    const { trace, written } = traced('1');
    assert.equal(trace.on, true);
    trace.mark('activate');
    trace.mark('client bundle loaded');
    trace.mark('activate'); // a second activation (a restart) does not move the first
    trace.report('first diagnostics');
    trace.report('first diagnostics');
    trace.mark('late');
    assert.equal(written.length, 1);
    assert.ok(written[0].startsWith(CLIENT_TRACE_PREFIX));
    assert.deepEqual(parseClientTraces(written[0]), [
      {
        marks: [
          ['activate', 1000],
          ['client bundle loaded', 1010],
          ['first diagnostics', 1020],
        ],
      },
    ]);
  });

  it('appends to the file the variable names; the reader takes every start and skips other lines', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'isms-trace-'));
    try {
      const file = path.join(dir, 'trace.txt');
      for (const at of [1, 2]) {
        const trace = new StartupTrace(file, writeTrace, () => at);
        trace.mark('activate');
        trace.report('first diagnostics');
      }
      const text = `noise\n${readFileSync(file, 'utf8')}${CLIENT_TRACE_PREFIX}{"marks": [[1, "x"]]}\n${CLIENT_TRACE_PREFIX}{torn`;
      assert.deepEqual(
        parseClientTraces(text).map((t) => t.marks),
        [
          [
            ['activate', 1],
            ['first diagnostics', 1],
          ],
          [
            ['activate', 2],
            ['first diagnostics', 2],
          ],
        ],
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
