/**
 * Fuzz: edits on generated YAML register layouts — block and flow lists, block and flow records, anchors
 * and aliases, merge keys, explicit keys, comments (with lone CRs in them), quoted, plain and block
 * scalars, LF or CRLF, a byte order mark. Each edit is applied as VS Code applies it; the file must still
 * parse and read back exactly as before except for the one value asked for — or the edit is refused,
 * only where an anchor shares what it would change. `npm run fuzz` runs 50 times as many cases.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseDocument, type Node } from 'yaml';
import { appendRegisterRecord, EditError, setField, type TextEdit } from '../../../../src/core/edit';
import { LineMap } from '../../../../src/core/parse/positions';
import { apply } from './applyAsVsCode';

const RUNS = 500 * Number(process.env.FUZZ ?? 1);

type ValueStyle = 'plain' | 'single' | 'double' | 'literal' | 'folded' | 'anchor' | 'alias';
type Head = 'plain' | 'keyAnchor' | 'mapAnchor' | 'explicit' | 'flow';
interface FieldGen {
  key: string;
  word: string;
  style: ValueStyle;
  comment: boolean;
}
interface RecordGen {
  head: Head;
  fields: FieldGen[];
  merge: 'none' | 'defaults' | 'previous';
  before: 'none' | 'comment' | 'crComment' | 'blank';
}
interface LayoutGen {
  eol: '\n' | '\r\n';
  bom: boolean;
  header: 'none' | 'comment' | 'crComment';
  defaults: boolean;
  list: 'block' | 'flowInline' | 'flowOwn0' | 'flowOwn2';
  dash: 0 | 2;
  gap: 2 | 4;
  trailingComma: boolean;
  records: RecordGen[];
}

const WORDS = ['open', 'Sam Smith', 'Zoë Ångström', 'Ransomware', '2026-04-30', 'a, b', 'x: y', 'it\'s "q"', '#7', '- dash'];
const PLAIN_SAFE = new Set(['open', 'Sam Smith', 'Zoë Ångström', 'Ransomware', '2026-04-30']);

const fieldGen = fc.record({
  key: fc.constantFrom('title', 'status', 'owner', 'notes', 'due'),
  word: fc.constantFrom(...WORDS),
  style: fc.constantFrom<ValueStyle>('plain', 'single', 'double', 'literal', 'folded', 'anchor', 'alias'),
  comment: fc.boolean(),
});
const recordGen = fc.record({
  head: fc.constantFrom<Head>('plain', 'keyAnchor', 'mapAnchor', 'explicit', 'flow'),
  fields: fc.uniqueArray(fieldGen, { selector: (f) => f.key, maxLength: 3 }),
  merge: fc.constantFrom<RecordGen['merge']>('none', 'none', 'defaults', 'previous'),
  before: fc.constantFrom<RecordGen['before']>('none', 'comment', 'crComment', 'blank'),
});
const layoutGen: fc.Arbitrary<LayoutGen> = fc.record({
  eol: fc.constantFrom<LayoutGen['eol']>('\n', '\r\n'),
  bom: fc.boolean(),
  header: fc.constantFrom<LayoutGen['header']>('none', 'comment', 'crComment'),
  defaults: fc.boolean(),
  list: fc.constantFrom<LayoutGen['list']>('block', 'block', 'flowInline', 'flowOwn0', 'flowOwn2'),
  dash: fc.constantFrom<0 | 2>(0, 2),
  gap: fc.constantFrom<2 | 4>(2, 4),
  trailingComma: fc.boolean(),
  records: fc.array(recordGen, { maxLength: 4 }),
});

/** Builds the register's text; comments carry numbered markers so that the test can find each one after. */
class Writer {
  private anchors = 0;
  private values: string[] = [];
  private mapAnchors: string[] = [];
  private comments = 0;
  readonly markers: string[] = [];

  comment(cr: boolean): string {
    const marker = `c${++this.comments}`;
    this.markers.push(marker);
    return `# ${marker}${cr ? '\rwith a lone CR' : ''}`;
  }

