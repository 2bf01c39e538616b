/** "ISMS: New document" (issue 17.7): the templates per type, the suggested id, the front matter of a draft. */
import * as assert from 'node:assert/strict';
import { parseFile } from '../../../../src/core';
import { newRecordFile } from '../../../../src/core/edit';
import { DOCUMENT_TYPES } from '../../../../src/core/model/kinds';
import {
  DOCUMENT_TEMPLATES,
  NEW_DOCUMENT_TYPES,
  documentFileStem,
  newDocumentBody,
  newDocumentRecord,
  suggestDocumentId,
} from '../../../../src/extension/commands/documentTemplates';

describe('extension/commands/documentTemplates', () => {
  it('has a template for every document type of the format', () => {
    assert.deepEqual([...NEW_DOCUMENT_TYPES], [...DOCUMENT_TYPES]);
    for (const type of NEW_DOCUMENT_TYPES) assert.ok(DOCUMENT_TEMPLATES[type].headings.length > 0, type);
  });

  it('suggests the next id of the type', () => {
    assert.equal(suggestDocumentId('POL', ['POL-001', 'POL-002', 'STD-007', 'POL-2026-009', 'XPOL-050']), 'POL-003');
    assert.equal(suggestDocumentId('PRO', []), 'PRO-001');
  });

  it('writes a draft at version 0.1 that claims no approval, and a body of headings only', () => {
    const doc = { type: 'procedure' as const, id: 'PRO-001', title: 'Access *request*', owner: 'Sam Smith' };
    const text = newRecordFile('document', newDocumentRecord(doc), newDocumentBody(doc));
    const [rec] = parseFile('/isms/procedures/access-request.md', text).records;
    assert.equal(rec.kind, 'document');
    assert.deepEqual(rec.data, {
      isms: 'document',
      id: 'PRO-001',
      title: 'Access *request*',
      type: 'procedure',
      owner: 'Sam Smith',
      version: '0.1',
      status: 'draft',
      classification: 'internal',
    });
    const body = text.slice(text.lastIndexOf('---\n') + 4);
    assert.deepEqual(
      body.split('\n').filter((l) => l.trim() !== ''),
      ['# Access *request*', '## Purpose', '## Scope', '## Roles', '## Steps', '## Records kept', '## Related documents'],
    );
    assert.equal(newDocumentRecord({ ...doc, owner: undefined }).owner, undefined, 'no owner: no empty field');
  });

  it('names the file after the title', () => {
    assert.equal(documentFileStem('Politique de sécurité: accès', 'POL-9'), 'politique-de-securite-acces');
    assert.equal(documentFileStem('***', 'POL-9'), 'POL-9');
  });
});
