/**
 * The calendar webview bundle (dist/webview/calendar.js) in a real headless Chromium, on a page built
 * by the host's own `calendarHtml` with the same CSP and a stub `acquireVsCodeApi` that records what
 * the webview posts. The model comes from the real core over a fixture full of hostile text.
 *
 * playwright-core is not a project dependency: it comes from the vscode-e2e kit's install folder.
 *   npm run test:webview
 */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { homedir } from 'node:os';
import * as path from 'node:path';
import { calendarModel, type CalendarModel } from '../../src/core/calendar';
import { calendarHtml } from '../../src/extension/calendar/html';
import { fixtureFiles, fixtureWorkspace, HOSTILE, TODAY, workspaceFrom } from './fixture';

// ── the DOM the in-page callbacks below touch: they run in Chromium, but the root tsconfig (shared
// with the Node code) has no DOM lib, so the few shapes they use are declared here, for this file only
interface PageElement {
  dataset: Record<string, string | undefined>;
  classList: Iterable<string> & { contains(name: string): boolean };
  tagName: string;
  attributes: Iterable<{ name: string; value: string }>;
  textContent: string | null;
  innerHTML: string;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): Iterable<PageElement> & { length: number };
  closest(selector: string): PageElement | null;
  getAttribute(name: string): string | null;
  append(...nodes: PageElement[]): void;
  remove(): void;
  dispatchEvent(event: unknown): boolean;
}
declare const document: {
  querySelectorAll(selector: string): Iterable<PageElement> & { length: number };
  querySelector(selector: string): PageElement | null;
  createElement(tag: string): PageElement;
  activeElement: PageElement | null;
  body: PageElement;
};
declare const window: { postMessage(message: unknown, targetOrigin: string): void };
declare function getComputedStyle(el: PageElement): { display: string };

// ── the slice of playwright-core this test uses (the package is loaded from outside the project) ──
interface Locator {
  count(): Promise<number>;
  first(): Locator;
  nth(i: number): Locator;
  focus(): Promise<void>;
  click(): Promise<void>;
  textContent(): Promise<string | null>;
  getAttribute(name: string): Promise<string | null>;
  evaluate<R>(fn: (el: PageElement) => R): Promise<R>;
  isVisible(): Promise<boolean>;
  waitFor(opts?: { state?: string; timeout?: number }): Promise<void>;
  allTextContents(): Promise<string[]>;
}
interface Page {
  goto(url: string): Promise<unknown>;
  addInitScript(script: string): Promise<void>;
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<R>;
  evaluate<R>(fn: () => R): Promise<R>;
  waitForFunction(fn: string, arg?: unknown, opts?: { timeout?: number }): Promise<unknown>;
  locator(selector: string): Locator;
  keyboard: { press(key: string): Promise<void> };
  on(event: 'dialog', fn: (d: { message(): string; dismiss(): Promise<void> }) => void): void;
  on(event: 'pageerror', fn: (e: Error) => void): void;
  on(event: 'console', fn: (m: { type(): string; text(): string }) => void): void;
  close(): Promise<void>;
}
interface Browser {
  newPage(): Promise<Page>;
  close(): Promise<void>;
}
interface Playwright {
  chromium: { launch(opts: { executablePath: string; args: string[]; headless?: boolean }): Promise<Browser> };
}

const REPO = path.resolve(__dirname, '../../..');
const BUNDLE = path.join(REPO, 'dist', 'webview');

