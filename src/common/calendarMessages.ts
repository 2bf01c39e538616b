/**
 * The messages between the calendar webview and its host, declared once for both sides (the way the
 * VS Code Markdown preview does it). Everything the webview sends is untrusted: the host runs
 * `parseWebviewMessage` on it and drops whatever does not match exactly. Imports no `vscode` and no DOM.
 */
import type { CalendarModel, ControlItemKind } from '../core/calendar/types';

/** webview → host */
export type WebviewMessage =
  | { type: 'ready' }
  /** open a record: `file` must be one the model named, `line` zero-based */
  | { type: 'open'; file: string; line: number }
  /** run "Plan internal audit" for an (empty) month, YYYY-MM */
  | { type: 'planAudit'; month: string }
  /** move a planned audit to another month, YYYY-MM (the host keeps the day of the month) */
  | { type: 'moveAudit'; id: string; month: string };

/**
 * host → webview. `trusted`: whether the workspace is trusted; in Restricted Mode the webview offers no
 * writing action (no "Plan an audit here", no moving chips) instead of offering one the host refuses.
 */
export type HostMessage = { type: 'model'; model: CalendarModel; trusted?: boolean } | { type: 'error'; message: string };

export type CalendarView = 'calendar' | 'timeline';

/** What the webview keeps with `setState` and the serializer gets back after a reload. */
export interface CalendarWebviewState {
  root: string;
  view: CalendarView;
  /** index of the first month shown */
  offset?: number;
  department?: string;
  states?: string[];
  /** the standard the coverage strip shows (a catalogue key) */
  coverageStandard?: string;
  /** which control items to show (activities due, evidence renewals, none); absent = both */
  controlItems?: ControlItemKind | 'none';
}

const CONTROL_ITEM_FILTERS: ReadonlySet<unknown> = new Set<ControlItemKind | 'none'>(['activity-due', 'evidence-renewal', 'none']);

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const MAX_TEXT = 4096;

type Shape = Record<string, 'string' | 'number'>;
const SHAPES: Readonly<Record<WebviewMessage['type'], Shape>> = {
  ready: {},
  open: { file: 'string', line: 'number' },
  planAudit: { month: 'string' },
  moveAudit: { id: 'string', month: 'string' },
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The message if it is exactly one of `WebviewMessage` (type known, every field present with the
 * right type and a sane value, no extra field), else a reason why not.
 */
export function parseWebviewMessage(raw: unknown): { ok: true; message: WebviewMessage } | { ok: false; reason: string } {
  if (!isRecord(raw)) return { ok: false, reason: 'not an object' };
  const type = raw.type;
  if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(SHAPES, type))
    return { ok: false, reason: `unknown type ${JSON.stringify(String(type)).slice(0, 60)}` };
  const shape = SHAPES[type as WebviewMessage['type']];
  for (const key of Object.keys(raw))
    if (key !== 'type' && !(key in shape)) return { ok: false, reason: `unexpected field '${key.slice(0, 40)}' in ${type}` };
  for (const [key, kind] of Object.entries(shape)) {
    const v = raw[key];
    if (typeof v !== kind) return { ok: false, reason: `${type}.${key} must be a ${kind}` };
    if (kind === 'string' && ((v as string).length === 0 || (v as string).length > MAX_TEXT))
      return { ok: false, reason: `${type}.${key} is empty or too long` };
    if (kind === 'number' && !(Number.isInteger(v) && (v as number) >= 0 && (v as number) < 10_000_000))
      return { ok: false, reason: `${type}.${key} must be a line number` };
  }
  if ((type === 'planAudit' || type === 'moveAudit') && !MONTH.test(raw.month as string))
    return { ok: false, reason: `${type}.month must be YYYY-MM` };
  return { ok: true, message: raw as unknown as WebviewMessage };
}

/** The webview's check of what the host sends (defence in depth: the host is trusted, its data is not). */
export function isHostMessage(raw: unknown): raw is HostMessage {
  if (!isRecord(raw)) return false;
  if (raw.type === 'error') return typeof raw.message === 'string';
  if (raw.type !== 'model' || !isRecord(raw.model)) return false;
  if (raw.trusted !== undefined && typeof raw.trusted !== 'boolean') return false;
  const m = raw.model;
  return (
    m.version === 1 &&
    Array.isArray(m.months) &&
    typeof m.today === 'string' &&
    isRecord(m.timeline) &&
    Array.isArray(m.coverage) &&
    Array.isArray(m.phishing) &&
    Array.isArray(m.coverageStandards)
  );
}

/** The restored state, if it is one (the serializer gets whatever the webview last stored). */
export function parseWebviewState(raw: unknown): CalendarWebviewState | undefined {
  if (!isRecord(raw) || typeof raw.root !== 'string' || raw.root === '') return undefined;
  const view: CalendarView = raw.view === 'timeline' ? 'timeline' : 'calendar';
  return {
    root: raw.root,
    view,
    ...(typeof raw.offset === 'number' && Number.isInteger(raw.offset) && raw.offset >= 0 ? { offset: raw.offset } : {}),
    ...(typeof raw.department === 'string' ? { department: raw.department } : {}),
    ...(Array.isArray(raw.states) ? { states: raw.states.filter((s): s is string => typeof s === 'string') } : {}),
    ...(typeof raw.coverageStandard === 'string' ? { coverageStandard: raw.coverageStandard } : {}),
    ...(CONTROL_ITEM_FILTERS.has(raw.controlItems) ? { controlItems: raw.controlItems as ControlItemKind | 'none' } : {}),
  };
}
