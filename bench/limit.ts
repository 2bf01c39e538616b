/**
 * The limit: the least any checker of these files must do — read every Markdown and YAML file and
 * parse its YAML (the front matter of a Markdown file, or the whole register) with the same `yaml`
 * library the engine uses. No positions kept, no rules, no output. Nothing can be much faster.
 *
 *   node out/bench/limit.js <dir>      → prints {"files":…,"parsed":…,"bytes":…,"ms":…}
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

function files(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) files(path, out);
    else if (/\.(md|markdown|ya?ml)$/i.test(e.name)) out.push(path);
  }
  return out;
}

const started = performance.now();
let parsed = 0;
let bytes = 0;
const list = files(process.argv[2] ?? '.');
for (const file of list) {
  const text = readFileSync(file, 'utf8');
  bytes += text.length;
  const yaml = /\.(md|markdown)$/i.test(file) ? FRONT_MATTER.exec(text)?.[1] : text;
  if (yaml === undefined) continue;
  parse(yaml);
  parsed++;
}
process.stdout.write(`${JSON.stringify({ files: list.length, parsed, bytes, ms: Math.round(performance.now() - started) })}\n`);
