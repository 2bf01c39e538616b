/** The webview's side of the host API: typed postMessage and the persisted view state. */
import type { CalendarWebviewState, WebviewMessage } from '../../src/common/calendarMessages';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

// acquireVsCodeApi may be called only once per load
const api: VsCodeApi = acquireVsCodeApi();

export const post = (message: WebviewMessage): void => api.postMessage(message);
export const storedState = (): unknown => api.getState();
export const storeState = (state: CalendarWebviewState): void => api.setState(state);
