/**
 * The real-VS-Code bench's reading of its traces (issue 20.1, bench/vscodeFirstProblem.ts): the server's
 * trace line from the ISMS output log, the activation event from the extension host's log, one timeline
 * from "workbench visible", and the medians with the product's distance to the floor.
 */
import * as assert from 'node:assert/strict';
import {
  activateToDiagnostics,
  activationEventAt,
  parseServerTrace,
  summarize,
  timeline,
  type Start,
} from '../../../bench/vscodeFirstProblem';

const OUTPUT_LOG = [
  '2026-11-26 13:36:01.682 [info] isms: indexed /tmp/ws (48 files, 600 ms)',
  '2026-11-26 13:36:01.967 [info] isms: startup trace {"timeOrigin":5000.5,"marks":[["bundle start",300],["published",900]],"cpuMs":956.7}',
  '2026-11-26 13:36:02.001 [info] isms: client startup trace {"marks":[["activate",1]]}',
].join('\n');

const HOST_LOG = [
  "2026-11-26 13:35:59.786 [info] ExtensionService#_doActivateExtension vscode.github, startup: true, activationEvent: '*'",
  "2026-11-26 13:36:00.246 [info] ExtensionService#_doActivateExtension isms-workbench.isms-workbench, startup: true, activationEvent: 'workspaceContains:**/isms.yaml'",
].join('\n');

describe('bench: first problem in a real VS Code (issue 20.1)', () => {
  it("reads the server's trace line, not the client's", () => {
    assert.deepEqual(parseServerTrace(OUTPUT_LOG), {
      timeOrigin: 5000.5,
      marks: [
        ['bundle start', 300],
        ['published', 900],
      ],
      cpuMs: 956.7,
    });
    assert.equal(parseServerTrace('isms: startup trace {torn'), undefined);
  });

  it("reads when the extension host began activating the extension (local time, the log's)", () => {
    assert.equal(activationEventAt(HOST_LOG, 'isms-workbench.isms-workbench'), new Date(2026, 10, 26, 13, 36, 0, 246).getTime());
    assert.equal(activationEventAt(HOST_LOG, 'isms-bench.isms-bench-floor'), undefined);
  });

  it('puts every step on one timeline, ms after the workbench became visible, in order', () => {
    const steps = timeline(
      { visible: 4000, problems: 6200 },
      {
        marks: [
          ['activate', 4900],
          ['first diagnostics', 6100],
        ],
      },
      { timeOrigin: 5000, marks: [['published', 1050.5]] },
      4800,
    );
    assert.deepEqual(Object.entries(steps), [
      ['activation event (extension host)', 800],
      ['client: activate', 900],
      ['server: node start', 1000],
      ['server: published', 2050.5],
      ['client: first diagnostics', 2100],
      ['Problems count non-zero', 2200],
    ]);
    assert.equal(
      activateToDiagnostics({
        marks: [
          ['activate', 4900],
          ['first diagnostics', 5130.04],
        ],
      }),
      230,
    );
    assert.equal(activateToDiagnostics({ marks: [['activate', 4900]] }), undefined);
  });

  it("gives each kind's medians and the product's distance to the floor", () => {
    const start = (kind: Start['kind'], firstProblemMs: number, activate?: number): Start => ({
      kind,
      firstProblemMs,
      ...(activate !== undefined ? { activateToDiagnosticsMs: activate, serverCpuMs: activate * 4 } : {}),
      steps: { 'client: activate': firstProblemMs - 500, 'Problems count non-zero': firstProblemMs },
      load: 1,
    });
    const r = summarize(
      [
        start('product', 2100, 300),
        start('floor', 1800),
        start('product', 2000, 200),
        start('floor', 1900),
        start('product', 2050),
        start('floor', 1850),
      ],
      [1, 2],
    );
    assert.equal(r.median.product.n, 3);
    assert.equal(r.median.product.firstProblemMs, 2050);
    assert.equal(r.median.product.activateToDiagnosticsMs, 250);
    assert.equal(r.median.product.serverCpuMs, 1000);
    assert.equal(r.median.floor.serverCpuMs, undefined);
    assert.equal(r.median.floor.firstProblemMs, 1850);
    assert.equal(r.median.floor.activateToDiagnosticsMs, undefined);
    assert.equal(r.differenceMs, 200);
    assert.deepEqual(Object.keys(r.median.floor.steps), ['client: activate', 'Problems count non-zero']);
    assert.deepEqual(r.load, [1, 2]);
  });
});
