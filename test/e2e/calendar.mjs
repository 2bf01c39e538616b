#!/usr/bin/env node
// The audit calendar in the real VS Code (code-server + Chromium through the kit's openVSCode): runs
// "ISMS: Show audit calendar" from the palette on a copy of the sample, checks the webview's DOM, clicks
// an audit chip and expects its record to open in an editor tab; switches to the timeline; moves a
// planned audit with Alt+→ and back with Alt+← (focus stays in the webview, which is not reloaded),
// re-plans the overdue audit to a future month (ISMS101 goes); reloads the window and expects the panel
// to be restored.
// With --screenshots it saves docs/images/calendar-{light,dark}.png and timeline-{light,dark}.png.
// Exit code: 0 passed, 1 failed.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  // control activities and evidence renewals (issue 18.5): the overdue restore test and the certificate due for renewal
  const timelineText = await frame.locator('#timeline').innerText();
  check(
    /ACT-RESTORE-TEST[\s\S]*overdue/.test(timelineText) && timelineText.includes('EV-2026-002'),
    `${themeName}: the timeline lists the overdue restore test ACT-RESTORE-TEST and the renewal of EV-2026-002`,
  );
  if (screenshots) await page.screenshot({ path: join(root, `docs/images/timeline-${themeName}.png`) });
  await frame.locator('#tab-calendar').click();
  const restore = frame.locator(
    'li.month[data-month="2026-10"] button.marker--activity-due.marker--overdue[data-record="ACT-RESTORE-TEST"]',
  );
  check((await restore.count()) === 1, `${themeName}: October 2026 marks the restore test ACT-RESTORE-TEST (due 31 October) overdue`);
  check(
    (await frame.locator('li.month[data-month="2026-12"] button.marker--evidence-renewal[data-record="EV-2026-002"]').count()) === 1,
    `${themeName}: December 2026 marks EV-2026-002 running out on 15 December`,
  );
  await restore.click();
  await page.locator('.tab[data-resource-name="control-activities.yaml"]').first().waitFor({ timeout: 15000 });
  check(true, `${themeName}: clicking the restore test opens registers/control-activities.yaml`);
  // back to the calendar: a hidden webview is rebuilt (no retainContextWhenHidden), so find its frame anew
  await page.locator('.tab', { hasText: 'Audit calendar' }).first().click();
  const again = await calendarFrame(page);
  await again.locator('button.chip').first().waitFor({ timeout: 20000 });
  await again.locator('button.chip.chip--overdue', { hasText: 'IA-2026-10' }).click();
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

/** The Problems panel's rows about IA-2026-10 that carry ISMS101 (the panel is opened by problemsPanel). */
const isms101Rows = (page) => page.locator('.markers-panel .monaco-list-row', { hasText: 'ISMS101' });

/** Opens the Problems panel filtered to the overdue audit (first: opening it takes the focus). */
async function problemsPanel(page) {
  await page.keyboard.press('Control+Shift+M');
  await page.locator('.markers-panel').waitFor({ timeout: 10000 });
  await page.locator('.viewpane-filter input').first().fill('IA-2026-10');
  await isms101Rows(page).first().waitFor({ timeout: 30000 });
  check(true, 'the Problems panel reports ISMS101 for the overdue audit IA-2026-10');
}

/**
 * Keyboard re-plan (issue 15.8): Alt+→ on a chip writes its `planned:` date in the background; no editor
 * opens, the webview is not reloaded (a marker set on its window survives), the focus stays on the chip
 * (a second Alt+→ needs no click), and the overdue audit moves to a future month, which clears ISMS101.
 */
