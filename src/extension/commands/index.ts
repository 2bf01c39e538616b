/**
 * Every `isms.*` command's implementation, by id. The activation bundle registers the ids (extension.ts,
 * ids.ts) and calls these on first use; write commands check Workspace Trust themselves (see trust.ts).
 */
import type { CalendarHost } from '../calendar';
import type { CommandHandler, CommandId } from '../ids';
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
import { openRuleDocumentation } from './ruleDocumentation';
import { showCalendar } from './showCalendar';
import type { CommandContext } from './shared';

export function commandHandlers(ctx: CommandContext, calendar: CalendarHost): Record<CommandId, CommandHandler> {
  return {
    'isms.logCorrectiveAction': (arg) => logCorrectiveAction(ctx, arg),
    'isms.followUpCorrectiveAction': (arg) => followUpCorrectiveAction(ctx, arg),
    'isms.closeCorrectiveAction': (arg) => closeCorrectiveAction(ctx, arg),
    'isms.setCorrectiveActionField': (arg) => setCorrectiveActionField(ctx, arg),
    'isms.planInternalAudit': (arg) => planInternalAudit(ctx, arg),
    'isms.recordAuditPerformed': (arg) => recordAuditPerformed(ctx, arg),
    'isms.newManagementReview': (arg) => newManagementReview(ctx, arg),
    'isms.markDocumentReviewed': (arg) => markDocumentReviewed(ctx, arg),
    'isms.newDocument': (arg) => newDocument(ctx, arg),
    'isms.initWorkspace': (arg) => initWorkspace(arg),
    'isms.openRuleDocumentation': (arg) => openRuleDocumentation(ctx, arg),
    'isms.showCalendar': (arg) => showCalendar(ctx, calendar, arg),
    'isms.exportIcs': (arg) => exportFile(ctx, 'ics', arg),
    'isms.exportReviewPack': (arg) => exportFile(ctx, 'review-pack', arg),
    'isms.refresh': () => {
      ctx.tree.refresh();
      ctx.controls?.refresh();
    },
  };
}
