/**
 * Publishing while a large ISMS is read, with the standard work-done progress (issue 20.1), against the
 * built server over stdio: a client that supports `window.workDoneProgress` gets begin, reports and end;
 * the diagnostics published before the complete check are each a subset of the final ones, never
 * cross-record, never withdrawn; a client without the capability is never asked; a small ISMS is
 * published once per file, without a progress.
 */
import * as assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { generateCorpus } from '../../../bench/generate';
import { readsOnlyItsFile, RULES } from '../../../src/core';
import { startServer, stopServer, type Client } from '../support/lspClient';

const TODAY = '2026-11-25';
const SETTINGS = { today: TODAY, rules: {}, diagnostics: { debounceMs: 0 } };
const REPO = resolve(__dirname.slice(0, __dirname.lastIndexOf('/out/')));
const LOCAL = new Set(RULES.filter(readsOnlyItsFile).map((r) => r.code));

interface Publish {
  uri: string;
  codes: string[];
}

/** Whether every code of `part` is in `whole`, counted (a multiset). */
function within(part: readonly string[], whole: readonly string[]): boolean {
  const left = [...whole];
  return part.every((c) => {
    const i = left.indexOf(c);
    if (i < 0) return false;
    left.splice(i, 1);
    return true;
  });
}

/**
 * Waits for the complete check (the ready tree) and for the progress to end when one began; returns what
 * was published while the ISMS was read (before the server logs that it is indexed; the complete check follows).
 */
async function indexed(client: Client): Promise<{ partial: Publish[] }> {
  await client.until('the complete check', () => client.events.some((e) => e.type === 'tree' && e.ready), 120_000);
  const began = client.events.some((e) => e.type === 'progress' && e.value.kind === 'begin');
  if (began)
    await client.until('the end of the progress', () => client.events.some((e) => e.type === 'progress' && e.value.kind === 'end'));
  const read = client.events.findIndex((e) => e.type === 'log' && e.message.startsWith('isms: indexed '));
  assert.ok(read >= 0, 'the server logs the index read');
  const partial = client.events.slice(0, read).filter((e): e is Publish & { type: 'publish' } => e.type === 'publish');
  return { partial };
}

/** Each publish of a file holds what the one before it held (nothing withdrawn), and every partial one is within the final. */
function neverWithdrawn(client: Client, partial: readonly Publish[]): void {
  const last = new Map<string, string[]>();
  for (const e of client.events) {
    if (e.type !== 'publish') continue;
    const before = last.get(e.uri);
    if (before) assert.ok(within(before, e.codes), `${e.uri}: ${before.join(',')} then ${e.codes.join(',')}`);
    last.set(e.uri, e.codes);
  }
  for (const p of partial) {
    assert.ok(within(p.codes, client.codes(p.uri)), `${p.uri}: partial ${p.codes.join(',')} ⊄ final ${client.codes(p.uri).join(',')}`);
    for (const c of p.codes) assert.ok(LOCAL.has(c), `${p.uri}: ${c} is cross-record, published on a partial index`);
  }
}

describe('language server: publishing while a large ISMS is read (issue 20.1)', function () {
  this.timeout(240_000);
  let large: string;
  let small: string;
  const clients: Client[] = [];

  before(() => {
    const base = realpathSync(mkdtempSync(join(tmpdir(), 'isms-indexing-')));
    large = join(base, 'large');
    small = join(base, 'small');
    const { files } = generateCorpus(3500);
    for (const f of files) {
      mkdirSync(dirname(join(large, f.path)), { recursive: true });
      writeFileSync(join(large, f.path), f.text);
    }
    assert.ok(files.length >= 400, `several hundred files: ${files.length}`);
    cpSync(join(REPO, 'examples', 'acme'), small, { recursive: true });
  });
  after(async () => {
    for (const c of clients) await stopServer(c);
    rmSync(dirname(large), { recursive: true, force: true });
  });

  /** A server started as the VS Code client starts it (settings with initialize), declaring workDoneProgress. */
  async function startWithProgress(folder: string): Promise<Client> {
    const { client } = await startServer(
      folder,
      SETTINGS,
      { clientWatchesFiles: true, settings: SETTINGS },
      { window: { workDoneProgress: true } },
    );
    clients.push(client);
    return client;
  }

  it('shows a work-done progress and publishes the files read so far before the complete check', async () => {
    const client = await startWithProgress(large);
    const { partial } = await indexed(client);
    assert.equal(client.progressRequests, 1);
    const progress = client.events.flatMap((e) => (e.type === 'progress' ? [e.value] : []));
    assert.equal(progress[0].kind, 'begin');
    assert.equal((progress[0] as { title?: string }).title, 'Indexing ISMS');
    assert.equal(progress.at(-1)?.kind, 'end');
    assert.equal(progress.filter((p) => p.kind === 'begin').length, 1);
    assert.equal(progress.filter((p) => p.kind === 'end').length, 1);
    const reports = progress.filter((p) => p.kind === 'report');
    assert.ok(reports.length > 0);
    assert.match(reports.at(-1)?.message ?? '', /^(\d+) of \1 files$/);
    const percentages = progress.flatMap((p) => (p.percentage === undefined ? [] : [p.percentage]));
    assert.ok(
      percentages.every((p, i) => i === 0 || p >= percentages[i - 1]),
      `percentages: ${percentages.join(',')}`,
    );
    assert.ok(partial.length > 0, 'diagnostics published while indexing');
    neverWithdrawn(client, partial);
    // a file whose partial list was complete is not published again
    const counts = new Map<string, number>();
    for (const e of client.events) if (e.type === 'publish') counts.set(e.uri, (counts.get(e.uri) ?? 0) + 1);
    assert.ok([...counts.values()].some((n) => n === 1) && partial.some((p) => counts.get(p.uri) === 1));
  });

  it('never asks a client without workDoneProgress for a progress, and still publishes early (settings asked)', async () => {
    const { client } = await startServer(large, SETTINGS);
    clients.push(client);
    const { partial } = await indexed(client);
    assert.equal(client.progressRequests, 0);
    assert.ok(!client.events.some((e) => e.type === 'progress'));
    neverWithdrawn(client, partial);
  });

  it('publishes a small ISMS (the sample) once per file, without a progress', async () => {
    const client = await startWithProgress(small);
    const { partial } = await indexed(client);
    await client.request('isms/status');
    assert.equal(client.progressRequests, 0);
    assert.deepEqual(partial, []);
    const publishes = client.events.filter((e) => e.type === 'publish');
    assert.ok(publishes.length > 0);
    assert.equal(new Set(publishes.map((e) => (e as Publish).uri)).size, publishes.length, 'one publish per file');
  });
});
