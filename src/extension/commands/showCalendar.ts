/**
 * "ISMS: Show audit calendar": the calendar panel of an ISMS root, fed by the server's isms/calendar
 * request. Moving an audit is a `planned:` edit computed by the server and applied as one WorkspaceEdit, in the
 * background: no editor opens and the calendar keeps the focus.
 */
import * as vscode from 'vscode';
import { registerCalendar, type CalendarHost } from '../calendar';
import { ensureTrusted } from '../trust';
import { applyInBackground } from '../workspaceEdits';
import { pickRoot, type CommandContext } from './shared';

export function createCalendar(ctx: CommandContext, context: vscode.ExtensionContext): CalendarHost {
  const changed = new vscode.EventEmitter<void>();
  const host = registerCalendar(context, {
    async getModel(rootUri) {
      const model = await ctx.server.request('isms/calendar', { rootUri });
      if (!model) throw new Error(`no ISMS at ${rootUri}`);
      return model;
    },
    openLocation(file, line) {
      void vscode.window.showTextDocument(vscode.Uri.parse(file), { selection: new vscode.Range(line, 0, line, 0), preview: false });
    },
    planAudit(month) {
      void vscode.commands.executeCommand('isms.planInternalAudit', { month });
    },
    async moveAudit(id, newDate) {
      if (!ensureTrusted('Move an internal audit')) return;
      // in the background: the calendar keeps the focus (and is not hidden, which would reload it)
      await applyInBackground(
        [await ctx.server.request('isms/computeEdit', { op: 'setField', id, path: ['planned'], value: newDate })],
        `move ${id} to ${newDate}`,
      );
    },
    onDidChange: changed.event,
  });
  const listener = ctx.server.onDidChangeTree(() => changed.fire());
  return {
    show: (rootUri) => host.show(rootUri),
    revive: (panel, state) => host.revive(panel, state),
    dispose: () => {
      listener.dispose();
      changed.dispose();
      host.dispose();
    },
  };
}

export async function showCalendar(ctx: CommandContext, calendar: CalendarHost, arg?: unknown): Promise<void> {
  const preferred = typeof arg === 'string' ? arg : undefined;
  const root = await pickRoot(ctx, preferred);
  if (root) calendar.show(root.rootUri);
}
