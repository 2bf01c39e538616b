/** `isms/export`: the iCalendar audit plan or the management review pack of one root, as text. */
import { exportFileName, reviewPack, toICalendar } from '../../core/export';
import type { ExportParams, ExportResult } from '../../common/protocol';
import { selectedWorkspaces, type RequestHandler, type Workspaces } from './context';

export const exportRequest: RequestHandler<'isms/export'> = {
  method: 'isms/export',
  waitFor: 'index',
  fallback: null,
  handle: (params, ctx) => exportData(ctx.workspaces, params, ctx.today),
};

export function exportData(workspaces: Workspaces, params: ExportParams, today: string): ExportResult | null {
  const ws = selectedWorkspaces(workspaces, params.rootUri)[0];
  if (!ws) return null;
  const fileName = exportFileName(params.what, today);
  if (params.what === 'ics') return { fileName, text: toICalendar(ws, today) };
  const pack = reviewPack(ws, today);
  return { fileName, text: pack.markdown, html: pack.html };
}
