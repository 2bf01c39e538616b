/** Reading spreadsheet cells for `isms import csv` (issue 19.5): dates, yes/no, allowed values, lists, JSON, formula escapes. */
import * as assert from 'node:assert/strict';
import { allowedValue, listItems, readCell } from '../../../../src/cli/csv/cells';
import { parseDate } from '../../../../src/cli/csv/read';
import { KIND_FIELDS } from '../../../../src/core/model/kinds';

describe('CSV cells', () => {
  it('reads the dates spreadsheets write when they are unambiguous', () => {
    const cases: [string, string][] = [
      ['2026-03-09', '2026-03-09'],
      ['2026-03-09 00:00:00', '2026-03-09'],
      ['2026/3/9', '2026-03-09'],
      ['09.03.2026', '2026-03-09'],
      ['9 Mar 2026', '2026-03-09'],
      ['09-Mar-2026', '2026-03-09'],
      ['9th March 2026', '2026-03-09'],
      ['March 9, 2026', '2026-03-09'],
      ['Sept 30 2026', '2026-09-30'],
      ['25/03/2026', '2026-03-25'],
    ];
    for (const [cell, want] of cases) assert.deepEqual(parseDate(cell, cell === '25/03/2026' ? 'dmy' : undefined), { date: want }, cell);
    assert.match((parseDate('03/04/2026', undefined) as { error: string }).error, /could be day or month first/);
    assert.match((parseDate('31 Feb 2026', undefined) as { error: string }).error, /not a real calendar date/);
    assert.match((parseDate('9 Ma 2026', undefined) as { error: string }).error, /is not a date/);
  });

  it('reads yes/no, numbers, allowed values with synonyms, lists and JSON by the field table', () => {
    const soa = KIND_FIELDS.soa;
    const risk = KIND_FIELDS.risk;
    assert.deepEqual(readCell('applicable', soa.applicable, ' Yes ', undefined), { value: true });
    assert.deepEqual(readCell('applicable', soa.applicable, 'N/A', undefined), { value: false });
    assert.match((readCell('applicable', soa.applicable, 'maybe', undefined) as { error: string }).error, /not yes or no/);
    assert.deepEqual(readCell('likelihood', risk.likelihood, '3', undefined), { value: 3 });
    assert.deepEqual(readCell('likelihood', risk.likelihood, "'-1", undefined), { value: -1 });
    assert.equal(readCell('likelihood', risk.likelihood, '  ', undefined), undefined);
    assert.equal(allowedValue(risk.treatment.values ?? [], 'Mitigate'), 'modify');
    assert.equal(allowedValue(soa.implementation.values ?? [], 'Partially implemented'), 'partial');
    assert.equal(allowedValue(risk.status.values ?? [], 'In progress'), undefined, 'a synonym only for a value the field allows');
    // with the kind, a word means what it means in a file: a corrective action 'Done' is implemented, not closed
    const ca = KIND_FIELDS['corrective-action'];
    assert.deepEqual(readCell('status', ca.status, 'Done', undefined, 'corrective-action'), { value: 'implemented' });
    assert.deepEqual(readCell('status', KIND_FIELDS.incident.status, 'Resolved', undefined, 'incident'), { value: 'closed' });
    assert.deepEqual(
      readCell('treatment', risk.treatment, 'insure', undefined, 'risk'),
      { value: 'share' },
      'spreadsheet words still read',
    );
    assert.deepEqual(listItems('A.5.1; A.5.2 ;; A.8.8'), ['A.5.1', 'A.5.2', 'A.8.8']);
    assert.deepEqual(listItems('A.5.1, A.5.2'), ['A.5.1', 'A.5.2']);
    assert.deepEqual(listItems('Blake, Jordan; Shah, Priya'), ['Blake, Jordan', 'Shah, Priya']);
    const results = KIND_FIELDS.objective.results;
    assert.deepEqual(readCell('results', results, '[{"date":"2026-03-01","value":90}]', undefined), {
      value: [{ date: '2026-03-01', value: 90 }],
    });
    assert.match((readCell('results', results, '90 in March', undefined) as { error: string }).error, /not JSON text/);
    assert.deepEqual(readCell('title', risk.title, "'=SUM(A1)", undefined), { value: '=SUM(A1)' });
  });
});
