/** Registers every `isms.*` command; write commands check Workspace Trust themselves (see trust.ts). */
import * as vscode from 'vscode';
import { setCorrectiveActionField } from './correctiveActionFields';
import { closeCorrectiveAction, followUpCorrectiveAction } from './correctiveActionUpdates';
import { exportFile } from './exports';
import { initWorkspace } from './initWorkspace';
import { logCorrectiveAction } from './logCorrectiveAction';
import { markDocumentReviewed } from './markDocumentReviewed';
import { newDocument } from './newDocument';
import { newManagementReview } from './newManagementReview';
import { planInternalAudit } from './planInternalAudit';
import { recordAuditPerformed } from './recordAuditPerformed';
import { openRuleDocumentation, registerRuleDocumentation } from './ruleDocumentation';
import { createCalendar, showCalendar } from './showCalendar';
import type { CommandContext } from './shared';

export function registerCommands(ctx: CommandContext, context: vscode.ExtensionContext): vscode.Disposable[] {
  const calendar = createCalendar(ctx, context);
  const register = (id: string, run: (...args: unknown[]) => unknown) =>
    vscode.commands.registerCommand(id, async (...args: unknown[]) => {
      try {
        return await run(...args);
      } catch (e) {
        void vscode.window.showErrorMessage(`ISMS: ${e instanceof Error ? e.message : String(e)}`);
        return undefined;
      }
    });
  return [
    register('isms.logCorrectiveAction', (arg) => logCorrectiveAction(ctx, arg)),
    register('isms.followUpCorrectiveAction', (arg) => followUpCorrectiveAction(ctx, arg)),
    register('isms.closeCorrectiveAction', (arg) => closeCorrectiveAction(ctx, arg)),
    register('isms.setCorrectiveActionField', (arg) => setCorrectiveActionField(ctx, arg)),
    register('isms.planInternalAudit', (arg) => planInternalAudit(ctx, arg)),
    register('isms.recordAuditPerformed', (arg) => recordAuditPerformed(ctx, arg)),
    register('isms.newManagementReview', (arg) => newManagementReview(ctx, arg)),
    register('isms.markDocumentReviewed', (arg) => markDocumentReviewed(ctx, arg)),
    register('isms.newDocument', (arg) => newDocument(ctx, arg)),
    register('isms.initWorkspace', (arg) => initWorkspace(arg)),
    registerRuleDocumentation(ctx.extensionUri),
    register('isms.openRuleDocumentation', (arg) => openRuleDocumentation(ctx, arg)),
    calendar,
    register('isms.showCalendar', (arg) => showCalendar(ctx, calendar, arg)),
    register('isms.exportIcs', (arg) => exportFile(ctx, 'ics', arg)),
    register('isms.exportReviewPack', (arg) => exportFile(ctx, 'review-pack', arg)),
    register('isms.refresh', () => {
      ctx.tree.refresh();
      ctx.controls?.refresh();
    }),
  ];
}
