/** isms/calendar and isms/export (src/server/requests/calendar.ts, export.ts), answered in process. */
import * as assert from 'node:assert/strict';
import { calendarRequest } from '../../../../src/server/requests/calendar';
import { exportRequest } from '../../../../src/server/requests/export';
import { contextOf } from '../../support/serverState';

/** Every string under a `file` or `root` key of a JSON value. */
function fileKeys(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => fileKeys(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if ((k === 'file' || k === 'root') && typeof v === 'string') out.push(v);
      else fileKeys(v, out);
    }
  }
  return out;
}

describe('isms/calendar and isms/export', () => {
  const ctx = contextOf();

  it('gives the calendar model of a root with its file keys as URIs', () => {
    const model = calendarRequest.handle({ rootUri: 'file:///isms' }, ctx);
    assert.ok(model);
    const keys = fileKeys(model);
    assert.ok(keys.length > 0);
    assert.deepEqual(
      keys.filter((k) => !k.startsWith('file:///isms')),
      [],
    );
    assert.equal(calendarRequest.handle({ rootUri: 'file:///elsewhere' }, ctx), null);
  });

  it('exports the audit plan as iCalendar and the review pack as Markdown and HTML', () => {
    const ics = exportRequest.handle({ rootUri: 'file:///isms', what: 'ics' }, ctx);
    assert.match(ics?.text ?? '', /^BEGIN:VCALENDAR\r\n/);
    assert.match(ics?.fileName ?? '', /\.ics$/);
    const pack = exportRequest.handle({ rootUri: 'file:///isms', what: 'review-pack' }, ctx);
    assert.match(pack?.text ?? '', /Test Ltd/);
    assert.match(pack?.html ?? '', /<html/i);
    assert.equal(exportRequest.handle({ rootUri: 'file:///elsewhere', what: 'ics' }, ctx), null);
  });
});
