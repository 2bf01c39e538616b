/** "Today" for the client: the `isms.today` setting when it is a real date, else the local date. */
import * as vscode from 'vscode';
import { isCalendarDate, localToday } from '../core/dates';

export function today(): string {
  const setting = vscode.workspace.getConfiguration('isms').get<string>('today');
  return setting && isCalendarDate(setting) ? setting : localToday();
}
