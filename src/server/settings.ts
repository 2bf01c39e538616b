/**
 * The `isms.*` settings, pulled from the client with workspace/configuration (section `isms`) and
 * re-read on didChangeConfiguration. Values are checked here so that a typo in settings.json degrades
 * to the default instead of breaking every check.
 */
import type { Connection } from 'vscode-languageserver/node';
import { localToday, type Severity } from '../core';
import { nameTable } from '../core/model/nameTable';
import { readTodaySetting } from '../common/todaySetting';

export interface ServerSettings {
  /** '' = the real date; else 'YYYY-MM-DD' for what-if planning */
  today: string;
  /** `isms.today` as written when it is not a calendar date (the real date is used; the client reports it) */
  invalidToday?: string;
  rules: Record<string, Severity | 'off'>;
  debounceMs: number;
}

export const DEFAULT_SETTINGS: ServerSettings = { today: '', rules: {}, debounceMs: 200 };

const LEVELS: ReadonlySet<string> = new Set(['error', 'warning', 'information', 'hint', 'off']);
const ALIASES: Readonly<Record<string, Severity | 'off'>> = nameTable({ info: 'information', warn: 'warning', none: 'off', false: 'off' });

/** The settings from whatever JSON the client returned. */
export function readSettings(raw: unknown): ServerSettings {
  const o = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const { date: today, invalid: invalidToday } = readTodaySetting(o.today);
  // rule codes come from the user's settings: no prototype, so `__proto__` or `toString` is a name like any other
  const rules: Record<string, Severity | 'off'> = Object.create(null);
  if (o.rules && typeof o.rules === 'object') {
    for (const [code, level] of Object.entries(o.rules as Record<string, unknown>)) {
      const l = typeof level === 'string' ? level.trim().toLowerCase() : level === false ? 'off' : '';
      const value = ALIASES[l] ?? l;
      if (LEVELS.has(value)) rules[code] = value as Severity | 'off';
    }
  }
  const diagnostics = (o.diagnostics && typeof o.diagnostics === 'object' ? o.diagnostics : {}) as Record<string, unknown>;
  const d = diagnostics.debounceMs ?? o['diagnostics.debounceMs'];
  const debounceMs = typeof d === 'number' && Number.isFinite(d) && d >= 0 ? Math.min(d, 10_000) : DEFAULT_SETTINGS.debounceMs;
  return invalidToday === undefined ? { today, rules, debounceMs } : { today, invalidToday, rules, debounceMs };
}

/**
 * Logs, once per change, an `isms.today` that is not a date (the client shows the user a warning; the
 * server's log says the same for whoever reads it). Returns whether it logged.
 */
export function logInvalidToday(log: (message: string) => void, before: ServerSettings, after: ServerSettings): boolean {
  if (after.invalidToday === undefined || after.invalidToday === before.invalidToday) return false;
  log(`isms: the setting isms.today is '${after.invalidToday}', not a calendar date (YYYY-MM-DD); using the real date`);
  return true;
}

export function todayOf(settings: ServerSettings): string {
  return settings.today || localToday();
}

/** Pulls the settings when the client supports workspace/configuration, else uses what didChangeConfiguration pushed. */
export async function fetchSettings(connection: Connection, pullSupported: boolean, pushed?: unknown): Promise<ServerSettings> {
  if (!pullSupported) {
    const section = pushed && typeof pushed === 'object' ? (pushed as Record<string, unknown>).isms : undefined;
    return readSettings(section);
  }
  try {
    return readSettings(await connection.workspace.getConfiguration('isms'));
  } catch (e) {
    connection.console.error(`isms: could not read settings: ${String(e)}`);
    return DEFAULT_SETTINGS;
  }
}
