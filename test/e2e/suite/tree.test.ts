import * as assert from 'assert';
import * as vscode from 'vscode';
import type { AuditCycleNode } from '../../../src/extension/auditCycleTree';
import type { IsmsExtensionApi } from '../../../src/extension/extension';
import { activateExtension, codeOf, ismsDiagnostics, screenshot, waitFor, waitForIsmsDiagnostics } from './helpers';

const label = (item: vscode.TreeItem) => (typeof item.label === 'string' ? item.label : (item.label?.label ?? ''));

describe('Audit cycle tree and status bar', () => {
  let api: IsmsExtensionApi;
  before(async () => {
    api = await activateExtension();
    await waitForIsmsDiagnostics();
  });

  it('shows the certification cycle with dates, the audit programme, corrective actions and reviews', async () => {
    const top = await waitFor('the tree to load', async () => {
      api.treeProvider.refresh();
      const nodes = await api.treeProvider.getChildren();
      return nodes.some((n) => n.type === 'period') ? nodes : undefined;
    });
    const labels = top.map((n) => label(api.treeProvider.getTreeItem(n)));
    assert.ok(labels.includes('Corrective actions') && labels.includes('Management reviews'), labels.join(', '));
    await checkCycle(top);
    await checkCorrectiveActions(top);
    await checkDepartments(top, labels);
    await checkCoverage(top, labels);
    await checkAwareness(top, labels);
    await screenshotTree();
  });

  /** The certification cycle: a period per external audit, dated; the current one open on its months and audits. */
  async function checkCycle(top: AuditCycleNode[]): Promise<void> {
    const periods = top.filter((n): n is Extract<AuditCycleNode, { type: 'period' }> => n.type === 'period');
    const types = periods.map((p) => p.milestone.type);
    for (const t of ['certification', 'surveillance-1', 'surveillance-2', 'recertification'])
      assert.ok(types.includes(t as never), `the cycle has ${t}: ${types.join(', ')}`);
    for (const p of periods) assert.match(String(api.treeProvider.getTreeItem(p).description), /\d{4}-\d{2}-\d{2}/);

    const current = periods.find((p) => p.current);
    assert.ok(current, 'one period is the current one');
    assert.strictEqual(api.treeProvider.getTreeItem(current).collapsibleState, vscode.TreeItemCollapsibleState.Expanded);
    const months = await api.treeProvider.getChildren(current);
    assert.ok(months.length > 0, 'the current period lists months');
    const monthItems = months.map((m) => api.treeProvider.getTreeItem(m));
    assert.ok(
      monthItems.every((i) => /^[A-Z][a-z]+ \d{4}$/.test(label(i))),
      'months are named',
    );
    const icons = new Set(monthItems.map((i) => (i.iconPath as vscode.ThemeIcon).id));
    assert.ok(icons.has('pass'), 'some months are done');
    assert.ok(
      [...icons].some((i) => i !== 'pass'),
      `not every month is done: ${[...icons].join(', ')}`,
    );
    const withAudits = months.find((m) => m.type === 'month' && m.month.audits.length);
    assert.ok(withAudits);
    const [audit] = await api.treeProvider.getChildren(withAudits);
    const auditItem = api.treeProvider.getTreeItem(audit);
    assert.strictEqual(auditItem.command?.command, 'vscode.open', 'clicking an audit opens it');
  }

  /** Open corrective actions, grouped by due state. */
  async function checkCorrectiveActions(top: AuditCycleNode[]): Promise<void> {
    const cas = top.find((n) => n.type === 'correctiveActions');
    assert.ok(cas);
    const groups = await api.treeProvider.getChildren(cas);
    assert.ok(groups.length > 0, 'open corrective actions are grouped by due state');
    const [firstCa] = await api.treeProvider.getChildren(groups[0]);
    assert.match(String(api.treeProvider.getTreeItem(firstCa).contextValue), /^correctiveAction\./);
  }

  /** Per department (ISO 27001 5.3): the owner, open actions, unaudited controls. */
  async function checkDepartments(top: AuditCycleNode[], labels: string[]): Promise<void> {
    // per department (ISO 27001 5.3): IT (Sam Smith) owns the overdue CA-2026-004, Legal's controls are unaudited
    assert.ok(labels.includes('Departments'), labels.join(', '));
    const departments = await api.treeProvider.getChildren(top.find((n) => n.type === 'departments'));
    assert.deepStrictEqual(
      departments.map((d) => label(api.treeProvider.getTreeItem(d))),
      ['HR', 'IT', 'Legal', 'Engineering'],
    );
    const it = departments[1];
    assert.match(String(api.treeProvider.getTreeItem(it).description), /^Sam Smith · 1 overdue/);
    const itChildren = await api.treeProvider.getChildren(it);
    const itItems = itChildren.map((c) => api.treeProvider.getTreeItem(c));
    // its open actions, the overdue one first (CA-2026-001 is Sam Smith's too, open and not yet due)
    assert.deepStrictEqual(
      itItems.filter((i) => /^correctiveAction\./.test(String(i.contextValue))).map((i) => [label(i), i.contextValue]),
      [
        ['CA-2026-004', 'correctiveAction.overdue'],
        ['CA-2026-001', 'correctiveAction.open'],
      ],
    );
    assert.ok(itItems.some((i) => label(i) === 'Unaudited controls') && itItems.some((i) => label(i) === 'Training overdue'));
    const legalControls = (await api.treeProvider.getChildren(departments[2]))
      .map((c) => api.treeProvider.getTreeItem(c))
      .find((i) => label(i) === 'Unaudited controls');
    assert.match(String(legalControls?.description), /^4 of 4: A\.5\.31, A\.5\.32, A\.5\.33, A\.5\.34$/);
  }

  /** Coverage: one child per standard of isms.yaml; what is not audited yet first. */
  async function checkCoverage(top: AuditCycleNode[], labels: string[]): Promise<void> {
    // Coverage: one child per standard of isms.yaml, "n / m audited"; under it what is not audited yet
    const coverage = top.find((n) => n.type === 'coverage');
    assert.ok(coverage, labels.join(', '));
    const standards = await api.treeProvider.getChildren(coverage);
    const described = standards.map(
      (n) => `${label(api.treeProvider.getTreeItem(n))}: ${String(api.treeProvider.getTreeItem(n).description)}`,
    );
    assert.match(described[0], /^ISO\/IEC 27001:2022: \d+ \/ \d+ audited$/, described.join('; '));
    assert.ok(
      described.some((d) => /^GDPR .*informational$/.test(d)),
      described.join('; '),
    );
    const entries = await api.treeProvider.getChildren(standards[0]);
    const open = entries.filter((n) => n.type === 'coverageEntry').map((n) => api.treeProvider.getTreeItem(n));
    assert.ok(open.length > 0 && open.every((i) => /not|planned/.test(String(i.description))), 'the not-yet-audited entries come first');
    const audited = entries.find((n) => n.type === 'coverageAudited');
    assert.ok(audited, 'then the audited ones, folded');
    const [done] = await api.treeProvider.getChildren(audited);
    assert.strictEqual(api.treeProvider.getTreeItem(done).command?.command, 'vscode.open', 'an audited entry opens its audit');
  }

  /** Awareness: the months ISMS501 looks at, their activities, the phishing trend and overdue training. */
  async function checkAwareness(top: AuditCycleNode[], labels: string[]): Promise<void> {
    // Awareness: the twelve months ISMS501 looks at and this month; activities Nov 2025–Jul 2026, none Aug–Oct 2026
    const awareness = top.find((n) => n.type === 'awareness');
    assert.ok(awareness, labels.join(', '));
    const awarenessItem = api.treeProvider.getTreeItem(awareness);
    assert.strictEqual(String(awarenessItem.description), 'last 2026-07-15 · cadence not met (every month)');
    assert.strictEqual((awarenessItem.iconPath as vscode.ThemeIcon).id, 'megaphone');
    const awarenessChildren = await api.treeProvider.getChildren(awareness);
    const monthNodes = awarenessChildren.filter((n) => n.type === 'awarenessMonth');
    const monthRows = monthNodes.map((n) => {
      const i = api.treeProvider.getTreeItem(n);
      return `${label(i)}: ${(i.iconPath as vscode.ThemeIcon).id}`;
    });
    assert.deepStrictEqual(monthRows, [
      'November 2025: pass',
      'December 2025: pass',
      'January 2026: pass',
      'February 2026: pass',
      'March 2026: pass',
      'April 2026: pass',
      'May 2026: pass',
      'June 2026: pass',
      'July 2026: pass',
      'August 2026: warning',
      'September 2026: warning',
      'October 2026: warning',
      'November 2026: circle-outline',
    ]);
    assert.match(String(api.treeProvider.getTreeItem(monthNodes[9]).description), /^no awareness activity · ISMS501$/);
    const [july] = await api.treeProvider.getChildren(monthNodes[8]);
    const julyItem = api.treeProvider.getTreeItem(july);
    assert.deepStrictEqual([label(julyItem), julyItem.command?.command], ['AW-2026-07', 'vscode.open']);
    assert.match(String(julyItem.description), /^Data-protection refresher for the support team · refresher · 2026-07-15$/);
    // Phishing: the trend sentence, one child per simulation with its rates, opening the record
    const phishing = awarenessChildren.find((n) => n.type === 'phishing');
    assert.ok(phishing);
    assert.match(
      String(api.treeProvider.getTreeItem(phishing).description),
      /^Over 3 simulations \(2025-11-12 to 2026-06-09\): click rate 15\.7 % → 7\.1 %/,
    );
    const simulations = (await api.treeProvider.getChildren(phishing)).map((n) => api.treeProvider.getTreeItem(n));
    assert.deepStrictEqual(
      simulations.map((i) => `${label(i)} ${String(i.description)}`),
      [
        'AW-2025-11 2025-11-12 · click 15.7 % · report 37.4 %',
        'AW-2026-03 2026-03-10 · click 9.1 % · report 58.2 %',
        'AW-2026-06 2026-06-09 · click 7.1 % · report 65.9 %',
      ],
    );
    const simulationTarget = simulations[2].command?.arguments?.[0] as vscode.Uri;
    assert.match(simulationTarget.path, /registers\/awareness\.yaml$/);
    // Training overdue: the roster's one person overdue, P-010 Chloé Martin
    const training = awarenessChildren.find((n) => n.type === 'trainingOverdue');
    assert.ok(training);
    const people = (await api.treeProvider.getChildren(training)).map((n) => api.treeProvider.getTreeItem(n));
    assert.deepStrictEqual(
      people.map((i) => label(i)),
      ['Chloé Martin'],
    );
    assert.match(String(people[0].description), /^P-010 · induction · due 2026-10-07/);
    assert.strictEqual(people[0].command?.command, 'vscode.open');
  }

  /** The README's picture of the tree beside isms.yaml's cycle. */
  async function screenshotTree(): Promise<void> {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('workbench.action.closePanel');
    const [config] = await vscode.workspace.findFiles('isms.yaml');
    const configDoc = await vscode.workspace.openTextDocument(config);
    const cycleAt = configDoc.positionAt(Math.max(0, configDoc.getText().indexOf('certification:')));
    const editor = await vscode.window.showTextDocument(configDoc, { selection: new vscode.Range(cycleAt, cycleAt) });
    editor.revealRange(new vscode.Range(cycleAt, cycleAt), vscode.TextEditorRevealType.AtTop);
    await vscode.commands.executeCommand('isms.auditCycle.focus');
    // a wider side bar, so that the descriptions (dates, states) are readable in the picture
    // (the headless page has no keyboard focus, so the resize acts on the editor part: shrink it)
    for (let i = 0; i < 3; i++) await vscode.commands.executeCommand('workbench.action.decreaseViewWidth');
    await screenshot('tree.png', 1500);
  }

  it('flags the months the Problems panel reports without an internal audit, and no other, and shows the overdue review (issue 15.4)', async () => {
    const top = await waitFor('the tree to load', async () => {
      api.treeProvider.refresh();
      const nodes = await api.treeProvider.getChildren();
      return nodes.some((n) => n.type === 'period') ? nodes : undefined;
    });
    // every month of every period, as the tree draws it
    const months: { month: string; item: vscode.TreeItem }[] = [];
    for (const period of top.filter((n) => n.type === 'period')) {
      for (const m of await api.treeProvider.getChildren(period)) {
        if (m.type === 'month') months.push({ month: m.month.month, item: api.treeProvider.getTreeItem(m) });
      }
    }
    const red = months
      .filter(({ item }) => ((item.iconPath as vscode.ThemeIcon).color as vscode.ThemeColor | undefined)?.id === 'list.errorForeground')
      .map(({ month }) => month);
    const flagged = months.filter(({ item }) => item.contextValue === 'auditMonth.missing').map(({ month }) => month);
    // the Problems panel: ISMS103's warnings, one per month without an audit
    const problems = ismsDiagnostics()
      .flatMap(([, ds]) => ds)
      .filter((d) => codeOf(d) === 'ISMS103' && d.severity === vscode.DiagnosticSeverity.Warning)
      .map((d) => /no audit in (\d{4}-\d{2})/.exec(d.message)?.[1] ?? d.message)
      .sort();
    assert.ok(problems.length > 0, 'the sample has a gap in its programme');
    assert.deepStrictEqual(flagged.sort(), problems, 'the tree flags the months the Problems panel reports');
    assert.deepStrictEqual(red.sort(), problems, 'and draws only those in red');
    for (const { month, item } of months.filter(({ month }) => problems.includes(month))) {
      assert.match(String(item.description), /^no audit · ISMS103$/, month);
    }
    // the management review ISMS201 reports as overdue (the last, MR-2026-01, was held 2026-04-22; interval six months)
    const reviews = await api.treeProvider.getChildren(top.find((n) => n.type === 'managementReviews'));
    const due = reviews.map((n) => api.treeProvider.getTreeItem(n)).find((i) => i.contextValue === 'managementReviewDue');
    assert.ok(due, 'the overdue review is in the tree');
    assert.strictEqual(label(due), 'Management review due');
    assert.match(String(due.description), /^2026-10-22 · 34 days ago$/);
    const isms201 = ismsDiagnostics()
      .flatMap(([, ds]) => ds)
      .filter((d) => codeOf(d) === 'ISMS201');
    assert.strictEqual(isms201.length, 1, 'as the Problems panel says');
  });

  it('shows the short status: days to the next external audit and what is overdue, in plain words for a screen reader (issue 15.10)', async () => {
    const text = await waitFor('the status bar item', () => {
      const t = api.statusBar.item.text;
      return /^\$\(shield\) \d+d/.test(t) ? t : undefined;
    });
    const s = api.statusBar.status;
    assert.ok(s);
    // 2026-11-25 → the second surveillance audit on 2027-02-08; overdue: CA-2026-004, the management review and the overdue audits
    assert.strictEqual(text, `$(shield) 75d · ${s.overdue.total} overdue`);
    assert.ok(s.overdue.correctiveActions >= 1 && s.overdue.managementReviews === 1, JSON.stringify(s.overdue));
    const overdueProblems = ismsDiagnostics()
      .flatMap(([, ds]) => ds)
      .filter((d) => ['ISMS101', 'ISMS201', 'ISMS202', 'ISMS301'].includes(codeOf(d))).length;
    assert.strictEqual(s.overdue.total, overdueProblems, 'one count with the Problems panel');
    assert.strictEqual((api.statusBar.item.backgroundColor as vscode.ThemeColor | undefined)?.id, 'statusBarItem.warningBackground');
    const a11y = api.statusBar.item.accessibilityInformation?.label ?? '';
    assert.match(a11y, /^ISMS: 75 days to the second surveillance audit\. \d+ items overdue: /);
    assert.doesNotMatch(a11y, /\$\(|\*\*|`/, 'no icon syntax or Markdown');
    assert.strictEqual(api.statusBar.item.command, 'isms.auditCycle.focus');
  });
});
