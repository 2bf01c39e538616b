/** isms/computeEdit (src/server/requests/edit.ts), computed in process against the text the server holds. */
import * as assert from 'node:assert/strict';
import { textBasis } from '../../../../src/common/textBasis';
import { applyTextEdits } from '../../../../src/core/edit';
import { computeEditRequest } from '../../../../src/server/requests/edit';
import { contextOf, FILES, uri } from '../../support/serverState';

describe('isms/computeEdit', () => {
  const ctx = contextOf();
  const register = FILES['registers/corrective-actions.yaml'];

  it('appends a corrective action to the register and links its finding back', async () => {
    const record = { id: 'CA-2026-002', title: 'Record access reviews', source: 'IA-2026-03-F2', status: 'open' };
    const result = await computeEditRequest.handle({ op: 'appendCorrectiveAction', rootUri: 'file:///isms', record }, ctx);
    assert.equal(result.error, undefined);
    assert.equal(result.uri, uri('registers/corrective-actions.yaml'));
    const after = applyTextEdits(register, result.edits!);
    assert.ok(after.startsWith(register));
    assert.match(after.split('\n')[result.reveal!.range.start.line], /- id: CA-2026-002/);
    assert.equal(result.basis, textBasis(register));
    const link = result.otherEdits?.find((e) => e.uri === uri('audits/IA-2026-03.md'));
    assert.match(
      applyTextEdits(FILES['audits/IA-2026-03.md'], link!.edits),
      /text: Access reviews not recorded\n {4}corrective-action: CA-2026-002\n---/,
    );
  });

  it('sets a field by id', async () => {
    const result = await computeEditRequest.handle({ op: 'setField', id: 'CA-2026-001', path: ['status'], value: 'closed' }, ctx);
    assert.equal(applyTextEdits(register, result.edits!), register.replace('status: open', 'status: closed'));
  });

  it('sets several fields by id as one edit (record an audit as performed), and refuses fields of the wrong shape', async () => {
    const result = await computeEditRequest.handle(
      {
        op: 'setFields',
        id: 'CA-2026-001',
        fields: [
          ['status', 'closed'],
          ['closed', '2026-06-01'],
        ],
      },
      ctx,
    );
    assert.equal(result.edits?.length, 1);
    const after = applyTextEdits(register, result.edits!);
    assert.match(after, /status: closed/);
    assert.match(after, /closed: 2026-06-01/);
    const bad = await computeEditRequest.handle({ op: 'setFields', id: 'CA-2026-001', fields: [['status']] as never }, ctx);
    assert.match(bad.error ?? '', /\[name, value\] pairs/);
  });

  it('offers a new record file, and refuses a folder outside the root, a taken id and an unknown operation', async () => {
    const file = await computeEditRequest.handle(
      { op: 'newRecordFile', rootUri: 'file:///isms', kind: 'internal-audit', record: { id: 'IA-2026-07' }, folder: 'audits' },
      ctx,
    );
    assert.equal(file.newFileUri, uri('audits/IA-2026-07.md'));
    const outside = await computeEditRequest.handle(
      { op: 'newRecordFile', rootUri: 'file:///isms', kind: 'risk', record: { id: 'R-1' }, folder: '../x' },
      ctx,
    );
    assert.match(outside.error ?? '', /inside the ISMS root/);
    const taken = await computeEditRequest.handle(
      { op: 'appendCorrectiveAction', rootUri: 'file:///isms', record: { id: 'CA-2026-001' } },
      ctx,
    );
    assert.match(taken.error ?? '', /already exists/);
    const unknown = await computeEditRequest.handle({ op: 'format' } as never, ctx);
    assert.match(unknown.error ?? '', /Unknown edit operation format/);
  });
});
