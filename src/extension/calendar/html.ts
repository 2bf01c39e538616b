/**
 * The calendar webview's HTML: a fresh nonce per load, a CSP that allows only our bundle, our
 * stylesheet and the nonce'd boot data, and no inline script or handler. Pure apart from the nonce, so
 * the browser test builds the very same page.
 */
import type { CalendarWebviewState } from '../../common/calendarMessages';

export interface CalendarHtmlInput {
  /** `webview.cspSource` */
  cspSource: string;
  scriptUri: string;
  styleUri: string;
  nonce: string;
  /** the state the webview starts from (root and, after a reload, the restored view) */
  boot: CalendarWebviewState;
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `font-src ${cspSource}`,
    `img-src ${cspSource} data:`,
  ].join('; ');
}

const attr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** JSON safe inside a <script> element: no `</script>`, no `<!--`, no U+2028/2029 surprises. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function calendarHtml(input: CalendarHtmlInput): string {
  const { cspSource, scriptUri, styleUri, nonce, boot } = input;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(contentSecurityPolicy(cspSource, nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attr(styleUri)}" nonce="${attr(nonce)}">
<title>Audit calendar</title>
</head>
<body>
<div id="app" aria-busy="true"><p class="loading">Loading the audit calendar…</p></div>
<script type="application/json" id="isms-boot" nonce="${attr(nonce)}">${scriptJson(boot)}</script>
<script nonce="${attr(nonce)}" src="${attr(scriptUri)}"></script>
</body>
</html>`;
}