function loadPlaywright(): Playwright {
  const candidates = [
    process.env.PLAYWRIGHT_CORE,
    path.join(homedir(), '.cache/vscode-e2e/code-server/node_modules/playwright-core'),
    path.join(homedir(), '.cache/vscode-e2e/node_modules/playwright-core'),
  ].filter((p): p is string => !!p);
  const found = candidates.find((p) => existsSync(path.join(p, 'package.json')));
  if (!found) throw new Error(`playwright-core not found (looked in ${candidates.join(', ')}): run bash test/e2e/kit/setup.sh`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(found) as Playwright;
}

interface Posted {
  type: string;
  [k: string]: unknown;
}

/** Installed before the page's own scripts (not subject to its CSP): the host API stub and tripwires. */
const INIT_SCRIPT = `
  window.__posted = []; window.__state = undefined; window.__alerts = []; window.__violations = []; window.__pwned = false;
  window.alert = (m) => { window.__alerts.push(String(m)); };
  document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
  let acquired = 0;
  window.acquireVsCodeApi = () => {
    if (++acquired > 1) throw new Error('acquireVsCodeApi called twice');
    return {
      postMessage: (m) => window.__posted.push(JSON.parse(JSON.stringify(m))),
      getState: () => window.__state,
      setState: (s) => { window.__state = JSON.parse(JSON.stringify(s)); },
    };
  };
`;

describe('calendar webview in headless Chromium', function () {
  this.timeout(60_000);
  let server: Server;
  let origin: string;
  let browser: Browser;
  let page: Page;
  let model: CalendarModel;
  const dialogs: string[] = [];
  const pageErrors: string[] = [];

  const posted = (): Promise<Posted[]> => page.evaluate(() => (window as unknown as { __posted: Posted[] }).__posted);
  const clearPosted = (): Promise<void> => page.evaluate(() => void ((window as unknown as { __posted: Posted[] }).__posted = []));
  const sendModel = (m: CalendarModel, trusted?: boolean): Promise<void> =>
    page.evaluate(([data, t]) => window.postMessage({ type: 'model', model: data, ...(t === undefined ? {} : { trusted: t }) }, '*'), [
      m,
      trusted,
    ] as const);

  async function openPage(): Promise<void> {
    page = await browser.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.addInitScript(INIT_SCRIPT);
    await page.goto(`${origin}/`);
    // the ready handshake comes first; the host answers with the model
    await page.waitForFunction('window.__posted.some((m) => m.type === "ready")', undefined, { timeout: 10_000 });
    await sendModel(model);
    await page.locator('li.month').first().waitFor({ timeout: 10_000 });
  }

  before(async function () {
    assert.ok(existsSync(path.join(BUNDLE, 'calendar.js')), 'dist/webview/calendar.js missing: run node esbuild.mjs');
    model = calendarModel(fixtureWorkspace(), TODAY);
    server = createServer((req, res) => {
      const url = req.url ?? '/';
      if (url === '/') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(
          calendarHtml({
            cspSource: origin,
            scriptUri: `${origin}/calendar.js`,
            styleUri: `${origin}/calendar.css`,
            nonce: 'dGVzdC1ub25jZS0xMjM0NQ==',
            boot: { root: model.root, view: 'calendar' },
          }),
        );
      } else if (url === '/calendar.js' || url === '/calendar.css') {
        res.writeHead(200, { 'content-type': url.endsWith('.js') ? 'text/javascript' : 'text/css' });
        res.end(readFileSync(path.join(BUNDLE, url.slice(1))));
      } else {
        // anything else (an <img src=x> that slipped through, say) is recorded by the test as a 404
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await loadPlaywright().chromium.launch({
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    });
    await openPage();
  });

  after(async () => {
    await page?.close();
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  afterEach(async () => {
    const trip = await page.evaluate(() => {
      const w = window as unknown as { __pwned: boolean; __alerts: string[]; __violations: string[] };
      return { pwned: w.__pwned, alerts: w.__alerts, violations: w.__violations };
    });
    assert.deepEqual(trip, { pwned: false, alerts: [], violations: [] }, 'something executed or the CSP was violated');
    assert.deepEqual(dialogs, []);
    assert.deepEqual(pageErrors, []);
  });

  describe('the calendar view', () => {
    it('shows twelve months, starting two months before today', async () => {
      const months = await page.evaluate(() => [...document.querySelectorAll('li.month')].map((c) => c.dataset.month));
      assert.deepEqual(months, [
        '2026-09',
        '2026-10',
        '2026-11',
        '2026-12',
        '2027-01',
        '2027-02',
        '2027-03',
        '2027-04',
        '2027-05',
        '2027-06',
        '2027-07',
        '2027-08',
      ]);
      assert.equal(await page.locator('.range').textContent(), 'September 2026 – August 2027');
    });

    it('colours each audit chip by its state', async () => {
      const chips = await page.evaluate(() =>
        [...document.querySelectorAll('button.chip')].map(
          (c) => `${c.dataset.id} ${[...c.classList].filter((k) => k.startsWith('chip--')).join(' ')}`,
        ),
      );
      assert.deepEqual(chips, [
        'IA-2026-09 chip--done',
        'IA-2026-10 chip--overdue',
        'IA-2026-12 chip--planned',
        'IA-2027-01 chip--in-progress',
        'IA-2027-03 chip--cancelled',
        `${HOSTILE[5]} chip--planned`,
      ]);
      // planned audits can be moved, and so can the overdue one (issue 15.8); done, running and cancelled ones cannot
      assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll('button.chip.is-movable')].map((c) => c.dataset.id)), [
        'IA-2026-10',
        'IA-2026-12',
        HOSTILE[5],
      ]);
      assert.equal(await page.locator('button.chip.chip--done').getAttribute('draggable'), null);
    });

    it('flags empty months: a past one as a gap, later ones as nothing planned, each with "Plan an audit here"', async () => {
      assert.equal(await page.locator('li.month.is-empty.month--missing').count(), 1);
      assert.equal(await page.locator('li.month.month--missing').getAttribute('data-month'), '2026-11');
      assert.match((await page.locator('li.month.month--missing .empty-note').textContent()) ?? '', /No audit this month/);
      // Feb (external audit only), Mar (only a cancelled audit), May–Aug
      assert.equal(await page.locator('li.month.is-empty.month--future-empty').count(), 6);
      assert.equal(await page.locator('li.month.is-empty vscode-button.plan').count(), 7);
    });

    it('marks today, the external audit and the management review', async () => {
      assert.equal(await page.locator('li.month.is-current').getAttribute('data-month'), '2026-11');
      assert.equal(await page.locator('li.month.is-current').getAttribute('aria-current'), 'date');
      assert.equal(await page.locator('li.month.is-current .today-marker').textContent(), 'Today');
      assert.equal(await page.locator('.today-marker').count(), 1);
      assert.match(
        (await page.locator('li.month[data-month="2027-02"] .marker--external').textContent()) ?? '',
        /Second surveillance audit · 8 Feb/,
      );
      assert.equal(await page.locator('li.month[data-month="2026-12"] .marker--review').count(), 1);
    });

    it('shows the coverage strip of clauses and Annex A controls', async () => {
      assert.equal(await page.locator('.cov').count(), model.coverage.length);
      const audited = await page.evaluate(() => [...document.querySelectorAll('.cov--audited')].map((e) => e.dataset.id));
      assert.deepEqual(audited, ['9.2.1', '9.2.2', 'A.6.1']);
      assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll('.cov--planned')].map((e) => e.dataset.id)), [
        'A.6.3',
        'A.8.15',
      ]);
      assert.ok((await page.locator('.cov--not-covered').count()) > 100);
      assert.match(
        (await page.locator('.coverage-summary').textContent()) ?? '',
        /^3 of \d+ clauses and controls audited since 14 March 2025/,
      );
      // one standard (isms.yaml lists none: ISO 27001): no selector
      assert.equal(await page.locator('#coverage-standard').count(), 0);
      assert.equal(await page.locator('#coverage-title').textContent(), 'Coverage this cycle — ISO/IEC 27001:2022');
    });

    it('shows one strip per standard of isms.yaml, picked with a selector that the webview state remembers', async () => {
      const files = fixtureFiles();
      files['isms.yaml'] = files['isms.yaml'].replace('isms: config\n', 'isms: config\nstandards: [iso27001:2022, iso27701:2019, gdpr]\n');
      files['audits/privacy.yaml'] =
        'isms: internal-audits\nrecords:\n  - { id: IA-P, planned: 2026-05-12, performed: 2026-05-12, status: done, scope: ["iso27701:A.7.2.8", "gdpr:art-30"] }\n';
      const integrated = calendarModel(workspaceFrom(files), TODAY);
      await sendModel(integrated);
      await page.locator('#coverage-standard').waitFor();
      const options = await page.locator('#coverage-standard vscode-option').allTextContents();
      assert.deepEqual(
        options.map((o) => o.trim()),
        ['ISO/IEC 27001:2022', 'ISO/IEC 27701:2019', 'GDPR (Regulation (EU) 2016/679)'],
      );
      assert.equal(await page.locator('.cov').count(), integrated.coverage.filter((c) => c.standard === 'iso27001:2022').length);
      const pick = async (key: string): Promise<void> => {
        await page.evaluate((k) => {
          const sel = document.querySelector('#coverage-standard') as PageElement & { value: string };
          sel.value = k;
          sel.dispatchEvent(new Event('change'));
        }, key);
        await page.locator(`section.coverage[data-standard="${key}"]`).waitFor();
      };
      await pick('iso27701:2019');
      assert.equal(await page.locator('.cov--audited').count(), 1);
      assert.equal(await page.locator('.cov--audited').textContent(), 'A.7.2.8');
      assert.equal(
        await page.locator('.cov--audited').getAttribute('title'),
        'iso27701:A.7.2.8 Records related to processing PII: audited this cycle (IA-P)',
      );
      await pick('gdpr');
      assert.deepEqual(await page.locator('.cov').allTextContents(), ['art-30']);
      assert.match(
        (await page.locator('.coverage-summary').textContent()) ?? '',
        /^1 named by internal audits \(information only: GDPR \(Regulation \(EU\) 2016\/679\) is law, not certified\); 1 audited since 14 March 2025, 0 planned\.$/,
      );
      const state = await page.evaluate(() => (window as unknown as { __state: { coverageStandard?: string } }).__state);
      assert.equal(state.coverageStandard, 'gdpr');
      // back to the fixture: a standard it does not list falls back to its first
      await sendModel(model);
      await page.locator('section.coverage[data-standard="iso27001:2022"]').waitFor();
      assert.equal(await page.locator('.cov').count(), model.coverage.length);
    });
  });

  describe('phishing simulations', () => {
    it('lists the simulations up to today in date order, with counts and rates', async () => {
      const rows = await page.evaluate(() =>
        [...document.querySelectorAll('.phishing-table tbody tr')].map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent)),
      );
      assert.deepEqual(rows, [
        ['10 March 2026', `AW-2026-03${HOSTILE[0]}`, '208', '19', '9.1 %', '121', '58.2 %'],
        ['9 June 2026', 'AW-2026-06', '211', '15', '7.1 %', '—', '—'],
        ['15 September 2026', `AW-2026-09${HOSTILE[5]}`, '200', '14', '7.0 %', '132', '66.0 %'],
      ]);
      assert.equal(
        await page.locator('.phishing-trend').textContent(),
        'Over 3 simulations (2026-03-10 to 2026-09-15): click rate 9.1 % → 7.0 % (down 2.1 points); report rate 58.2 % → 66.0 % (up 7.8 points).',
      );
    });

    it('draws the click and report rates as two lines, with no text of the records in the chart', async () => {
      const chart = await page.evaluate(() => {
        const svgEl = document.querySelector('svg.phishing-chart')!;
        const pointsOf = (sel: string): string | null | undefined => svgEl.querySelector(sel)?.getAttribute('points');
        return {
          click: pointsOf('polyline.line--click'),
          report: pointsOf('polyline.line--report'),
          dots: svgEl.querySelectorAll('circle').length,
          text: svgEl.textContent,
          hidden: svgEl.getAttribute('aria-hidden'),
        };
      });
      // three click rates; the June simulation has no reported count, so two report rates
      assert.equal(chart.click?.split(' ').length, 3);
      assert.equal(chart.report?.split(' ').length, 2);
      assert.equal(chart.dots, 5);
      assert.equal(chart.hidden, 'true');
      assert.equal(chart.text, '0%50%100%10 Mar15 Sep');
    });

    it('opens a simulation from the table', async () => {
      await clearPosted();
      await page.locator('.phishing-open').nth(1).click();
      const point = model.phishing[1];
      assert.deepEqual(await posted(), [{ type: 'open', file: point.file, line: point.line }]);
    });
  });

  describe('hostile text', () => {
    it('shows every payload as text, verbatim, in titles, ids, departments and the organisation', async () => {
      const titles = await page.locator('.chip-title').allTextContents();
      for (const p of [HOSTILE[0], HOSTILE[1], HOSTILE[2], HOSTILE[3], HOSTILE[4], HOSTILE[6]])
        assert.ok(titles.includes(p), `title not shown as text: ${p}`);
      assert.ok((await page.locator('.chip-id').allTextContents()).includes(HOSTILE[5]));
      assert.equal(await page.locator('.org bdi').textContent(), HOSTILE[0]);
      // the hostile department is an option of the filter, as text
      const options = await page.locator('#filter-department vscode-option').allTextContents();
      assert.ok(
        options.some((o) => o.trim() === HOSTILE[2]),
        options.join('|'),
      );
    });

    it('creates no element, attribute or URL from the payloads', async () => {
      const found = await page.evaluate(() => {
        const all = [...document.querySelectorAll('*')];
        return {
          // the one <svg> allowed is the phishing chart the calendar draws from numbers
          tags: [...new Set(all.filter((e) => !e.closest('svg.phishing-chart')).map((e) => e.tagName.toLowerCase()))].filter((t) =>
            ['img', 'svg', 'iframe', 'style', 'a', 'object', 'embed'].includes(t),
          ),
          charts: document.querySelectorAll('svg').length,
          scripts: document.querySelectorAll('script').length,
          handlers: all.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.tagName}.${a.name}`)),
          urls: all.flatMap((e) =>
            [...e.attributes].filter((a) => /^(href|src|srcdoc|action)$/i.test(a.name)).map((a) => `${e.tagName}.${a.name}=${a.value}`),
          ),
          bodyVisible: getComputedStyle(document.body).display !== 'none',
        };
      });
      // the two scripts are the page's own (boot data and bundle); the one <link> is our stylesheet
      assert.deepEqual(found.tags, []);
      assert.equal(found.charts, 1);
      assert.equal(found.scripts, 2);
      assert.deepEqual(found.handlers, []);
      assert.deepEqual(
        found.urls.filter((u) => !u.startsWith('SCRIPT.src=') && !u.startsWith('LINK.href=')),
        [],
      );
      assert.ok(found.bodyVisible);
    });

    it('runs under the strict CSP: markup injected behind the calendar’s back is blocked and reported (the tripwire works)', async () => {
      const caught = await page.evaluate(async () => {
        const w = window as unknown as { __pwned: boolean; __violations: string[] };
        const probe = document.createElement('div');
        probe.innerHTML = '<img src="data:," onerror="window.__pwned=true"><span onclick="window.__pwned=true"></span>';
        document.body.append(probe);
        const s = document.createElement('script');
        s.textContent = 'window.__pwned = true';
        document.body.append(s);
        await new Promise((r) => setTimeout(r, 200));
        const result = { pwned: w.__pwned, violations: [...w.__violations] };
        probe.remove();
        s.remove();
        w.__violations = [];
        return result;
      });
      assert.equal(caught.pwned, false);
      assert.ok(
        caught.violations.some((v) => v.startsWith('script-src')),
        caught.violations.join('; '),
      );
    });

    it('isolates right-to-left overrides in <bdi> so they cannot flip the rest of a chip', async () => {
      const bdi = await page.evaluate(() => [...document.querySelectorAll('.chip-title bdi')].map((b) => b.textContent));
      assert.ok(bdi.includes(HOSTILE[4]));
    });

    it('also shows hostile text as text in the timeline', async () => {
      await page.locator('#tab-timeline').click();
      const titles = await page.locator('.tl-title').allTextContents();
      assert.ok(titles.includes(HOSTILE[7]), titles.join('|'));
      assert.ok(titles.includes(HOSTILE[1]));
      assert.equal(await page.evaluate(() => document.querySelectorAll('img, svg, iframe, style').length), 0);
      await page.locator('#tab-calendar').click();
    });
  });

  describe('document reviews (issue 17.7)', () => {
    const policy = (id: string, title: string, status: string, approved: string): string =>
      `---\nisms: document\nid: ${id}\ntitle: ${JSON.stringify(title)}\nversion: "1.0"\nstatus: ${status}\napprover: Alex Morgan\napproved: ${approved}\n---\n# Policy\n`;
    let withDocs: CalendarModel;
    before(async () => {
      withDocs = calendarModel(
        workspaceFrom({
          ...fixtureFiles(),
          // approved 2025-10-01: its review was due 2026-10-01, overdue
          'policies/overdue.md': policy('POL-1', HOSTILE[0], 'approved', '2025-10-01'),
          'policies/ok.md': policy('POL-2', HOSTILE[4], 'approved', '2026-04-01'),
          'policies/draft.md': policy('POL-3', 'A draft has no review', 'draft', '2025-12-01'),
        }),
        TODAY,
      );
      await sendModel(withDocs);
      await page.locator('button.marker--document').first().waitFor();
    });
    after(async () => {
      await page.locator('#tab-calendar').click();
      await sendModel(model);
      await page.locator('button.marker--document').waitFor({ state: 'detached' });
    });
    beforeEach(clearPosted);

    it('marks each approved document’s next review in its month, the overdue one as overdue, and names it in the legend', async () => {
      const markers = await page.evaluate(() =>
        [...document.querySelectorAll('button.marker--document')].map(
          (m) => `${m.closest('li.month')!.dataset.month} ${[...m.classList].filter((c) => c.startsWith('marker--')).join(' ')}`,
        ),
      );
      assert.deepEqual(markers, ['2026-10 marker--document marker--overdue', '2027-04 marker--document marker--ok']);
      assert.match(
        (await page.locator('li.month[data-month="2026-10"] .marker--document').getAttribute('aria-label')) ?? '',
        /review overdue/,
      );
      assert.equal(await page.locator('.legend .marker--document').textContent(), '▤ document review');
      assert.ok(!(await page.locator('.markers').allTextContents()).some((t) => t.includes('A draft has no review')));
    });

    it('shows the titles as text only, right-to-left overrides isolated, and opens the document', async () => {
      const titles = await page.evaluate(() => [...document.querySelectorAll('button.marker--document bdi')].map((b) => b.textContent));
      assert.deepEqual(titles, [HOSTILE[0], HOSTILE[4]]);
      assert.equal(await page.evaluate(() => document.querySelectorAll('.markers img, .markers svg, .markers iframe').length), 0);
      await page.locator('li.month[data-month="2026-10"] .marker--document').click();
      const review = withDocs.months.find((m) => m.month === '2026-10')!.documentReviews[0];
      assert.deepEqual(await posted(), [{ type: 'open', file: review.file, line: review.line }]);
    });

    it('puts the reviews on the timeline, the overdue one standing out', async () => {
      await page.locator('#tab-timeline').click();
      const rows = await page.evaluate(() =>
        [...document.querySelectorAll('.tl--document-review')].map(
          (li) =>
            `${li.querySelector('.tl-date')!.textContent} | ${li.querySelector('.tl-kind')!.textContent} | ${li.classList.contains('is-overdue') ? 'OVERDUE' : ''} | ${li.querySelector('.tl-days')!.textContent}`,
        ),
      );
      // POL-2's review (1 April 2027) lies beyond the next external audit (8 February 2027): not on the road yet
      assert.deepEqual(rows, ['1 October 2026 | Document review | OVERDUE | 55 days overdue']);
      assert.equal(await page.locator('.tl--document-review .tl-title').textContent(), HOSTILE[0]);
    });
  });

  describe('control activities and evidence renewals (issue 18.5)', () => {
    let withControls: CalendarModel;
    before(async () => {
      withControls = calendarModel(
        workspaceFrom({
          ...fixtureFiles(),
          'registers/acts.yaml': `isms: control-activities\nrecords:\n  - { id: ACT-1, title: ${JSON.stringify(HOSTILE[0])}, controls: [A.8.13], schedule: monthly, day: 31, start: 2026-09-01 }\n`,
          'registers/ev.yaml': `isms: evidence\nrecords:\n  - { id: EV-1, title: ${JSON.stringify(HOSTILE[4])}, controls: [A.5.23], effective: 2025-12-16, valid-until: 2026-12-15 }\n`,
        }),
        TODAY,
      );
      await sendModel(withControls);
      await page.locator('button.marker--activity-due').first().waitFor();
    });
    after(async () => {
      await page.locator('#tab-calendar').click();
      await sendModel(model);
      await page.locator('button.marker--activity-due').first().waitFor({ state: 'detached' });
    });
    beforeEach(clearPosted);

    it('marks each due date and the renewal in its month, with its state, and names both in the legend', async () => {
      const markers = await page.evaluate(() =>
        [...document.querySelectorAll('button.marker--activity-due, button.marker--evidence-renewal')].map(
          (m) => `${m.closest('li.month')!.dataset.month} ${[...m.classList].filter((c) => c.startsWith('marker--')).join(' ')}`,
        ),
      );
      assert.ok(markers.includes('2026-10 marker--activity-due marker--overdue'), markers.join('\n'));
      assert.ok(markers.includes('2026-12 marker--evidence-renewal marker--renewal-due'), markers.join('\n'));
      assert.equal(await page.locator('.legend .marker--activity-due').textContent(), '◇ control activity due');
      assert.match(
        (await page.locator('li.month[data-month="2026-12"] .marker--evidence-renewal').getAttribute('aria-label')) ?? '',
        /renewal due, valid until 15 December 2026, renewal due from 15 November 2026/,
      );
    });

    it('shows hostile titles as text only and opens the activity', async () => {
      assert.equal(await page.evaluate(() => document.querySelectorAll('.markers img, .markers svg, .markers iframe').length), 0);
      await page.locator('li.month[data-month="2026-10"] .marker--activity-due').click();
      const item = withControls.months.find((m) => m.month === '2026-10')!.controlItems[0];
      assert.deepEqual(await posted(), [{ type: 'open', file: item.file, line: item.line }]);
    });

    it('lists them on the timeline, hostile titles as text, and the Controls filter hides one kind', async () => {
      await page.locator('#tab-timeline').click();
      const titles = await page.locator('.tl--activity-due .tl-title, .tl--evidence-renewal .tl-title').allTextContents();
      assert.ok(titles.includes(HOSTILE[0]) && titles.includes(HOSTILE[4]), titles.join('|'));
      assert.ok(await page.locator('.tl--activity-due.is-overdue').count());
      await page.evaluate(() => {
        const sel = document.querySelector('#filter-controls') as PageElement & { value: string };
        sel.value = 'evidence-renewal';
        sel.dispatchEvent(new Event('change'));
      });
      assert.equal(await page.locator('.tl--activity-due').count(), 0);
      assert.equal(await page.locator('.tl--evidence-renewal').count(), 1);
      const state = await page.evaluate(() => (window as unknown as { __state: { controlItems?: string } }).__state);
      assert.equal(state.controlItems, 'evidence-renewal');
      await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
      await page.evaluate(() => {
        const sel = document.querySelector('#filter-controls') as PageElement & { value: string };
        sel.value = '';
        sel.dispatchEvent(new Event('change'));
      });
      assert.ok(await page.locator('.tl--activity-due').count());
    });
  });

  describe('keyboard', () => {
    beforeEach(clearPosted);

    it('moves between chips with the arrow keys and opens the focused one with Enter', async () => {
      await page.locator('button.chip').first().focus();
      await page.keyboard.press('ArrowRight');
      const focused = await page.evaluate(() => document.activeElement!.dataset.id);
      assert.equal(focused, 'IA-2026-10');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      const chip = model.months.flatMap((m) => m.audits).find((a) => a.id === 'IA-2026-10')!;
      assert.deepEqual(await posted(), [{ type: 'open', file: chip.file, line: chip.line }]);
      // one tab stop: the focused chip
      assert.equal(await page.locator('button[data-file][tabindex="0"]').count(), 1);
    });

    it('moves a planned audit a month with Alt+Right and Alt+Left (and not a done one)', async () => {
      await page.locator('button.chip[data-id="IA-2026-12"]').focus();
      await page.keyboard.press('Alt+ArrowRight');
      await page.keyboard.press('Alt+ArrowLeft');
      await page.locator('button.chip[data-id="IA-2026-09"]').focus();
      await page.keyboard.press('Alt+ArrowRight');
      assert.deepEqual(await posted(), [
        { type: 'moveAudit', id: 'IA-2026-12', month: '2027-01' },
        { type: 'moveAudit', id: 'IA-2026-12', month: '2026-11' },
      ]);
    });

    it('re-plans the overdue audit with Alt+Right, as ISMS101 asks (issue 15.8)', async () => {
      await page.locator('button.chip[data-id="IA-2026-10"]').focus();
      await page.keyboard.press('Alt+ArrowRight');
      assert.deepEqual(await posted(), [{ type: 'moveAudit', id: 'IA-2026-10', month: '2026-11' }]);
    });

    it('follows an audit moved past the edge of the window, and keeps the focus on it (issue 15.8)', async () => {
      // IA-2026-12 in August 2027, the last month shown; Alt+Right moves it to September, off the window
      const inMonth = (month: string): CalendarModel => {
        const m = structuredClone(model);
        const dec = m.months.find((x) => x.month === '2026-12')!;
        const [chip] = dec.audits.splice(0, 1);
        m.months.find((x) => x.month === month)!.audits.unshift({ ...chip, date: `${month}-31` });
        return m;
      };
      await page.locator('vscode-button[data-nav="today"]').click();
      await sendModel(inMonth('2027-08'));
      await page.locator('li.month[data-month="2027-08"] button.chip[data-id="IA-2026-12"]').focus();
      await page.keyboard.press('Alt+ArrowRight');
      assert.deepEqual(await posted(), [{ type: 'moveAudit', id: 'IA-2026-12', month: '2027-09' }]);
      await sendModel(inMonth('2027-09'));
      await page.locator('li.month[data-month="2027-09"] button.chip[data-id="IA-2026-12"]').waitFor({ timeout: 5000 });
      assert.equal(await page.evaluate(() => document.activeElement!.dataset.id), 'IA-2026-12');
      assert.equal(await page.locator('.range').textContent(), 'October 2026 – September 2027');
      await page.locator('vscode-button[data-nav="today"]').click();
      await sendModel(model);
    });

    it('asks the host to plan an audit in an empty month', async () => {
      // a disabled button takes no pointer events: a click dispatched on it must not plan either
      await page.evaluate(
        () =>
          void document
            .querySelector('li.month[data-month="2026-11"] vscode-button.plan')!
            .dispatchEvent(new Event('click', { bubbles: true })),
      );
      assert.deepEqual(await posted(), [{ type: 'planAudit', month: '2026-11' }]);
    });

    it('keeps focus on the moved audit when the host sends the updated model', async () => {
      await page.locator('button.chip[data-id="IA-2026-12"]').focus();
      const moved = structuredClone(model);
      const dec = moved.months.find((m) => m.month === '2026-12')!;
      const jan = moved.months.find((m) => m.month === '2027-01')!;
      const [chip] = dec.audits.splice(0, 1);
      jan.audits.unshift({ ...chip, date: '2027-01-31' });
      await sendModel(moved);
      await page.locator('li.month[data-month="2027-01"] button.chip[data-id="IA-2026-12"]').waitFor();
      assert.equal(await page.evaluate(() => document.activeElement!.dataset.id), 'IA-2026-12');
      await sendModel(model);
    });
  });

  describe('Restricted Mode (issue 15.9)', () => {
    beforeEach(clearPosted);
    afterEach(() => sendModel(model, true));

    it('disables "Plan an audit here" with a title that says why, and moves no chip', async () => {
      await sendModel(model, false);
      await page.locator('li.month vscode-button.plan[disabled]').first().waitFor({ timeout: 5000 });
      const plans = await page.evaluate(() =>
        [...document.querySelectorAll('li.month vscode-button.plan')].map(
          (b) => `${b.getAttribute('disabled') !== null} ${b.getAttribute('title')}`,
        ),
      );
      assert.ok(plans.length > 0);
      for (const p of plans) assert.equal(p, 'true Restricted Mode: trust this folder to plan audits');
      assert.match((await page.locator('li.month vscode-button.plan').first().getAttribute('aria-label')) ?? '', /Restricted Mode/);
      assert.equal(await page.locator('button.chip[draggable="true"]').count(), 0);
      assert.equal(await page.locator('button.chip.is-movable').count(), 0);
      // a disabled button takes no pointer events: a click dispatched on it must not plan either
      await page.evaluate(
        () =>
          void document
            .querySelector('li.month[data-month="2026-11"] vscode-button.plan')!
            .dispatchEvent(new Event('click', { bubbles: true })),
      );
      await page.locator('button.chip[data-id="IA-2026-12"]').focus();
      await page.keyboard.press('Alt+ArrowRight');
      assert.deepEqual(await posted(), []);
    });

    it('offers them again once the folder is trusted', async () => {
      await sendModel(model, false);
      await page.locator('li.month vscode-button.plan[disabled]').first().waitFor({ timeout: 5000 });
      await sendModel(model, true);
      await page.locator('button.chip[draggable="true"]').first().waitFor({ timeout: 5000 });
      assert.equal(await page.locator('li.month vscode-button.plan[disabled]').count(), 0);
      assert.equal(await page.locator('li.month vscode-button.plan[title]').count(), 0);
    });
  });

  describe('views, filters and state', () => {
    beforeEach(clearPosted);

    it('switches between Calendar and Timeline and remembers the view in the webview state', async () => {
      await page.locator('#tab-timeline').click();
      assert.equal(await page.locator('#calendar').count(), 0);
      assert.ok(await page.locator('#timeline').isVisible());
      assert.equal(await page.locator('#tab-timeline').getAttribute('aria-selected'), 'true');
      assert.match((await page.locator('.countdown').textContent()) ?? '', /^75 days to the second surveillance audit on 8 February 2027$/);
      const state = await page.evaluate(() => (window as unknown as { __state: { view: string; root: string } }).__state);
      assert.equal(state.view, 'timeline');
      assert.equal(state.root, model.root);
      // arrow keys on the tab list switch back
      await page.locator('#tab-timeline').focus();
      await page.keyboard.press('ArrowLeft');
      assert.ok(await page.locator('#calendar').isVisible());
      assert.equal(await page.locator('#timeline').count(), 0);
    });

    it('shows the timeline to the external audit with overdue items standing out and days left', async () => {
      await page.locator('#tab-timeline').click();
      const rows = await page.evaluate(() =>
        [...document.querySelectorAll('.tl-item')].map(
          (li) =>
            `${li.querySelector('.tl-date')!.textContent} | ${li.querySelector('.tl-kind')!.textContent} | ${li.classList.contains('is-overdue') ? 'OVERDUE' : ''} | ${li.querySelector('.tl-days')!.textContent}`,
        ),
      );
      assert.deepEqual(rows, [
        '14 October 2026 | Internal audit | OVERDUE | 42 days overdue',
        '31 October 2026 | Corrective action | OVERDUE | 25 days overdue',
        // certified 2025-03-14 and no review held since: the review ISMS202 reports is due now (issue 15.4)
        '25 November 2026 | Management review | OVERDUE | today',
        '10 December 2026 | Management review |  | in 15 days',
        '31 December 2026 | Internal audit |  | in 36 days',
        '15 January 2027 | Corrective action |  | in 51 days',
        '20 January 2027 | Internal audit |  | in 56 days',
        '8 February 2027 | Milestone |  | in 75 days',
      ]);
      assert.match((await page.locator('.ca-summary').textContent()) ?? '', /^2 open corrective actions, 1 overdue\.$/);
      // Enter on a timeline item opens it
      await page.locator('.tl-open').nth(1).focus();
      await page.keyboard.press('Enter');
      const ca = model.timeline.items[1];
      assert.deepEqual(await posted(), [{ type: 'open', file: ca.file, line: ca.line }]);
      await page.locator('#tab-calendar').click();
    });

    it('filters by department and by state', async () => {
      await page.evaluate(() => {
        const sel = document.querySelector('#filter-department') as PageElement & { value: string };
        sel.value = 'HR';
        sel.dispatchEvent(new Event('change'));
      });
      assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll('button.chip')].map((c) => c.dataset.id)), [
        'IA-2026-09',
        'IA-2026-12',
      ]);
      // empty months stay flagged whatever the filter hides
      assert.equal(await page.locator('li.month.is-empty').count(), 7);
      await page.evaluate(() => {
        const dep = document.querySelector('#filter-department') as PageElement & { value: string };
        dep.value = '';
        dep.dispatchEvent(new Event('change'));
      });
      // the toolbar is drawn anew: let the new select register its options first
      await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
      await page.evaluate(() => {
        const st = document.querySelector('#filter-state') as PageElement & { value: string };
        st.value = 'planned';
        st.dispatchEvent(new Event('change'));
      });
      assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll('button.chip')].map((c) => c.dataset.id)), [
        'IA-2026-12',
        HOSTILE[5],
      ]);
      const state = await page.evaluate(() => (window as unknown as { __state: { states?: string[] } }).__state);
      assert.deepEqual(state.states, ['planned']);
      await page.evaluate(() => {
        const st = document.querySelector('#filter-state') as PageElement & { value: string };
        st.value = '';
        st.dispatchEvent(new Event('change'));
      });
      assert.equal(await page.locator('button.chip').count(), 6);
    });

    it('scrolls across the cycle with Earlier / Later / Today', async () => {
      await page.locator('vscode-button[data-nav="next"]').click();
      assert.equal(await page.locator('.range').textContent(), 'October 2026 – September 2027');
      await page.locator('vscode-button[data-nav="today"]').click();
      assert.equal(await page.locator('.range').textContent(), 'September 2026 – August 2027');
    });

    it('ignores messages that are not a model or an error', async () => {
      await page.evaluate(() => {
        window.postMessage({ type: 'model', model: { version: 2 } }, '*');
        window.postMessage('<img src=x onerror=alert(1)>', '*');
        window.postMessage({ type: 'eval', code: 'window.__pwned = true' }, '*');
      });
      await page.evaluate(() => new Promise((r) => setTimeout(r, 100)));
      assert.equal(await page.locator('li.month').count(), 12);
    });

    it('restores the view and filters from the webview state after a reload', async () => {
      await page.locator('#tab-timeline').click();
      const state = await page.evaluate(() => (window as unknown as { __state: unknown }).__state);
      await page.close();
      page = await browser.newPage();
      page.on('pageerror', (e) => pageErrors.push(e.message));
      await page.addInitScript(`${INIT_SCRIPT}; window.__state = ${JSON.stringify(state)};`);
      await page.goto(`${origin}/`);
      await page.waitForFunction('window.__posted.some((m) => m.type === "ready")');
      await sendModel(model);
      await page.locator('#timeline').waitFor();
      assert.equal(await page.locator('#tab-timeline').getAttribute('aria-selected'), 'true');
    });
  });
});
