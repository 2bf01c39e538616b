/**
 * Issue 14.12–14.15: edits that damaged the user's file. Every edit here is applied the way VS Code
 * applies it — by LSP positions (TextDocument.applyEdits, which breaks lines at LF, CRLF and a lone CR),
 * on the text without its byte order mark — and then read back with the `yaml` package.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse, parseDocument } from 'yaml';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { appendRegisterRecord, EditError, setField } from '../../../../src/core/edit';
import { renderInline } from '../../../../src/core/edit/render';
import { LineMap } from '../../../../src/core/parse/positions';
import { parseFile } from '../../../../src/core/parse/parseFile';
import { textBasis } from '../../../../src/common/textBasis';
import { yamlContext } from '../../../../src/server/yamlContext';
import { apply } from './applyAsVsCode';

type Rec = Record<string, unknown>;
const recordsOf = (text: string): Rec[] => {
  const doc = parseDocument(text.replace(/^\ufeff/, ''));
  assert.deepEqual(
    doc.errors.map((e) => e.message),
    [],
    'the file still parses',
  );
  return ((doc.toJS() as { records?: Rec[] }).records ?? []) as Rec[];
};

/** The record with this id, as the parser locates it (its range is what the server sends to setField). */
function target(
  file: string,
  text: string,
  id: string,
): { file: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } } {
  const rec = parseFile(file, text).records.find((r) => r.id === id);
  assert.ok(rec, `${id} is parsed`);
  return { file, range: rec.range };
}

