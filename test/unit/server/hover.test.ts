/** Hover on catalogue ids (src/server/hover.ts), called directly on a workspace held in memory. */
import * as assert from 'node:assert/strict';
import type { MarkupContent } from 'vscode-languageserver/node';
import { hover } from '../../../src/server/hover';
import { config, ROOT, workspaceOf } from '../support/memory';

const AUDIT = `---
isms: internal-audit
id: IA-1
planned: 2026-05-12
scope: ["iso27701:A.7.2.8", "gdpr:art-30", A.5.15]
---
`;

function hoverText(character: number): string | undefined {
  const ws = workspaceOf({ 'isms.yaml': config('standards: [iso27001:2022, iso27701:2019, gdpr]\n'), 'IA-1.md': AUDIT });
  const h = hover(`${ROOT}/IA-1.md`, AUDIT, { line: 4, character }, ws, () => []);
  return (h?.contents as MarkupContent | undefined)?.value;
}

describe('hover on a catalogue id', () => {
  it('shows an ISO/IEC 27701 control with the GDPR articles Annex D relates it to', () => {
    const text = hoverText('scope: ["iso27701:A.7'.length);
    assert.equal(
      text,
      '**iso27701:A.7.2.8 Records related to processing PII**\n\nISO/IEC 27701:2019, control (controller)\n\nRelated in other standards: `gdpr:art-30` Records of processing activities',
    );
  });

  it('shows a GDPR article with the controls mapped to it (the computed inverse)', () => {
    const text = hoverText('scope: ["iso27701:A.7.2.8", "gdpr:art'.length);
    assert.match(text ?? '', /^\*\*gdpr:art-30 Records of processing activities\*\*/);
    assert.match(
      text ?? '',
      /Related in other standards: `iso27701:A\.7\.2\.8` Records related to processing PII · `iso27701:A\.7\.5\.3` Records of transfer of PII · `iso27701:A\.7\.5\.4` .* · `iso27701:B\.8\.2\.6` Records related to processing PII$/,
    );
  });

  it('says nothing of related ids for an entry no mapping links', () => {
    const text = hoverText('scope: ["iso27701:A.7.2.8", "gdpr:art-30", A.5'.length);
    assert.equal(text, '**A.5.15 Access control**\n\nISO/IEC 27001:2022, control (organizational)');
  });
});
