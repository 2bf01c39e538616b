/** appendRegisterRecords (issue 17.3, the acknowledgements import): several records in one edit, in the register's style. */
import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { appendRegisterRecord, appendRegisterRecords, applyTextEdits } from '../../../../src/core/edit';

const ACKS = [
  { person: 'P-001', document: 'POL-001', version: '2.1', date: '2026-03-09' },
  { person: 'Lee Chen', document: 'POL-001', version: '2.10', date: '2026-03-10' },
];

const append = (text: string, records: Record<string, unknown>[]): string => applyTextEdits(text, appendRegisterRecords(text, records));

describe('edit: appendRegisterRecords', () => {
  it('appends every record after the last entry, in order, reading back as strings ("2.10" stays 2.10)', () => {
    const text =
      '# kept\nisms: acknowledgements\nrecords:\n  - person: P-002  # kept too\n    document: POL-001\n    version: "2.1"\n    date: 2026-03-02\n';
    const after = append(text, ACKS);
    assert.ok(after.startsWith(text));
    assert.deepEqual((parse(after) as { records: unknown[] }).records.slice(1), ACKS);
  });

  it('follows entries written as one-line flow mappings, and a blank line between entries', () => {
    const flow = 'isms: acknowledgements\nrecords:\n  - { person: P-002, document: POL-001, version: "2.1", date: 2026-03-02 }  # note\n';
    assert.equal(
      append(flow, ACKS),
      `${flow}  - { person: P-001, document: POL-001, version: "2.1", date: 2026-03-09 }\n` +
        '  - { person: Lee Chen, document: POL-001, version: "2.10", date: 2026-03-10 }\n',
    );
    const spaced = 'isms: risks\nrecords:\n  - id: R-1\n\n  - id: R-2\n';
    assert.equal(append(spaced, [{ id: 'R-3' }, { id: 'R-4' }]), `${spaced}\n  - id: R-3\n\n  - id: R-4\n`);
  });

  it('a flow list and an empty `records:` take them all; no records is no edit; one record as appendRegisterRecord', () => {
    const list = 'isms: risks\nrecords: [{ id: R-1 }]  # flow\n';
    assert.equal(append(list, [{ id: 'R-2' }, { id: 'R-3' }]), 'isms: risks\nrecords: [{ id: R-1 }, { id: R-2 }, { id: R-3 }]  # flow\n');
    const empty = 'isms: acknowledgements\nrecords:\n';
    assert.deepEqual((parse(append(empty, ACKS)) as { records: unknown[] }).records, ACKS);
    assert.deepEqual(appendRegisterRecords(empty, []), []);
    const block = 'isms: risks\nrecords:\n  - id: R-1\n';
    assert.deepEqual(appendRegisterRecords(block, [{ id: 'R-2' }]), appendRegisterRecord(block, { id: 'R-2' }));
  });
});