describe('edits on hostile layouts (issue 14.12–14.15)', () => {
  describe('14.12 anchors and aliases change only the intended record', () => {
    const SHARED = [
      'isms: corrective-actions',
      'records:',
      '  - id: CA-1',
      '    status: &st open',
      '  - id: CA-2',
      '    status: *st',
      '  - id: CA-3',
      '    status: *st   # same as CA-1',
      '',
    ].join('\n');

    it('closing CA-1 closes CA-1 only: the aliases get a copy of the value first, in the same edit', () => {
      const after = apply(SHARED, setField(SHARED, target('ca.yaml', SHARED, 'CA-1'), 'status', 'closed'));
      assert.deepEqual(
        recordsOf(after).map((r) => r.status),
        ['closed', 'open', 'open'],
      );
      assert.ok(after.includes('    status: open   # same as CA-1\n'), 'the comment after the alias stays');
    });

    it('closing CA-2 (an alias) replaces the alias only', () => {
      const after = apply(SHARED, setField(SHARED, target('ca.yaml', SHARED, 'CA-2'), 'status', 'closed'));
      assert.deepEqual(
        recordsOf(after).map((r) => r.status),
        ['open', 'closed', 'open'],
      );
    });

    it('an alias inside a flow mapping gets a flow-safe copy', () => {
      const text = 'isms: corrective-actions\nrecords:\n  - id: CA-1\n    title: &t "a, b: c"\n  - { id: CA-2, title: *t }\n';
      const after = apply(text, setField(text, target('ca.yaml', text, 'CA-1'), 'title', 'new'));
      assert.deepEqual(
        recordsOf(after).map((r) => r.title),
        ['new', 'a, b: c'],
      );
    });

    it('refuses, naming the anchor and the lines, what aliases repeat as a whole (records, lists, merge sources)', () => {
      const cases: [string, string, string, unknown][] = [
        // a record that another one merges in
        [
          'isms: corrective-actions\nrecords:\n  - &base\n    id: CA-1\n    status: open\n  - <<: *base\n    id: CA-2\n',
          'CA-1',
          'status',
          'closed',
        ],
        // adding a key to a record that another one merges in
        ['isms: corrective-actions\nrecords:\n  - &base\n    id: CA-1\n  - <<: *base\n    id: CA-2\n', 'CA-1', 'closed', '2026-05-01'],
        // a list value repeated by an alias
        [
          'isms: internal-audits\nrecords:\n  - id: IA-1\n    scope: &s [A.5.15]\n  - id: IA-2\n    scope: *s\n',
          'IA-1',
          'scope',
          ['A.5.16'],
        ],
        // replacing a list that holds an anchor used elsewhere would leave the alias dangling
        [
          'isms: internal-audits\nrecords:\n  - id: IA-1\n    scope: [&c A.5.15]\n  - id: IA-2\n    scope: [*c]\n',
          'IA-1',
          'scope',
          ['A.5.16'],
        ],
      ];
      for (const [text, id, key, value] of cases) {
        assert.throws(
          () => setField(text, target('r.yaml', text, id), key, value),
          (e: unknown) => {
            assert.ok(e instanceof EditError, String(e));
            assert.match(e.message, /shared through the anchor &\w+ .*line/);
            return true;
          },
          text,
        );
      }
    });

    it('an anchor with no value (`status: &st`) gets the value after the anchor', () => {
      const text = 'isms: corrective-actions\nrecords:\n  - id: CA-1\n    status: &st # none yet\n  - id: CA-2\n    status: *st\n';
      const after = apply(text, setField(text, target('ca.yaml', text, 'CA-1'), 'status', 'open'));
      assert.deepEqual(
        recordsOf(after).map((r) => r.status),
        ['open', null],
      );
    });
  });

  describe('14.13 appending to a flow list keeps the register parsing', () => {
    const lists = [
      'isms: corrective-actions\nrecords: [\n  { id: CA-1, title: a },\n  { id: CA-2, title: b }\n]\n',
      'isms: corrective-actions\nrecords: [\n  { id: CA-1, title: a },\n  { id: CA-2, title: b }\n  ]\n',
      'isms: corrective-actions\nrecords: [\n  { id: CA-1, title: a },\n  { id: CA-2, title: b },\n]\n',
      'isms: corrective-actions\nrecords: [\n  { id: CA-1, title: a },\n  { id: CA-2, title: b }  # last\n]\n',
      'isms: corrective-actions\nrecords: [{ id: CA-1, title: a }, { id: CA-2, title: b }]  # flow\n',
      'isms: corrective-actions\r\nrecords: [\r\n  { id: CA-1, title: a },\r\n  { id: CA-2, title: b }\r\n]\r\n',
      'isms: corrective-actions\nrecords: [\n  { id: CA-1, title: a },\n  { id: CA-2, title: "b\n    continued" }\n]\n',
    ];
    for (const [i, text] of lists.entries()) {
      it(`layout ${i + 1}: 2 records become 3, the new one as written`, () => {
        const rec = { id: 'CA-3', title: 'Line one\nline two', owner: null, tags: ['x, y', 'z\nw'], due: '2026-04-30' };
        const before = recordsOf(text);
        const after = apply(text, appendRegisterRecord(text, rec));
        assert.deepEqual(recordsOf(after), [...before, rec]);
      });
    }

    it('a value with a line break set into any flow collection stays on one line', () => {
      const text = 'isms: internal-audit\nid: IA-1\nfindings: [{ id: F-1, text: a }]\nscope: [A.5.15,\n  A.5.16]\n';
      const t = { file: 'ia.yaml', range: { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } } };
      let after = apply(text, setField(text, t, ['findings', 0, 'text'], 'two\nlines'));
      assert.equal((parse(after) as Rec & { findings: Rec[] }).findings[0].text, 'two\nlines');
      after = apply(text, setField(text, t, ['findings', 0, 'links'], { a: 'x\ny', b: ['p\nq'] }));
      assert.deepEqual((parse(after) as Rec & { findings: Rec[] }).findings[0].links, { a: 'x\ny', b: ['p\nq'] });
      after = apply(text, setField(text, t, ['scope', 1], 'A.5.17\n'));
      assert.deepEqual((parse(after) as Rec).scope, ['A.5.15', 'A.5.17\n']);
    });

    it('property: inline values never hold a line break and read back as written', () => {
      const scalar = fc.oneof(
        fc.string({ unit: 'binary' }),
        fc.constantFrom('\n', '\r', '\r\n', '\u2028', 'a: b', '- x', '#', ''),
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
      );
      const value = fc.letrec((tie) => ({
        v: fc.oneof(
          { depthSize: 'small' },
          scalar,
          fc.array(tie('v'), { maxLength: 3 }),
          fc.dictionary(fc.string({ unit: 'binary', maxLength: 6 }), tie('v'), { maxKeys: 3 }),
        ),
      })).v;
      fc.assert(
        fc.property(value, (v) => {
          const text = renderInline(v, true);
          assert.ok(!/[\r\n]/.test(text), JSON.stringify(text));
          const plain = (x: unknown): unknown => JSON.parse(JSON.stringify(x ?? null));
          assert.deepEqual(plain(parse(`k: [${text}]`).k[0]), plain(v));
        }),
        { seed: process.env.FUZZ ? undefined : 1413, numRuns: 300 * Number(process.env.FUZZ ?? 1) },
      );
    });
  });

  describe('14.14 one line-break model: LF, CRLF and a lone CR', () => {
    it("a lone CR above a record: setting R-1's status leaves its title alone", () => {
      const text = 'isms: risks\n# imported\r from the old tool\nrecords:\n  - id: R-1\n    title: Ransomware\n    status: open\n';
      const after = apply(text, setField(text, target('risks.yaml', text, 'R-1'), 'status', 'treated'));
      assert.deepEqual(recordsOf(after), [{ id: 'R-1', title: 'Ransomware', status: 'treated' }]);
      assert.equal(after, text.replace('status: open', 'status: treated'));
    });

    it('appends and key additions after lone CRs land where VS Code puts them', () => {
      const text = 'isms: risks # old\rx\nrecords:\n  - id: R-1 # a\rb\n    title: Ransomware\n';
      // YAML reads each CR here as comment text; VS Code sees 7 lines
      assert.equal(new LineMap(text).lineCount, 7);
      let after = apply(text, appendRegisterRecord(text, { id: 'R-2' }));
      assert.deepEqual(recordsOf(after), [{ id: 'R-1', title: 'Ransomware' }, { id: 'R-2' }]);
      after = apply(text, setField(text, target('risks.yaml', text, 'R-1'), 'owner', 'Zoë'));
      assert.deepEqual(recordsOf(after), [{ id: 'R-1', title: 'Ransomware', owner: 'Zoë' }]);
    });

    it("the server's cursor context (hover, completion) counts lines as the client does", () => {
      const text = 'isms: risks # exported\rby hand\nrecords:\n  - id: R-1\n    status: op';
      const ctx = yamlContext('risks.yaml', text, { line: 4, character: 14 });
      assert.equal(ctx?.key, 'status');
      assert.equal(ctx?.word, 'op');
      const md = '---\r\n# a\rb\r\nisms: risk\r\nstatus: op\r\n---\r\nbody\r\n';
      assert.equal(yamlContext('r.md', md, { line: 4, character: 10 })?.key, 'status');
      assert.equal(yamlContext('r.md', md, { line: 6, character: 2 }), undefined, 'the body is not YAML');
    });

    it('LineMap is the LSP model: positions and offsets as TextDocument has them (CR, LF, CRLF, BOM, clamping)', () => {
      const text = fc.string({ unit: fc.constantFrom('a', 'é', '🙂', '\r', '\n', '\r\n', ' '), maxLength: 40 });
      fc.assert(
        fc.property(text, fc.boolean(), fc.nat(50), fc.nat(50), (body, bom, line, character) => {
          const full = (bom ? '\ufeff' : '') + body;
          const lines = new LineMap(full);
          const doc = TextDocument.create('file:///a', 'yaml', 1, body);
          assert.equal(lines.lineCount, doc.lineCount);
          const p = { line, character };
          assert.equal(lines.offset(p) - (bom ? 1 : 0), doc.offsetAt(p), JSON.stringify({ body, p }));
          assert.deepEqual(lines.clamp(p), doc.positionAt(doc.offsetAt(p)));
          const offset = Math.min(line, body.length);
          assert.deepEqual(lines.position(offset + (bom ? 1 : 0)), doc.positionAt(offset), JSON.stringify({ body, offset }));
        }),
        { seed: process.env.FUZZ ? undefined : 1414, numRuns: 500 * Number(process.env.FUZZ ?? 1) },
      );
    });

    it('LineMap holds hostile positions to the text (huge, negative, not numbers)', () => {
      const lines = new LineMap('a\rbc\r\n');
      assert.deepEqual(lines.clamp({ line: 1, character: 2 ** 31 - 1 }), { line: 1, character: 2 });
      assert.deepEqual(lines.clamp({ line: 1e12, character: 1e12 }), { line: 2, character: 0 });
      assert.deepEqual(lines.clamp({ line: -1, character: -5 }), { line: 0, character: 0 });
      assert.deepEqual(lines.clamp({ line: NaN, character: Infinity } as never), { line: 0, character: 1 });
      assert.equal(lines.offset({ line: '1' as never, character: null as never }), 0);
    });

    it('the stale-edit fingerprint differs whenever a position would name another character', () => {
      assert.notEqual(textBasis('a\rb: 1\n'), textBasis('ab: 1\n'), 'a lone CR is kept');
      assert.notEqual(textBasis('a\n\rb'), textBasis('a\r\nb'), 'LF + CR is two breaks, CRLF one');
      assert.equal(textBasis('\ufeffa\r\nb\rc\n'), textBasis('a\nb\nc\n'), 'break kinds and a BOM move no position');
      const text = fc.string({ unit: fc.constantFrom('a', '\r', '\n', '\r\n', '\ufeff'), maxLength: 12 });
      fc.assert(
        fc.property(text, text, (a, b) => {
          if (textBasis(a) !== textBasis(b)) return;
          const [la, lb] = [new LineMap(a), new LineMap(b)];
          assert.equal(la.lineCount, lb.lineCount);
          const strip = (s: string): string => s.replace(/^\ufeff/, '');
          const lspLines = (s: string): string[] => strip(s).split(/\r\n|\r|\n/);
          assert.deepEqual(lspLines(a), lspLines(b), JSON.stringify([a, b]));
        }),
        { seed: process.env.FUZZ ? undefined : 1415, numRuns: 2000 * Number(process.env.FUZZ ?? 1) },
      );
    });
  });

  describe('14.15 a new key goes where the parser has the keys', () => {
    const heads: [string, string][] = [
      ['anchored first key', '  - &f1 id: F-1\n    type: minor-nc\n'],
      ['anchored first key, nothing after', '  - &f1 id: F-1\n'],
      ['explicit key', '  - ? id\n    : F-1\n'],
      ['explicit key, wide gap', '-   ? id\n    : F-1\n'],
      ['tag and anchor', '  - !finding &f1 id: F-1\n'],
      ['anchored mapping on its own line', '  - &f1\n    id: F-1\n'],
    ];
    for (const [name, entry] of heads) {
      it(`${name}: setField adds a key that parses into the same record`, () => {
        const text = `isms: internal-audits\nrecords:\n  - id: IA-1\n    findings:\n${entry.replace(/^/gm, '    ').replace(/ +$/, '')}`;
        const t = { file: 'ia.yaml', range: target('ia.yaml', text, 'IA-1').range };
        const after = apply(text, setField(text, t, ['findings', 0, 'corrective-action'], 'CA-9'));
        const finding = (recordsOf(after)[0].findings as Rec[])[0];
        assert.equal(finding['corrective-action'], 'CA-9');
        assert.equal(finding.id, 'F-1');
      });

      it(`${name}: a register entry gets a key, and the register a new entry`, () => {
        const text = `isms: risks\nrecords:\n${entry.replace(/F-1/, 'R-1')}`;
        let after = apply(text, setField(text, target('risks.yaml', text, 'R-1'), 'owner', 'Sam'));
        assert.deepEqual(
          recordsOf(after).map((r) => [r.id, r.owner]),
          [['R-1', 'Sam']],
        );
        after = apply(text, appendRegisterRecord(text, { id: 'R-2', title: 'two' }));
        assert.deepEqual(
          recordsOf(after).map((r) => r.id),
          ['R-1', 'R-2'],
        );
      });
    }
  });
});
