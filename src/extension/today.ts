/** "Today" for the client: the `isms.today` setting when it is a real date, else the local date. */
import * as vscode from 'vscode';
import { isCalendarDate } from '../core/dates';

export function localDate(d = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function today(): string {
  const setting = vscode.workspace.getConfiguration('isms').get<string>('today');
  return setting && isCalendarDate(setting) ? setting : localDate();
}