  /** A value in `flow` or block context; block scalars need the column of their content. */
  value(f: FieldGen, flow: boolean, column: number): string {
    const style = flow && (f.style === 'literal' || f.style === 'folded') ? 'double' : f.style;
    const quoted = JSON.stringify(f.word);
    switch (style) {
      case 'plain':
        return PLAIN_SAFE.has(f.word) ? f.word : quoted;
      case 'single':
        return `'${f.word.replace(/'/g, "''")}'`;
      case 'double':
        return quoted;
      case 'literal':
      case 'folded':
        return `${style === 'literal' ? '|' : '>-'}\n${' '.repeat(column)}${f.word}\n${' '.repeat(column)}more`;
      case 'anchor':
        this.values.push(`v${++this.anchors}`);
        return `&v${this.anchors} ${quoted}`;
      default:
        return this.values.length > 0 ? `*${this.values[this.values.length - 1]}` : quoted;
    }
  }

  mapAnchor(): string {
    this.mapAnchors.push(`r${this.mapAnchors.length + 1}`);
    return `&${this.mapAnchors[this.mapAnchors.length - 1]}`;
  }

  merge(r: RecordGen, defaults: boolean): string | undefined {
    if (r.merge === 'defaults' && defaults) return '<<: *d';
    if (r.merge === 'previous' && this.mapAnchors.length > 0) return `<<: *${this.mapAnchors[this.mapAnchors.length - 1]}`;
    return undefined;
  }
}

function flowRecord(w: Writer, r: RecordGen, id: string, defaults: boolean): string {
  const merge = w.merge(r, defaults);
  const entries = [`id: ${id}`, ...(merge ? [merge] : []), ...r.fields.map((f) => `${f.key}: ${w.value(f, true, 0)}`)];
  return `${r.head === 'mapAnchor' ? `${w.mapAnchor()} ` : ''}{ ${entries.join(', ')} }`;
}

/** One record of a block list, as lines (the first one starts with its `-`). */
function blockRecord(w: Writer, g: LayoutGen, r: RecordGen, id: string): string[] {
  const dash = ' '.repeat(g.dash);
  const keys = ' '.repeat(g.dash + g.gap);
  const lead = `${dash}-${' '.repeat(g.gap - 1)}`;
  if (r.head === 'flow') return [lead + flowRecord(w, r, id, g.defaults)];
  const merge = w.merge(r, g.defaults); // before this record's own anchor: a record merges an earlier one
  const lines: string[] = [];
  if (r.head === 'plain') lines.push(`${lead}id: ${id}`);
  if (r.head === 'keyAnchor') lines.push(`${lead}&k${id.slice(2)} id: ${id}`);
  if (r.head === 'mapAnchor') lines.push(`${lead}${w.mapAnchor()}`, `${keys}id: ${id}`);
  if (r.head === 'explicit') lines.push(`${lead}? id`, `${keys}: ${id}`);
  if (merge) lines.push(keys + merge);
  for (const f of r.fields) {
    const v = w.value(f, false, g.dash + g.gap + 2);
    const [first, ...rest] = v.split('\n');
    lines.push(`${keys}${f.key}: ${first}${f.comment && rest.length === 0 ? ` ${w.comment(false)}` : ''}`, ...rest);
  }
  return lines;
}

function registerText(g: LayoutGen): { text: string; markers: string[] } {
  const w = new Writer();
  const lines: string[] = [];
  if (g.header !== 'none') lines.push(w.comment(g.header === 'crComment'));
  lines.push('isms: risks');
  if (g.defaults) lines.push('defaults: &d { owner: Sam Smith, status: open }');
  const ids = g.records.map((_, i) => `R-${i + 1}`);
  if (g.list === 'block') {
    lines.push(g.records.length === 0 ? 'records: []' : 'records:');
    g.records.forEach((r, i) => {
      if (r.before === 'blank' && i > 0) lines.push('');
      if (r.before === 'comment' || r.before === 'crComment') lines.push(' '.repeat(g.dash) + w.comment(r.before === 'crComment'));
      lines.push(...blockRecord(w, g, r, ids[i]));
    });
  } else {
    const items = g.records.map((r, i) => flowRecord(w, r, ids[i], g.defaults));
    const comma = g.trailingComma && items.length > 0 ? ',' : '';
    if (g.list === 'flowInline') lines.push(`records: [${items.join(', ')}${comma}]`);
    else
      lines.push(
        'records: [',
        ...items.map((it, i) => `  ${it}${i < items.length - 1 ? ',' : comma}`),
        g.list === 'flowOwn0' ? ']' : '  ]',
      );
  }
  return { text: (g.bom ? '\ufeff' : '') + lines.join(g.eol) + g.eol, markers: w.markers };
}