async function checkKeyboardMove(page, ws) {
  await problemsPanel(page);
  await page.locator('.tab', { hasText: 'Audit calendar' }).first().click();
  const frame = await calendarFrame(page);
  const chip = (month, id, state = '') => frame.locator(`[data-month="${month}"] button.chip${state}[data-id="${id}"]`);
  const inMonth = async (month, id, state) => {
    try {
      await chip(month, id, state).waitFor({ timeout: 20000 });
      return true;
    } catch (e) {
      // a reloaded webview is a new frame: the old one is detached, and that is the failure
      console.error(`  ${id} not found in ${month}: ${e instanceof Error ? e.message.split('\n')[0] : e}`);
      return false;
    }
  };
  const onDisk = async (file, text) => {
    for (let i = 0; i < 100 && !readFileSync(join(ws, file), 'utf8').includes(text); i++) await page.waitForTimeout(200);
    return readFileSync(join(ws, file), 'utf8').includes(text);
  };
  const stayed = async (id) => {
    const activeTab = (await page.locator('.tab.active', { hasText: 'Audit calendar' }).count()) > 0;
    const focus = await frame
      .evaluate(() => (globalThis.document.hasFocus() ? globalThis.document.activeElement?.getAttribute('data-id') : null))
      .catch(() => null);
    const marker = await frame.evaluate(() => globalThis.__ismsMarker).catch(() => undefined);
    return { activeTab, focus: focus === id, notReloaded: marker === 'set before the move' };
  };
  const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
  const allTrue = { activeTab: true, focus: true, notReloaded: true };

  await chip('2027-03', 'IA-2027-03').waitFor({ timeout: 20000 });
  await frame.evaluate(() => void (globalThis.__ismsMarker = 'set before the move'));
  await chip('2027-03', 'IA-2027-03').focus();
  await page.keyboard.press('Alt+ArrowRight');
  check(await inMonth('2027-04', 'IA-2027-03'), 'Alt+→ shows IA-2027-03 in April 2027, in the same webview');
  check(await onDisk('audits/2027/programme-2027.yaml', 'planned: 2027-04-16'), 'and writes planned: 2027-04-16 to its register');
  const after = await stayed('IA-2027-03');
  check(
    same(after, allTrue),
    `the calendar stays the active editor, keeps the focus on the chip and is not reloaded (${JSON.stringify(after)})`,
  );
  check((await page.locator('.tab[data-resource-name="programme-2027.yaml"]').count()) === 0, 'no editor opened on the register');
  // the focus is still on the chip: the next key moves it back without a click
  await page.keyboard.press('Alt+ArrowLeft');
  check(await inMonth('2027-03', 'IA-2027-03'), 'Alt+← on the still-focused chip puts IA-2027-03 back in March');
  check(await onDisk('audits/2027/programme-2027.yaml', 'planned: 2027-03-16'), 'and 2027-03-16 back in its register');

  // the overdue audit: ISMS101 says "re-plan it", and the calendar lets it
  await chip('2026-10', 'IA-2026-10', '.chip--overdue').focus();
  await page.keyboard.press('Alt+ArrowRight');
  check(await inMonth('2026-11', 'IA-2026-10'), 'Alt+→ moves the overdue IA-2026-10 to November 2026');
  await page.keyboard.press('Alt+ArrowRight');
  check(await inMonth('2026-12', 'IA-2026-10', '.chip--planned'), 'a second Alt+→ moves it to December 2026, planned, no longer overdue');
  check(
    await onDisk('audits/2026/IA-2026-10-business-continuity.md', 'planned: 2026-12-14'),
    'IA-2026-10-business-continuity.md now says planned: 2026-12-14',
  );
  const overdueAfter = await stayed('IA-2026-10');
  check(same(overdueAfter, allTrue), `and the calendar kept the focus and was not reloaded (${JSON.stringify(overdueAfter)})`);
  for (let i = 0; i < 100 && (await isms101Rows(page).count()) > 0; i++) await page.waitForTimeout(200);
  check((await isms101Rows(page).count()) === 0, 'the ISMS101 warning of IA-2026-10 is gone from the Problems panel');
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
  // the serializer restores the panel as a tab; the workbench may still restore an earlier editor as the
  // active one (its state is stored on a delay), and a background webview draws nothing until shown
  const tab = page.locator('.tab', { hasText: 'Audit calendar' }).first();
  await tab.waitFor({ timeout: 30000 });
  await tab.click();
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
    await checkKeyboardMove(page, ws);
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
