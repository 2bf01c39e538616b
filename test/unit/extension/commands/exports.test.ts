/**
 * "ISMS: Export audit plan" / "Export management review pack" against an in-memory `vscode` (issue 15.10):
 * the save dialog's "replace?" is the one question — after it the file is written, not refused with
 * "already exists"; a caller naming the target replaces a file only with `overwrite: true`; the
 * notification offers Open and Reveal in Explorer (the Explorer inside the workspace, the operating
 * system's file manager outside it).
 */
import { fake, releaseVscode, resetFake } from '../../support/fakeVscode';
import * as assert from 'node:assert/strict';
import { exportFile, OPEN, REVEAL } from '../../../../src/extension/commands/exports';
import type { CommandContext } from '../../../../src/extension/commands/shared';

releaseVscode();

const ROOT = '/work/isms';
const ROOT_URI = `file://${ROOT}`;
const ICS = 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n';

const ctx = {
  server: {
    request: async (method: string) => {
      if (method === 'isms/tree') return { roots: [{ rootUri: ROOT_URI, name: 'Acme Labs' }] };
      if (method === 'isms/export') return { fileName: 'audit-plan-2026-11-25.ics', text: ICS, html: '<!DOCTYPE html>' };
      throw new Error(method);
    },
  },
} as unknown as CommandContext;

/** Lets the notification's answer (not awaited by the command) run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('Export commands: ask once, then write; offer Open and Reveal', () => {
  beforeEach(resetFake);

  it('writes over the file the save dialog returned (the dialog asked "replace?"), without "already exists"', async () => {
    fake.files.set(`${ROOT}/plan.ics`, 'last year’s plan');
    fake.answerSaveDialog = () => `${ROOT}/plan.ics`;
    const written = await exportFile(ctx, 'ics');
    assert.equal(written?.path, `${ROOT}/plan.ics`);
    assert.equal(fake.files.get(`${ROOT}/plan.ics`), ICS);
    assert.doesNotMatch(fake.messages.join('\n'), /already exists|could not write/);
  });

  it('a caller naming an existing target replaces it only with overwrite: true', async () => {
    fake.files.set(`${ROOT}/plan.ics`, 'mine');
    assert.equal(await exportFile(ctx, 'ics', { target: `${ROOT}/plan.ics` }), undefined);
    assert.equal(fake.files.get(`${ROOT}/plan.ics`), 'mine', 'no consent, no overwrite');
    assert.match(fake.messages.join('\n'), /already exists/);
    assert.ok(await exportFile(ctx, 'ics', { target: `${ROOT}/plan.ics`, overwrite: true }));
    assert.equal(fake.files.get(`${ROOT}/plan.ics`), ICS);
  });

  it('a cancelled save dialog writes nothing', async () => {
    assert.equal(await exportFile(ctx, 'ics'), undefined);
    assert.equal(fake.files.size, 0);
  });

  it('the notification offers Open and Reveal in Explorer; Open shows the file', async () => {
    fake.answerMessage = (_text, items) => (items.includes(OPEN) ? OPEN : undefined);
    await exportFile(ctx, 'ics', { target: `${ROOT}/exports/plan.ics` });
    await settle();
    assert.deepEqual(fake.messageItems, [[OPEN, REVEAL]]);
    assert.match(fake.messages[0], /wrote .*plan\.ics/);
    assert.deepEqual(fake.shown, [`${ROOT}/exports/plan.ics`]);
  });

  it('Reveal: in the Explorer for a file of the workspace, in the operating system for one outside it', async () => {
    fake.workspaceFolder = ROOT;
    fake.answerMessage = () => REVEAL;
    await exportFile(ctx, 'ics', { target: `${ROOT}/plan.ics` });
    await exportFile(ctx, 'ics', { target: '/home/me/Desktop/plan.ics' });
    await settle();
    assert.deepEqual(
      fake.commands.map(([id, u]) => `${String(id)} ${(u as { path: string }).path}`),
      [`revealInExplorer ${ROOT}/plan.ics`, 'revealFileInOS /home/me/Desktop/plan.ics'],
    );
  });

  it('the Markdown review pack opens at once; its notification still offers Reveal', async () => {
    await exportFile(ctx, 'review-pack', { target: `${ROOT}/pack.md` });
    await settle();
    assert.deepEqual(fake.shown, [`${ROOT}/pack.md`]);
    assert.deepEqual(fake.messageItems, [[REVEAL]]);
    await exportFile(ctx, 'review-pack', { target: `${ROOT}/pack.html` });
    assert.equal(fake.files.get(`${ROOT}/pack.html`), '<!DOCTYPE html>');
    assert.deepEqual(fake.messageItems[1], [OPEN, REVEAL]);
  });
});
