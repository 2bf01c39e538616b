/**
 * Tree and status-bar tooltips are Markdown with workspace text in them (ids, titles, owners): `md`
 * keeps the template's own Markdown and escapes every value, so a record cannot put a link, an image,
 * HTML or emphasis into a tooltip (issue 14.21). Rendered with micromark, as CommonMark renders it.
 */
import '../support/vscodeStub';
import * as assert from 'node:assert/strict';
import { micromark } from 'micromark';
import { gfmAutolinkLiteral, gfmAutolinkLiteralHtml } from 'micromark-extension-gfm-autolink-literal';
import { md } from '../../../src/extension/treeItems';

const render = (text: string): string =>
  micromark(text, { allowDangerousHtml: true, extensions: [gfmAutolinkLiteral()], htmlExtensions: [gfmAutolinkLiteralHtml()] });

const HOSTILE = [
  '[click](https://evil.example/x)',
  '![pixel](https://evil.example/p.png)',
  '<img src=x onerror=alert(1)>',
  '**loud** _quiet_ ~~gone~~',
  '`code` ``break`` out',
  'www.evil.example and mail@evil.example',
  'line one\n# heading\n- item',
];

describe('tooltip Markdown (md)', () => {
  it('keeps the template’s own emphasis and table', () => {
    const html = render(md`**${'CA-1'}** ${'Patch'}\n\n| | |\n|---|---|\n| Owner | ${'Sam'} |`);
    assert.match(html, /<strong>CA-1<\/strong> Patch/);
    assert.match(html, /\| Owner \| Sam \|/);
  });

  for (const value of HOSTILE) {
    it(`renders ${JSON.stringify(value)} as text`, () => {
      const html = render(md`**${value}** ${value}\n\n| Owner | ${value} |`);
      assert.doesNotMatch(html, /<a |<img|<em>|<del>|<code>|<h1>|<li>/);
      // the template's own bold survives, around the escaped value
      assert.match(html, /^<p><strong>/);
    });
  }
});
