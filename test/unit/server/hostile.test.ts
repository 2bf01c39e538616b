/**
 * What a client or a file may send the server's features, answered at once and as plain text
 * (issue 14.7 far-off positions, 14.11 a 200 KB line, 14.21 Markdown in workspace text). Bounds are
 * generous: they catch a hang, they are not speed tests.
 */
import * as assert from 'node:assert/strict';
import type { MarkupContent } from 'vscode-languageserver/node';
import { codeActions } from '../../../src/server/codeActions';
import { complete } from '../../../src/server/completion';
import { definition } from '../../../src/server/definition';
import { hover } from '../../../src/server/hover';
import { clampPosition } from '../../../src/server/positions';
import { leadingKey } from '../../../src/server/yamlContext';
import { FILES, file, fixture, TODAY, uri } from '../support/serverState';

const BOUND_MS = 2000;

function timed<T>(what: string, fn: () => T): T {
  const started = Date.now();
  const result = fn();
  const ms = Date.now() - started;
  assert.ok(ms < BOUND_MS, `${what} took ${ms} ms`);
  return result;
}

describe('hostile input: positions far outside the document (14.7)', function () {
  this.timeout(60_000);
  const ws = fixture();
  const name = 'registers/corrective-actions.yaml';
  const text = FILES[name];

  it('holds a position to the document: the end of the line, the end of the last line', () => {
    assert.deepEqual(clampPosition(text, { line: 3, character: 2 ** 31 - 1 }), { line: 3, character: '  - id: CA-2026-001'.length });
    assert.deepEqual(clampPosition('a\nbc\r\n', { line: 1, character: 1e12 }), { line: 1, character: 2 });
    assert.deepEqual(clampPosition('a\nbc', { line: 1e12, character: 0 }), { line: 1, character: 2 });
    assert.deepEqual(clampPosition('a', { line: -4, character: Number.NaN }), { line: 0, character: 0 });
  });

  for (const character of [2 ** 31 - 1, 1e12]) {
    it(`answers hover, completion, definition and code actions at character ${character} at once`, () => {
      const position = { line: 3, character };
      const h = timed('hover', () => hover(file(name), text, position, ws, () => []));
      assert.match((h?.contents as MarkupContent | undefined)?.value ?? '', /CA-2026-001/, 'the id at the end of the line');
      timed('completion', () => complete({ textDocument: { uri: uri(name) }, position }, { file: file(name), text, ws, today: TODAY }));
      const defs = timed('definition', () => definition(file(name), text, position, (id) => ws.recordsById(id)));
      assert.equal(defs.length, 1);
      const far = { start: position, end: { line: 1e12, character } };
      const data = { fix: 'replace-legacy-control', legacy: 'A.12.3.1', replacements: ['A.8.13'] };
      timed('code actions', () =>
        codeActions(
          {
            textDocument: { uri: uri(name) },
            range: far,
            context: { diagnostics: [{ range: far, message: 'x', source: 'isms', data }] },
          },
          text,
        ),
      );
    });
  }
});

describe('hostile input: a 200 KB line (14.11)', function () {
  this.timeout(60_000);
  const N = 200_000;
  const lines: Record<string, string> = {
    'a list item of spaces': `  - a${' '.repeat(N)}b`,
    'a long title': `    title: ${'word '.repeat(N / 5)}x`,
    'a quoted key of spaces': `    "a${' '.repeat(N)}x`,
    'a flow list': `    scope: [${'A.5.1, '.repeat(N / 7)}A.5.2`,
  };
  for (const [what, line] of Object.entries(lines)) {
    it(`answers hover and completion at the end of ${what}`, () => {
      const text = `isms: risks\nrecords:\n  - id: R-1\n${line}\n`;
      const ws = fixture({ 'registers/risks.yaml': text });
      ws.records(); // parsed before the clock starts: the features are timed, not the parser
      const position = { line: 3, character: line.length };
      timed('hover', () => hover(file('registers/risks.yaml'), text, position, ws, () => []));
      timed('completion', () =>
        complete(
          { textDocument: { uri: uri('registers/risks.yaml') }, position },
          { file: file('registers/risks.yaml'), text, ws, today: TODAY },
        ),
      );
    });
  }

  it('reads a key as the pattern it replaces did', () => {
    // the former pattern, quadratic on long runs of blanks, as the reference on short texts
    const pattern = (s: string) => /^("?)([^\s:"#][^:#]*?)\1\s*:(?:\s+|$)/.exec(s)?.[2].trim();
    const alphabet = ['"', ':', '#', ' ', '\t', 'a', 'b', '-'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let i = 0; i < 20_000; i++) {
      const s = Array.from({ length: next() % 9 }, () => alphabet[next() % alphabet.length]).join('');
      assert.equal(leadingKey(s), pattern(s), JSON.stringify(s));
    }
    assert.equal(leadingKey('status: open'), 'status');
    assert.equal(leadingKey('"corrective-action": CA-1'), 'corrective-action');
  });
});

describe('hostile input: workspace text in hovers (14.21)', function () {
  this.timeout(60_000);
  const hostile =
    'x](https://evil.example) ![i](https://evil.example/i.png) <img src=x onerror=alert(1)> **b** www.evil.example a@evil.example';
  const ca = `isms: corrective-actions
records:
  - id: CA-9
    title: "${hostile}\\n\\n# heading"
    status: "open\` [l](https://evil.example) \`"
    owner: "\`\`\`"
    source: "F\`1"
`;
  const ws = fixture({
    'registers/hostile.yaml': ca,
    'x](y).yaml': 'isms: risks\nrecords:\n  - { id: "R-[9](https://evil.example)", title: t }\n',
  });
  const value = (id: string): string => {
    const text = `source: ${id}\n`;
    const h = hover(file('registers/x.yaml'), text, { line: 0, character: 9 }, ws, () => ws.recordsById(id));
    return (h?.contents as MarkupContent | undefined)?.value ?? '';
  };

  it('keeps a title as text: no link, image, HTML, emphasis, autolink or new block', () => {
    const [first, blank] = value('CA-9').split('\n');
    assert.equal(blank, '', 'the title stays on its line');
    const title = first.replace(/^\*\*CA-9\*\* — corrective action: /, '');
    assert.notEqual(title, first);
    // with every backslash escape taken out, no character that starts Markdown syntax is left
    assert.doesNotMatch(title.replace(/\\./g, ''), /[[\]()<>!*_`#@:.&~|$]/, title);
    assert.ok(title.startsWith('x\\]\\(https\\://evil\\.example\\) \\!\\[i\\]'), title);
  });

  it('keeps a value inside its code span whatever backticks it holds', () => {
    const md = value('CA-9');
    assert.ok(md.includes('status: `` open` [l](https://evil.example) ` ``'), md);
    assert.ok(md.includes('owner: ```` ``` ````'), md);
    assert.ok(md.includes('source: ``F`1``'), md);
  });

  it('keeps an id and a file name as text, the link to the file whole', () => {
    const md = value('R-[9](https://evil.example)');
    assert.match(md, /^\*\*R-\\\[9\\\]\\\(https\\:\/\/evil\\\.example\\\)\*\*/);
    assert.ok(md.includes('[x\\]\\(y\\)\\.yaml:3](file:///isms/x%5D%28y%29.yaml#L3)'), md);
  });
});
