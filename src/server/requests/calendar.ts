/** `isms/calendar`: the calendar model of one root, its file keys (paths) turned into the URIs the client opens. */
import { calendarModel, type CalendarModel } from '../../core/calendar';
import type { CalendarParams } from '../../common/protocol';
import { pathToUri } from '../uris';
import { selectedWorkspaces, type RequestHandler, type Workspaces } from './context';

export const calendarRequest: RequestHandler<'isms/calendar'> = {
  method: 'isms/calendar',
  waitFor: 'index',
  fallback: null,
  handle: (params, ctx) => calendarData(ctx.workspaces, params, ctx.today),
};

export function calendarData(workspaces: Workspaces, params: CalendarParams, today: string): CalendarModel | null {
  const ws = selectedWorkspaces(workspaces, params.rootUri)[0];
  if (!ws) return null;
  return withUris(calendarModel(ws, today)) as CalendarModel;
}

/** Every `file` and `root` string of a plain-JSON value, mapped from a path to a file URI. */
function withUris(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withUris);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, (k === 'file' || k === 'root') && typeof v === 'string' ? pathToUri(v) : withUris(v)]),
  );
}
