#!/usr/bin/env node
// The audit calendar in the real VS Code (code-server + Chromium through the kit's openVSCode): runs
// "ISMS: Show audit calendar" from the palette on a copy of the sample, checks the webview's DOM, clicks
// an audit chip and expects its record to open in an editor tab; switches to the timeline; moves a
// planned audit with Alt+→ and undoes it; reloads the window and expects the panel to be restored.
// With --screenshots it saves docs/images/calendar-{light,dark}.png and timeline-{light,dark}.png.
// Exit code: 0 passed, 1 failed.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openVSCode } from './kit/vscode.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const screenshots = process.argv.includes('--screenshots');
const TODAY = '2026-11-25';
const THEMES = screenshots
  ? [
      ['light', 'Default Light Modern'],
      ['dark', 'Default Dark Modern'],
    ]
  : [['light', 'Default Light Modern']];

function check(cond, what) {
  if (!cond) throw new Error(`calendar e2e: ${what}`);
  console.log(`  ✔ ${what}`);
}

async function runCommand(page, title) {
  const quickInput = page.locator('.quick-input-widget');
  const rows = quickInput.locator('.monaco-list-row');
  await page.keyboard.press('F1');
  await quickInput.locator('input').waitFor({ state: 'visible' });
  await quickInput.locator('input').fill(`>${title}`);
  for (let i = 0; i < 50; i++) {
    const labels = await rows.evaluateAll((els) => els.map((e) => (e.getAttribute('aria-label') ?? '').toLowerCase()));
    const hit = labels.findIndex((l) => l === title.toLowerCase() || l.startsWith(`${title.toLowerCase()}, `));
    if (hit >= 0) {
      await rows.nth(hit).click();
      return;
    }
    await page.waitForTimeout(200);
  }
  throw new Error(`no command "${title}" in the palette`);
}

/** The webview's frame: the one whose document holds the calendar. */
async function calendarFrame(page) {
  for (let i = 0; i < 150; i++) {
    for (const f of page.frames())
      if (
        await f
          .locator('#calendar')
          .count()
          .catch(() => 0)
      )
        return f;
    await page.waitForTimeout(200);
  }
  throw new Error('the calendar webview did not appear');
}

/** The calendar of a theme: months, the overdue chip, today, the gap, coverage, the timeline; a chip opens its audit. */
async function checkCalendar(page, themeName) {
  const frame = await calendarFrame(page);
  await frame.locator('button.chip').first().waitFor({ timeout: 20000 });
  const months = await frame.locator('#calendar [data-month]').evaluateAll((els) => els.map((e) => e.getAttribute('data-month')));
  check(months.length >= 12, `${themeName}: the calendar shows at least twelve months (${months[0]} …)`);
  check(months.includes('2026-11'), `${themeName}: the calendar includes the month of "today" (${TODAY})`);
  const overdue = frame.locator('button.chip.chip--overdue', { hasText: 'IA-2026-10' });
  check((await overdue.count()) === 1, `${themeName}: the overdue audit IA-2026-10 is a chip marked overdue`);
  check((await frame.locator('.today-marker').count()) === 1, `${themeName}: today's month is marked`);
  for (let i = 0; i < 6 && !(await frame.locator('[data-month="2026-08"]').count()); i++) await frame.locator('[data-nav="prev"]').click();
  check(
    (await frame.locator('[data-month="2026-08"].is-empty').count()) === 1,
    `${themeName}: August 2026, the programme's gap, is flagged empty`,
  );
  await frame.locator('[data-nav="today"]').click();
  // the sample lists ISO 27001, ISO/IEC 27701 and the GDPR: a coverage strip for each, behind a selector
  const standards = await frame.locator('#coverage-standard vscode-option').evaluateAll((els) => els.map((e) => e.getAttribute('value')));
  check(
    standards.join() === 'iso27001:2022,iso27701:2019,gdpr',
    `${themeName}: the coverage strip offers each standard of isms.yaml (${standards.join(', ')})`,
  );
  check(
    (await frame.locator('section.coverage[data-standard="iso27001:2022"] .cov--audited').count()) > 0,
    `${themeName}: the ISO 27001 strip shows audited clauses and controls`,
  );
  if (screenshots) await page.screenshot({ path: join(root, `docs/images/calendar-${themeName}.png`) });
  await frame.locator('#tab-timeline').click();
  await frame.locator('#timeline').waitFor({ timeout: 10000 });
  check(
    (await frame.locator('#timeline').innerText()).includes('CA-2026-004'),
    `${themeName}: the timeline lists the overdue corrective action CA-2026-004`,
  );
  // the management review ISMS201 reports overdue (due 2026-10-22) is on the road too (issue 15.4)
  check(
    /Management review due[\s\S]*overdue/i.test(await frame.locator('#timeline').innerText()),
    `${themeName}: the timeline lists the overdue management review`,
  );
  if (screenshots) await page.screenshot({ path: join(root, `docs/images/timeline-${themeName}.png`) });
  await frame.locator('#tab-calendar').click();
  await overdue.click();
  await page.locator('.tab[data-resource-name="IA-2026-10-business-continuity.md"]').first().waitFor({ timeout: 15000 });
  check(true, `${themeName}: clicking the chip opens IA-2026-10-business-continuity.md`);
}

