/** `isms.yaml` `standards:` keys in the spellings practitioners use, and the error for one no catalogue knows (issue 16.2). */
import * as assert from 'node:assert/strict';
import { catalogueFor } from '../../../../src/core/model/catalogues';
import { standardKeyOf } from '../../../../src/core/model/standardAliases';
import { check, config, textAt } from '../../support/memory';

const TODAY = '2026-03-10';

describe('standards: other spellings of the catalogue keys', () => {
  it('reads the GDPR, POPIA and ISO spellings as the catalogue they mean', () => {
    const cases: [string, string][] = [
      ['uk-gdpr', 'gdpr'],
      ['GDPR-UK', 'gdpr'],
      ['eu-gdpr', 'gdpr'],
      ['GDPR', 'gdpr'],
      ['UK GDPR', 'gdpr'],
      ['uk_gdpr', 'gdpr'],
      ['popi', 'popia'],
      ['POPI Act', 'popia'],
      ['Act 4 of 2013', 'popia'],
      ['Regulation (EU) 2016/679', 'gdpr'],
      ['iso-27001', 'iso27001:2022'],
      ['ISO27001:2022', 'iso27001:2022'],
      ['ISO/IEC 27001:2022', 'iso27001:2022'],
      ['iso 27001', 'iso27001:2022'],
      ['27001', 'iso27001:2022'],
      ['ISO 22301:2019', 'iso22301:2019'],
      ['iso-22301', 'iso22301:2019'],
      ['ISO/IEC 27701:2019', 'iso27701:2019'],
    ];
    for (const [written, key] of cases) assert.equal(catalogueFor(written)?.key, key, written);
  });

  it('does not stretch: a year the engine does not know and other laws match nothing', () => {
    for (const written of ['iso27001:2013', 'ISO 27001:2013', 'ccpa', 'hipaa', 'iso9001', 'gdpr2', 'uk']) {
      assert.equal(catalogueFor(written), undefined, written);
    }
    assert.equal(standardKeyOf(' ISO/IEC 27001:2013 '), 'iso27001:2013');
  });
});

describe('standards: a key no catalogue knows', () => {
  it('is an error at the key in isms.yaml, the known keys closest first', () => {
    const files = { 'isms.yaml': config('standards: [iso27001:2022, gdbr]\n') };
    const found = check(files, TODAY).filter((d) => d.file.endsWith('isms.yaml') && d.code === 'ISMS006');
    assert.equal(found.length, 1);
    const [d] = found;
    assert.deepEqual([d.code, d.severity, textAt(files, d)], ['ISMS006', 'error', 'gdbr']);
    assert.match(d.message, /‘standards: gdbr’ is not a standard the engine knows, so no check of it runs\. Use one of: gdpr, /);
  });

  it('says nothing of the keys it reads, in any spelling', () => {
    const files = { 'isms.yaml': config('standards:\n  - ISO/IEC 27001:2022\n  - uk-gdpr\n  - POPI Act\n') };
    assert.deepEqual(
      check(files, TODAY).filter((d) => d.code === 'ISMS006' || d.code === 'ISMS004'),
      [],
    );
  });

  it('a UK organisation with `uk-gdpr` gets the same breach findings as with `gdpr`: an un-notified breach is reported', () => {
    const incidents = [
      'isms: incidents',
      'records:',
      '  - id: INC-2026-003',
      '    title: Customer exports publicly readable',
      '    detected: 2026-03-04',
      '    personal-data: true',
      '    notification: required',
      '',
    ].join('\n');
    const privacy = (key: string): string[] =>
      check({ 'isms.yaml': config(`standards: [iso27001:2022, ${key}]\n`), 'registers/incidents.yaml': incidents }, TODAY)
        .filter((d) => d.file.endsWith('incidents.yaml') && d.code.startsWith('ISMS7'))
        .map((d) => `${d.code} ${d.message}`);
    const gdpr = privacy('gdpr');
    assert.ok(gdpr.length > 0, 'the breach is reported under gdpr');
    assert.deepEqual(privacy('uk-gdpr'), gdpr);
    assert.deepEqual(privacy('UK GDPR'), gdpr);
  });
});