type Json = Record<string, unknown> & { records?: Record<string, unknown>[] | null };

function readBack(text: string): Json {
  const doc = parseDocument(text.replace(/^\ufeff/, ''));
  assert.deepEqual(
    doc.errors.map((e) => e.message),
    [],
    `the file parses:\n${JSON.stringify(text)}`,
  );
  return JSON.parse(JSON.stringify(doc.toJS())) as Json;
}

/** The range the parser gives record `index` (its mapping's source range), in LSP positions. */
function recordTarget(text: string, index: number): { file: string; range: ReturnType<LineMap['range']> } {
  const seq = parseDocument(text).get('records', true) as { items: Node[] };
  const [start, end] = seq.items[index].range!;
  return { file: 'registers/risks.yaml', range: new LineMap(text).range(start, end) };
}

const valueGen = fc.oneof(
  fc.constantFrom<unknown>(
    'closed',
    'open # not a comment',
    'a: b',
    "it's",
    'Zoë',
    '',
    null,
    'two\nlines',
    'x\ry',
    '2026-05-01',
    '- x',
    '[a]',
    '&a',
    '*a',
  ),
  fc.string({ unit: fc.constantFrom('a', ' ', ':', '#', "'", '"', '\n', '\r', '-', '[', '{', ',', '&', '*', '|', '>', 'é', '\\') }),
);
const opGen = fc.record({
  kind: fc.constantFrom('set', 'set', 'add', 'append'),
  index: fc.nat(),
  key: fc.constantFrom('title', 'status', 'owner', 'notes', 'due', 'closed', 'verified-by'),
  value: valueGen,
});

describe('edit fuzz: generated YAML layouts (issue 14)', () => {
  it(`every edit keeps the file parsing and changes only the intended value (${RUNS} layouts)`, () => {
    let refused = 0;
    let runs = 0;
    fc.assert(
      fc.property(layoutGen, opGen, (g, op) => {
        runs++;
        const { text, markers } = registerText(g);
        const before = readBack(text);
        const records = before.records ?? [];
        const expected = JSON.parse(JSON.stringify(before)) as Json;
        let edits: TextEdit[];
        try {
          if (op.kind === 'append' || records.length === 0) {
            const rec = { id: 'R-NEW', title: op.value, status: 'open' };
            edits = appendRegisterRecord(text, rec);
            expected.records = [...records, JSON.parse(JSON.stringify(rec)) as Record<string, unknown>];
          } else {
            const i = op.index % records.length;
            const key = op.kind === 'add' ? 'closed' : op.key;
            edits = setField(text, recordTarget(text, i), key, op.value);
            expected.records![i][key] = op.value;
          }
        } catch (e) {
          assert.ok(e instanceof EditError, String(e));
          assert.match(e.message, /shared through the anchor/, `${e.message}\n${JSON.stringify(text)}`);
          refused++;
          return;
        }
        const after = apply(text, edits);
        assert.deepEqual(readBack(after), expected, `${JSON.stringify(text)}\n→\n${JSON.stringify(after)}`);
        for (const m of markers) assert.equal(after.split(`# ${m}`).length, text.split(`# ${m}`).length, `comment ${m} kept`);
        assert.equal(after.startsWith('\ufeff'), text.startsWith('\ufeff'), 'the BOM stays');
        if (g.eol === '\r\n') assert.ok(!/(^|[^\r])\n/.test(after), 'CRLF stays CRLF');
      }),
      { seed: process.env.FUZZ ? undefined : 1412, numRuns: RUNS },
    );
    assert.ok(refused < runs / 4, `${refused} of ${runs} edits refused: the guard refuses only shared anchors`);
  });
});
