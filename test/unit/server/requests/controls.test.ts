/**
 * `isms/controls` in process (issue 18.4): the Controls view's data on the sample — states, grouping, the
 * evidence file a click opens (inside the root and there; a URL or a path outside stays text) — and the
 * request table's entry.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { loadIsmsFolder, type IsmsWorkspace } from '../../../../src/core';
import type { ControlsRoot, TreeControl } from '../../../../src/common/protocol';
import { nodeFileHost, nodeFolders } from '../../../../src/node/fsHost';
import { REQUEST_HANDLERS } from '../../../../src/server/requests';
import { controlsData } from '../../../../src/server/requests/controls';
import { pathToUri } from '../../../../src/server/uris';
import { config, workspaceOf } from '../../support/memory';
import { contextOf, workspacesOf } from '../../support/serverState';

const TODAY = '2026-11-25';
const SAMPLE = path.resolve(__dirname, '../../../../../examples/acme');

const control = (root: ControlsRoot, id: string): TreeControl | undefined =>
  root.standards.flatMap((s) => s.groups.flatMap((g) => g.controls)).find((c) => c.id === id);

describe('isms/controls', function () {
  this.timeout(30_000);

  describe('on the sample', () => {
    let ws: IsmsWorkspace;
    let root: ControlsRoot;
    before(async () => {
      ws = await loadIsmsFolder(nodeFileHost, SAMPLE);
      // the server's own folders: the evidence files are plain Markdown, not records the workspace holds
      root = controlsData(workspacesOf(ws), TODAY, nodeFolders).roots[0];
    });

    it('gives each applicable control its state, by standard and theme, with the counts', () => {
      assert.equal(root.soa, true);
      assert.deepEqual(
        root.standards[0].groups.map((g) => g.name),
        ['5 Organizational controls', '6 People controls', '7 Physical controls', '8 Technological controls'],
      );
      assert.equal(control(root, 'A.8.13')?.state, 'failing');
      assert.equal(control(root, 'A.5.15')?.state, 'operating');
      assert.equal(control(root, 'A.5.23')?.state, 'attention');
      assert.equal(root.counts.failing, 3, 'A.8.8, A.8.13 and A.8.29');
    });

    it('names the evidence file a click opens: a relative path inside the root; a URL is left as text', () => {
      const ev = control(root, 'A.5.15')!.evidence.find((e) => e.id === 'EV-2026-024')!;
      assert.equal(ev.state, 'current');
      assert.equal(ev.where, '../evidence/2026/access-review.md');
      assert.equal(ev.file, pathToUri(path.join(SAMPLE, 'evidence/2026/access-review.md')));
      const pentest = control(root, 'A.8.8')!.evidence.find((e) => e.id === 'EV-2025-030')!;
      assert.equal(pentest.state, 'expired');
      assert.equal(pentest.file, undefined);
      assert.match(pentest.location.uri, /registers\/evidence\.yaml$/);
    });

    it('lists the activity with its next due date, the last and the planned internal audit, the open actions', () => {
      const c = control(root, 'A.8.13')!;
      assert.deepEqual(
        c.activities.map((a) => [a.id, a.state, a.lastDue]),
        [['ACT-RESTORE-TEST', 'overdue', '2026-10-31']],
      );
      const a518 = control(root, 'A.5.18')!;
      assert.deepEqual(
        a518.correctiveActions.map((a) => [a.id, a.state]),
        [['CA-2026-004', 'overdue']],
      );
      assert.equal(a518.lastAudit?.id, 'IA-2026-03');
    });
  });

  it('never names a file outside the root, nor one that is not there', () => {
    const ws = workspaceOf({
      'isms.yaml': config('standards: [iso27001:2022]\n'),
      'soa.yaml': 'isms: soa\nrecords:\n  - { control: A.6.3, applicable: true, implementation: implemented, justification: x }\n',
      'evidence.yaml': [
        'isms: evidence',
        'records:',
        '  - { id: EV-1, title: Out, controls: [A.6.3], effective: 2026-09-01, location: ../../etc/passwd }',
        '  - { id: EV-2, title: Missing, controls: [A.6.3], effective: 2026-09-01, location: evidence/none.md }',
        '  - { id: EV-3, title: There, controls: [A.6.3], effective: 2026-09-01, location: soa.yaml }',
        '',
      ].join('\n'),
    });
    const root = controlsData(workspacesOf(ws), TODAY, contextOf(ws).folders).roots[0];
    const files = Object.fromEntries(control(root, 'A.6.3')!.evidence.map((e) => [e.id, e.file]));
    assert.deepEqual(files, { 'EV-1': undefined, 'EV-2': undefined, 'EV-3': pathToUri('/isms/soa.yaml') });
  });

  it('answers through the request table, waiting for the index', () => {
    const handler = REQUEST_HANDLERS['isms/controls'];
    assert.equal(handler.waitFor, 'index');
    const ws = workspaceOf({ 'isms.yaml': config() });
    const r = handler.handle(undefined, contextOf(ws));
    assert.deepEqual(
      r.roots.map((x) => [x.soa, x.standards.length]),
      [[false, 0]],
    );
  });
});