/** The phishing section: the sample's simulations with their trend; one opens its register entry. */
async function checkPhishing(page) {
  await page.locator('.tab', { hasText: 'Audit calendar' }).first().click();
  const phishing = await calendarFrame(page);
  const simulations = phishing.locator('.phishing-table tbody tr');
  await simulations.first().waitFor({ timeout: 20000 });
  const trend = await phishing.locator('.phishing-trend').innerText();
  check(
    (await simulations.count()) === 3 && trend.startsWith('Over 3 simulations'),
    `light: the phishing section lists the sample's three simulations and their trend (${trend})`,
  );
  await phishing.locator('.phishing-open', { hasText: 'AW-2026-06' }).click();
  await page.locator('.tab[data-resource-name="awareness.yaml"]').first().waitFor({ timeout: 15000 });
  check(true, 'light: clicking a phishing simulation opens registers/awareness.yaml');
}

/** Keyboard move: Alt+→ on a planned audit re-plans it a month later through a WorkspaceEdit; Undo puts it back. */
async function checkKeyboardMove(page) {
  await page.locator('.tab', { hasText: 'Audit calendar' }).first().click();
  const again = await calendarFrame(page);
  const march = again.locator('button.chip[data-id="IA-2027-03"]');
  await march.waitFor({ timeout: 20000 });
  await march.press('Alt+ArrowRight');
  // the edit goes to the register through a WorkspaceEdit (VS Code opens the record) …
  // Monaco renders spaces as no-break spaces
  const editorText = async () => (await page.locator('.editor-instance .view-lines').first().innerText()).replace(/\u00a0/g, ' ');
  await page.locator('.tab.active[data-resource-name="programme-2027.yaml"]').first().waitFor({ timeout: 15000 });
  for (let i = 0; i < 50 && !(await editorText()).includes('planned: 2027-04-16'); i++) await page.waitForTimeout(200);
  check((await editorText()).includes('planned: 2027-04-16'), 'Alt+→ re-plans IA-2027-03 from 2027-03-16 to 2027-04-16 in its register');
  // … and the calendar follows it
  const chipIn = async (month) => {
    await page.locator('.tab', { hasText: 'Audit calendar' }).first().click();
    for (let i = 0; i < 100; i++) {
      const f = await calendarFrame(page);
      if (
        await f
          .locator(`[data-month="${month}"] button.chip[data-id="IA-2027-03"]`)
          .count()
          .catch(() => 0)
      )
        return true;
      await page.waitForTimeout(200);
    }
    return false;
  };
  check(await chipIn('2027-04'), 'the calendar shows IA-2027-03 in April 2027');
  await page.locator('.tab[data-resource-name="programme-2027.yaml"]').first().click();
  await page.locator('.editor-instance .view-lines').first().click();
  await page.keyboard.press('Control+Z');
  for (let i = 0; i < 50 && !(await editorText()).includes('planned: 2027-03-16'); i++) await page.waitForTimeout(200);
  check((await editorText()).includes('planned: 2027-03-16'), 'one Undo puts 2027-03-16 back');
  check(await chipIn('2027-03'), 'and the calendar shows IA-2027-03 in March again');
}

/** Reloading the window: the serializer restores the calendar panel. */
async function checkReload(page) {
  await page.locator('.tab', { hasText: 'Audit calendar' }).first().click();
  // the panel must be the active editor when the window goes: one restored in a background tab draws nothing
  await page.locator('.tab.active', { hasText: 'Audit calendar' }).first().waitFor({ timeout: 15000 });
  // the workbench stores which editor is active on a short delay: a reload at once can restore the one before
  await page.waitForTimeout(1500);
  await page.reload();
  await page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout: 60000 });
  const restored = await calendarFrame(page);
  await restored.locator('button.chip').first().waitFor({ timeout: 30000 });
  check(true, 'after a reload the calendar panel is restored with its content');
}

async function run(themeName, theme) {
  const scratch = mkdtempSync(join(tmpdir(), 'isms-calendar-e2e-'));
  const ws = join(scratch, 'acme');
  cpSync(join(root, 'examples/acme'), ws, { recursive: true });
  mkdirSync(join(ws, '.vscode'));
  writeFileSync(join(ws, '.vscode/settings.json'), JSON.stringify({ 'isms.today': TODAY }));
  const v = await openVSCode({
    workspace: ws,
    extensionDevelopmentPath: root,
    settings: { 'workbench.colorTheme': theme },
    width: 1500,
    height: 950,
  });
  try {
    const { page } = v;
    await page.goto(v.url);
    await page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout: 60000 });
    // the status bar counts the days to the next external audit once the server has indexed the sample:
    // short text ("75d · 4 overdue", issue 15.10), the words in its screen-reader label
    const status = page.locator('.statusbar-item', { hasText: /\d+d · \d+ overdue/ }).first();
    await status.waitFor({ timeout: 60000 });
    const ariaLabel = await status.evaluate(
      (el) => el.getAttribute('aria-label') ?? el.querySelector('[aria-label]')?.getAttribute('aria-label') ?? '',
    );
    check(
      /^ISMS: 75 days to the second surveillance audit\./.test(ariaLabel),
      `${themeName}: the status bar item's label is in plain words: ${ariaLabel}`,
    );
    await runCommand(page, 'ISMS: Show audit calendar');
    await checkCalendar(page, themeName);
    if (themeName !== 'light') return; // the interactions below need one run, not one per theme
    await checkPhishing(page);
    await checkKeyboardMove(page);
    await checkReload(page);
  } catch (e) {
    const shot = join(tmpdir(), `isms-calendar-e2e-failure-${themeName}.png`);
    await v.page.screenshot({ path: shot }).catch(() => undefined);
    console.error(`calendar e2e: a screenshot of the failure is at ${shot}`);
    console.error(v.logs(3000));
    throw e;
  } finally {
    await v.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

try {
  for (const [name, theme] of THEMES) await run(name, theme);
  console.log('calendar e2e: passed');
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
