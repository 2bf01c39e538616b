/** The webview's side of the host API (typed by @types/vscode-webview): typed postMessage and the persisted view state. */
import type { CalendarWebviewState, WebviewMessage } from '../../src/common/calendarMessages';

// acquireVsCodeApi may be called only once per load
const api = acquireVsCodeApi<CalendarWebviewState>();

export const post = (message: WebviewMessage): void => api.postMessage(message);
/** Unknown until parsed: the state may have been stored by an older version of the view. */
export const storedState = (): unknown => api.getState();
export const storeState = (state: CalendarWebviewState): void => {
  api.setState(state);
};
