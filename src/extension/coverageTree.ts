/**
 * The "Coverage" branch of the audit-cycle tree: one child per standard of isms.yaml with "n / m
 * audited", under it what internal audits have not covered yet this cycle (with the audit planned to
 * cover it), then the audited entries folded away. A law (GDPR, POPIA) lists what audits named, as
 * information. The data comes whole from the server (isms/tree, `TreeRoot.coverage`).
 */
import * as vscode from 'vscode';
import type { TreeCoverageEntry, TreeRoot, TreeStandardCoverage } from '../common/protocol';
import { icon, md, openCommand } from './treeItems';

export type CoverageNode =
  | { type: 'coverage'; root: TreeRoot }
  | { type: 'coverageStandard'; root: TreeRoot; standard: TreeStandardCoverage }
  | { type: 'coverageAudited'; root: TreeRoot; standard: TreeStandardCoverage }
  | { type: 'coverageEntry'; root: TreeRoot; standard: TreeStandardCoverage; entry: TreeCoverageEntry };

const COVERAGE_TYPES: ReadonlySet<string> = new Set<CoverageNode['type']>([
  'coverage',
  'coverageStandard',
  'coverageAudited',
  'coverageEntry',
]);
export const isCoverageNode = (node: { type: string }): node is CoverageNode => COVERAGE_TYPES.has(node.type);

/** The branch under a root, when isms.yaml lists a standard the engine knows. */
export function coverageBranch(root: TreeRoot): CoverageNode[] {
  return root.coverage.length ? [{ type: 'coverage', root }] : [];
}

export function coverageChildren(node: CoverageNode): CoverageNode[] {
  const { root } = node;
  switch (node.type) {
    case 'coverage':
      return root.coverage.map((standard) => ({ type: 'coverageStandard', root, standard }));
    case 'coverageStandard': {
      const { standard } = node;
      const entry = (e: TreeCoverageEntry): CoverageNode => ({ type: 'coverageEntry', root, standard, entry: e });
      // a law's entries are few (what audits named): all of them, audited or not
      if (!standard.certifiable) return standard.entries.map(entry);
      const open = standard.entries.filter((e) => e.status !== 'audited').map(entry);
      return standard.audited ? [...open, { type: 'coverageAudited', root, standard }] : open;
    }
    case 'coverageAudited':
      return node.standard.entries
        .filter((e) => e.status === 'audited')
        .map((e) => ({ type: 'coverageEntry', root, standard: node.standard, entry: e }));
    case 'coverageEntry':
      return [];
  }
}

const STATUS_WORDS: Readonly<Record<TreeCoverageEntry['status'], string>> = {
  audited: 'audited',
  planned: 'planned',
  'not-covered': 'no audit planned',
};

export function coverageItem(node: CoverageNode): vscode.TreeItem {
  const C = vscode.TreeItemCollapsibleState;
  const { root } = node;
  switch (node.type) {
    case 'coverage': {
      const item = new vscode.TreeItem('Coverage', C.Collapsed);
      item.id = `${root.rootUri}#coverage`;
      const from = root.coverage[0]?.from;
      item.description = from ? `internal audits since ${from}` : 'internal audits';
      item.iconPath = icon('pie-chart');
      item.tooltip = new vscode.MarkdownString(
        'Which clauses and controls of each standard in `isms.yaml` done internal audits covered this certification cycle (ISO 27001 9.2.2: the programme covers the whole management system).',
      );
      item.contextValue = 'coverage';
      return item;
    }
    case 'coverageStandard': {
      const s = node.standard;
      const item = new vscode.TreeItem(s.name, s.entries.length ? C.Collapsed : C.None);
      item.id = `${root.rootUri}#coverage:${s.key}`;
      const complete = s.certifiable && s.audited === s.total;
      item.description = s.certifiable ? `${s.audited} / ${s.total} audited` : `${s.entries.length} named by audits · informational`;
      item.iconPath = !s.certifiable ? icon('law') : complete ? icon('pass', 'testing.iconPassed') : icon('circle-large-outline');
      item.tooltip = new vscode.MarkdownString(
        s.certifiable
          ? `**${s.name}**: ${s.audited} of ${s.total} requirement clauses and applicable controls covered by a done internal audit${s.from ? ` since ${s.from}` : ''}.`
          : `**${s.name}** is law, not a certifiable standard: the articles or sections internal audits named, for information.`,
      );
      item.contextValue = s.certifiable ? 'coverageStandard' : 'coverageStandard.informational';
      return item;
    }
    case 'coverageAudited': {
      const item = new vscode.TreeItem('Audited', C.Collapsed);
      item.id = `${root.rootUri}#coverageAudited:${node.standard.key}`;
      item.description = String(node.standard.audited);
      item.iconPath = icon('pass', 'testing.iconPassed');
      item.contextValue = 'coverageAudited';
      return item;
    }
    case 'coverageEntry': {
      const e = node.entry;
      const item = new vscode.TreeItem(e.id, C.None);
      item.id = `${root.rootUri}#coverageEntry:${node.standard.key}:${e.id}`;
      const by = e.audit ? ` ${e.audit.id} ${e.audit.date}` : '';
      item.description = `${e.title} · ${STATUS_WORDS[e.status]}${by}`;
      item.iconPath =
        e.status === 'audited'
          ? icon('pass', 'testing.iconPassed')
          : e.status === 'planned'
            ? icon('calendar')
            : icon('circle-slash', 'list.warningForeground');
      const tip = new vscode.MarkdownString(md`**${e.id}** ${e.title}\n\n${STATUS_WORDS[e.status]}`);
      if (e.audit) tip.appendText(` — ${e.audit.id} (${e.audit.date})`);
      if (e.related?.length) tip.appendMarkdown(`\n\nRelated in other standards: ${e.related.map((r) => `\`${r}\``).join(', ')}`);
      item.tooltip = tip;
      if (e.audit) item.command = openCommand(e.audit.location);
      item.contextValue = `coverageEntry.${e.status}`;
      return item;
    }
  }
}
