/**
 * The phishing simulations of the calendar's span (ISO/IEC 27001:2022 7.3, 9.1): a small line chart of
 * the click and report rates and, as the accessible truth, a table with every number. Colours come
 * from the theme; the chart only repeats what the table says.
 */
import { formatRate, phishingTrendSummary } from '../../src/core/awareness/phishing';
import type { CalendarModel, PhishingPoint } from '../../src/core/calendar/types';
import { h, svg, userText } from './dom';
import { longDate, shortDate } from './format';

const WIDTH = 480;
const HEIGHT = 140;
const PAD = { left: 36, right: 12, top: 10, bottom: 22 };

function line(points: readonly PhishingPoint[], rate: (p: PhishingPoint) => number | undefined, cls: string): SVGElement[] {
  const x = (i: number): number => PAD.left + (points.length === 1 ? 0 : (i * (WIDTH - PAD.left - PAD.right)) / (points.length - 1));
  const y = (r: number): number => PAD.top + (1 - r) * (HEIGHT - PAD.top - PAD.bottom);
  const at = points.map((p, i) => ({ r: rate(p), x: x(i) })).filter((v): v is { r: number; x: number } => v.r !== undefined);
  if (at.length === 0) return [];
  return [
    svg('polyline', { class: `line ${cls}`, points: at.map((v) => `${v.x.toFixed(1)},${y(v.r).toFixed(1)}`).join(' ') }),
    ...at.map((v) => svg('circle', { class: `dot ${cls}`, cx: v.x.toFixed(1), cy: y(v.r).toFixed(1), r: 3 })),
  ];
}

function chart(points: readonly PhishingPoint[]): SVGElement {
  const grid = [0, 0.5, 1].flatMap((r) => {
    const y = PAD.top + (1 - r) * (HEIGHT - PAD.top - PAD.bottom);
    return [
      svg('line', { class: 'grid', x1: PAD.left, x2: WIDTH - PAD.right, y1: y, y2: y }),
      svg('text', { class: 'axis', x: PAD.left - 4, y: y + 4, 'text-anchor': 'end' }, `${r * 100}%`),
    ];
  });
  const first = points[0];
  const last = points[points.length - 1];
  return svg(
    'svg',
    { class: 'phishing-chart', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, 'aria-hidden': 'true', focusable: 'false' },
    ...grid,
    svg('text', { class: 'axis', x: PAD.left, y: HEIGHT - 6 }, shortDate(first.date)),
    svg('text', { class: 'axis', x: WIDTH - PAD.right, y: HEIGHT - 6, 'text-anchor': 'end' }, shortDate(last.date)),
    ...line(points, (p) => p.clickRate, 'line--click'),
    ...line(points, (p) => p.reportRate, 'line--report'),
  );
}

function row(p: PhishingPoint): HTMLElement {
  const label =
    `Phishing simulation ${p.id ?? ''} ${p.title ?? ''}, ${longDate(p.date)}: click rate ${formatRate(p.clickRate)}, report rate ${formatRate(p.reportRate)}`.replace(
      /\s+/g,
      ' ',
    );
  const num = (n: number | undefined): string => (n === undefined ? '—' : String(n));
  return h(
    'tr',
    {},
    h('td', {}, longDate(p.date)),
    h(
      'td',
      {},
      h(
        'button',
        {
          class: 'phishing-open',
          attrs: { type: 'button', 'aria-label': label, title: label, tabindex: -1 },
          dataset: { file: p.file, line: String(p.line) },
        },
        p.id ? h('span', { class: 'phishing-id' }, p.id) : null,
        p.title ? userText(p.title) : null,
      ),
    ),
    h('td', { class: 'num' }, num(p.sent)),
    h('td', { class: 'num' }, num(p.clicked)),
    h('td', { class: 'num rate--click' }, formatRate(p.clickRate)),
    h('td', { class: 'num' }, num(p.reported)),
    h('td', { class: 'num rate--report' }, formatRate(p.reportRate)),
  );
}

export function renderPhishing(model: CalendarModel): HTMLElement | null {
  const points = model.phishing;
  if (points.length === 0) return null;
  const summary = phishingTrendSummary(points);
  const measured = points.filter((p) => p.clickRate !== undefined || p.reportRate !== undefined).length;
  return h(
    'section',
    { class: 'phishing', attrs: { 'aria-labelledby': 'phishing-title' } },
    h('h2', { attrs: { id: 'phishing-title' } }, 'Phishing simulations'),
    h(
      'p',
      { class: 'phishing-trend' },
      summary ?? `${points.length} simulation${points.length === 1 ? '' : 's'}: no trend until two have been measured.`,
    ),
    measured >= 2
      ? h(
          'figure',
          { class: 'phishing-figure' },
          chart(points),
          h(
            'figcaption',
            { class: 'legend' },
            h('span', { class: 'legend-line line--click' }, 'click rate'),
            h('span', { class: 'legend-line line--report' }, 'report rate'),
          ),
        )
      : null,
    h(
      'table',
      { class: 'phishing-table' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...['Date', 'Simulation', 'Sent', 'Clicked', 'Click rate', 'Reported', 'Report rate'].map((t) =>
            h('th', { attrs: { scope: 'col' } }, t),
          ),
        ),
      ),
      h('tbody', {}, ...points.map(row)),
    ),
  );
}
