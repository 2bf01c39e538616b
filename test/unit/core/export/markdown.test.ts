/**
 * Workspace text in the Markdown the review pack and `isms report --format markdown` write, rendered as
 * GitHub renders it: micromark (CommonMark, the parser GitHub's cmark-gfm agrees with) with the GFM
 * autolink-literal and math extensions. Issue 14.20: bare URLs, `www.`, e-mail addresses and `$…$`
 * must stay text, and an escape must never end up inside a link.
 */
import * as assert from 'node:assert/strict';
import { micromark } from 'micromark';
import { gfmAutolinkLiteral, gfmAutolinkLiteralHtml } from 'micromark-extension-gfm-autolink-literal';
import { math, mathHtml } from 'micromark-extension-math';
import { markdownToHtml, mdText, reviewPack } from '../../../../src/core/export';
import { mdInline, mdTable } from '../../../../src/core/export/markdown';
import { standardsCoverage } from '../../../../src/core/cycle/coverage';
import { coverageMarkdown } from '../../../../src/core/export/coverage';
import { config, workspaceOf } from '../../support/memory';

/** Markdown as GitHub shows it (HTML), for the constructs GitHub adds to CommonMark. */
const github = (md: string): string =>
  micromark(md, { extensions: [gfmAutolinkLiteral(), math()], htmlExtensions: [gfmAutolinkLiteralHtml(), mathHtml()] });

const HOSTILE_MD = [
  'see https://evil.example/pay_now?x=1 now',
  'http://a.example/\\*x* and https://b.example/a_b_c',
  'visit www.evil.example/login',
  'WWW.Evil.example',
  'write to boss@evil.example',
  'mailto:boss@evil.example',
  'cost $\\color{red}{PWNED}$ and $$x$$',
  'autolink <https://evil.example/\\> swallow',
  '**[click](javascript:alert(1))**',
  '#123 and user/repo#1 and @someone',
];

describe('Markdown for GitHub (issue 14.20)', () => {
  for (const text of HOSTILE_MD) {
    it(`stays literal text: ${JSON.stringify(text)}`, () => {
      for (const md of [mdText(text), `| A |\n| --- |\n| ${mdInline(text)} |`, mdTable(['A'], [[text]]).join('\n')]) {
        const html = github(md);
        assert.ok(!/<a\b/.test(html), `a link in ${html}`);
        assert.ok(!/class="math/.test(html), `math in ${html}`);
        assert.ok(!/<(strong|em|code|img|script)\b/.test(html), html);
      }
      // what a reader sees is the text itself (tags stripped, entities decoded)
      const shown = github(mdText(text))
        .replace(/<[^>]*>/g, '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&')
        .trim();
      assert.equal(shown, text);
    });
  }

  it('our own HTML renderer shows the same text (`&#36;` is a dollar sign, not an escape to show)', () => {
    for (const text of HOSTILE_MD) {
      const html = markdownToHtml(mdText(text));
      assert.ok(!/<a\b/.test(html), html);
      const shown = html
        .replace(/<[^>]*>/g, '')
        .replace(/&#36;/g, '$')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&');
      assert.equal(shown, text);
    }
  });

  it('shows control and bidi characters as escapes, never raw, and keeps one line', () => {
    const md = mdText('a\u001b]0;title\u0007b\u202ec\u2028d\u0085e\u0000f\u009bg');
    assert.ok(!/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e]/.test(md), JSON.stringify(md));
    assert.equal(
      github(md)
        .replace(/<[^>]*>/g, '')
        .trim(),
      'a\\x1b]0;title\\x07b\\u202ec d e\\x00f\\x9bg',
    );
  });

  it('a line of workspace text cannot become a setext heading or a list', () => {
    assert.equal(github(`x\n${mdText('===')}`).includes('<h1>'), false);
    assert.equal(github(mdText('- item')).includes('<li>'), false);
  });

  it('the review pack and the coverage tables escape record text the same way', () => {
    const ws = workspaceOf({
      'isms.yaml': config('standards: [iso27001]\n'),
      'audits.yaml': [
        'isms: internal-audits',
        'records:',
        '  - id: "IA-1 https://evil.example/$x$"',
        '    title: "www.evil.example $\\\\color{red}{x}$ boss@evil.example"',
        '    planned: 2026-03-01',
        '    performed: 2026-03-02',
        '    scope: [A.5.15]',
        '',
      ].join('\n'),
      'cas.yaml':
        'isms: corrective-actions\nrecords:\n' +
        '  - { id: "CA-1 http://evil.example", title: "$1$ www.x.example", status: open, due: 2026-12-01 }\n',
    });
    const pack = reviewPack(ws, '2026-11-25').markdown;
    const coverage = coverageMarkdown(standardsCoverage(ws, '2026-11-25'), 'full').join('\n');
    assert.ok(coverage.includes('IA-1 https\\://evil.example'), coverage);
    for (const md of [pack, coverage]) {
      const html = github(md);
      assert.ok(!/<a\b/.test(html), html);
      assert.ok(!/class="math/.test(html), html);
    }
    assert.ok(pack.includes('IA-1 https\\://evil.example/&#36;x&#36;'), pack);
  });
});
