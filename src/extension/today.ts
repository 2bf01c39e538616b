/**
 * "Today" for the client: the `isms.today` setting when it is a real date, else the local date. A value
 * that is not a date (`2027-13-45`) is reported once per change, naming the setting and saying that the
 * real date is used — never taken silently.
 */
import * as vscode from 'vscode';
import { localToday } from '../core/dates';
import { invalidTodayMessage, readTodaySetting, type TodaySetting } from '../common/todaySetting';

export const todaySetting = (): TodaySetting => readTodaySetting(vscode.workspace.getConfiguration('isms').get<unknown>('today'));

export function today(): string {
  return todaySetting().date || localToday();
}

/** Checks `isms.today` now and whenever it changes; warns once for each invalid value written. */
export function watchTodaySetting(): vscode.Disposable {
  let warned: string | undefined;
  const check = () => {
    const { invalid } = todaySetting();
    if (invalid !== undefined && invalid !== warned) {
      void vscode.window.showWarningMessage(invalidTodayMessage(invalid, localToday()), 'Open Settings').then((choice) => {
        if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', 'isms.today');
      });
    }
    warned = invalid;
  };
  check();
  return vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration('isms.today')) check();
  });
}
