/**
 * docs/rules.md is part of the product: every rule has a section with its anchor, cites its clause, and
 * shows a Bad and a Good example that the engine is run on here. An example is the line
 * `<!-- example: bad|good CODE today=YYYY-MM-DD -->` followed by fenced blocks ```` ```lang file=path ````
 * (one per file, `binary` marking a file whose bytes hold NUL); together they are the ISMS folder.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { loadIsmsFolder, RULES, type Diagnostic } from '../../../../src/core';
import { check, memoryHost, ROOT } from '../../support/memory';

// tests are bundled to out/test/unit/, three levels below the repository root
const DOC_PATH = path.resolve(__dirname, '../../../../../docs/rules.md');
const doc = readFileSync(DOC_PATH, 'utf8');

interface ExampleFile {
  name: string;
  text: string;
  binary: boolean;
}

interface Example {
  kind: 'bad' | 'good';
  code: string;
  today: string;
  /** 1-based line of the example comment, for failure messages */
  line: number;
  files: ExampleFile[];
}

/** The isms.yaml of an example that shows none: every setting at its default. */
const DEFAULT_CONFIG = 'isms: config\norganisation: Acme Cloud Ltd\n';

const EXAMPLE = /^<!-- example: (bad|good) (ISMS\d{3}) today=(\d{4}-\d{2}-\d{2}) -->$/;
const FENCE_OPEN = /^```(\w*)\s+(.*)$/;

function parseExamples(text: string): Example[] {
  const lines = text.split(/\r?\n/);
  const examples: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = EXAMPLE.exec(lines[i]);
    if (!m) continue;
    const example: Example = { kind: m[1] as 'bad' | 'good', code: m[2], today: m[3], line: i + 1, files: [] };
    let j = i + 1;
    for (;;) {
      while (j < lines.length && lines[j].trim() === '') j++;
      const open = j < lines.length ? FENCE_OPEN.exec(lines[j]) : null;
      const attrs = open ? open[2].split(/\s+/) : [];
      const file = attrs.find((a) => a.startsWith('file='))?.slice('file='.length);
      if (!open || !file) break;
      const body: string[] = [];
      j++;
      while (j < lines.length && lines[j] !== '```') body.push(lines[j++]);
      assert.ok(j < lines.length, `unclosed example block after docs/rules.md:${i + 1}`);
      j++;
      example.files.push({ name: file, text: `${body.join('\n')}\n`, binary: attrs.includes('binary') });
    }
    examples.push(example);
    i = j - 1;
  }
  return examples;
}

/** Runs the engine on an example's folder; binary files go through the scanner as the CLI reads them. */
async function diagnosticsOf(example: Example): Promise<Diagnostic[]> {
  // every ISMS folder has an isms.yaml; an example that does not show one has the defaults
  const files = example.files.some((f) => f.name === 'isms.yaml')
    ? example.files
    : [{ name: 'isms.yaml', text: DEFAULT_CONFIG, binary: false }, ...example.files];
  if (!files.some((f) => f.binary)) {
    return check(Object.fromEntries(files.map((f) => [f.name, f.text])), example.today);
  }
  const bytes = (f: ExampleFile): Uint8Array => {
    const encoded = new TextEncoder().encode(f.text);
    return f.binary ? new Uint8Array([...encoded, 0]) : encoded;
  };
  const host = memoryHost(Object.fromEntries(files.map((f) => [`${ROOT}/${f.name}`, bytes(f)])));
  const ws = await loadIsmsFolder(host, ROOT);
  return ws.check({ today: example.today }).all();
}

/** The text of one rule's section: from its anchor to the next anchor or top-level heading. */
function sectionOf(code: string): string | undefined {
  const start = doc.indexOf(`<a id="${code.toLowerCase()}"></a>`);
  if (start < 0) return undefined;
  const rest = doc.slice(start + 1);
  const next = rest.search(/\n<a id="isms\d{3}"><\/a>|\n# /);
  return next < 0 ? rest : rest.slice(0, next);
}

const examples = parseExamples(doc);

describe('docs/rules.md', () => {
  it('parses its examples (at least a bad and a good one per rule)', () => {
    assert.ok(examples.length >= RULES.length * 2, `${examples.length} examples`);
    for (const e of examples) assert.ok(e.files.length > 0, `example at docs/rules.md:${e.line} has no file blocks`);
  });

  for (const rule of RULES) {
    describe(`${rule.code} ${rule.name}`, () => {
      const section = sectionOf(rule.code) ?? '';

      it('has a section with the anchor the engine links to, right before the heading `## CODE slug`', () => {
        assert.ok(section, `no <a id="${rule.code.toLowerCase()}"></a> in docs/rules.md`);
        const [anchorLine, heading] = section.split('\n');
        assert.match(`<${anchorLine}`, new RegExp(`^<a id="${rule.code.toLowerCase()}"></a>$`));
        assert.equal(heading, `## ${rule.code} ${rule.name}`);
      });

      it('is listed in the table with its slug and default severity', () => {
        const row = doc.split('\n').find((l) => l.startsWith(`| [${rule.code}](#${rule.code.toLowerCase()}) |`));
        assert.ok(row, `no table row for ${rule.code}`);
        assert.ok(row.includes(`| \`${rule.name}\` | ${rule.defaultSeverity} |`), row);
      });

      it('cites the clause it encodes', () => {
        assert.ok(section.includes(rule.clause), `section does not cite "${rule.clause}"`);
      });

      it('explains when it does not fire and which settings affect it', () => {
        assert.match(section, /\*\*When it does not fire\.\*\*/);
        assert.match(section, /\*\*Settings\.\*\*/);
      });

      const mine = examples.filter((e) => e.code === rule.code);
      it('has a bad and a good example inside its own section', () => {
        assert.ok(
          mine.some((e) => e.kind === 'bad'),
          'no bad example',
        );
        assert.ok(
          mine.some((e) => e.kind === 'good'),
          'no good example',
        );
        for (const e of mine)
          assert.ok(
            section.includes(`<!-- example: ${e.kind} ${e.code} today=${e.today} -->`),
            `example at line ${e.line} is outside the section`,
          );
      });

      for (const e of mine) {
        it(`${e.kind} example (docs/rules.md:${e.line}, today ${e.today}) ${e.kind === 'bad' ? 'produces' : 'does not produce'} ${rule.code}`, async () => {
          const found = (await diagnosticsOf(e)).filter((d) => d.code === rule.code);
          if (e.kind === 'bad') assert.ok(found.length > 0, `${rule.code} not reported`);
          else
            assert.deepEqual(
              found.map((d) => `${d.file.slice(ROOT.length + 1)}:${d.range.start.line + 1} ${d.message}`),
              [],
            );
        });
      }
    });
  }

  it('has no section or example for a code that is not a rule', () => {
    const codes = new Set(RULES.map((r) => r.code));
    for (const m of doc.matchAll(/<a id="(isms\d{3})"><\/a>/g)) assert.ok(codes.has(m[1].toUpperCase()), m[1]);
    for (const e of examples) assert.ok(codes.has(e.code), e.code);
  });

  it('its good examples raise no errors of any rule that a reader would trip over (YAML, dates, fields)', async () => {
    for (const e of examples.filter((x) => x.kind === 'good')) {
      const data = (await diagnosticsOf(e)).filter((d) => ['ISMS001', 'ISMS002', 'ISMS005', 'ISMS006', 'ISMS007'].includes(d.code));
      assert.deepEqual(
        data.map((d) => `${e.code} example line ${e.line}: ${d.code} ${d.message}`),
        [],
      );
    }
  });
});
