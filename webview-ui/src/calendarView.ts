/** The Calendar view: twelve months of the internal-audit programme, markers, and the coverage strip. */
import type {
  AuditChip,
  CalendarMarker,
  CalendarModel,
  CalendarMonth,
  CoverageItem,
  ControlItem,
  CoverageStandard,
  DocumentReviewMarker,
} from '../../src/core/calendar/types';
import { h, userText } from './dom';
import { renderPhishing } from './phishingView';
import { longDate, monthName, shortDate, shortMonthName, STATE_LABELS } from './format';

export const WINDOW = 12;

export interface CalendarViewOptions {
  offset: number;
  onOffset(offset: number): void;
  onPlan(month: string): void;
  /** the catalogue key of the standard the coverage strip shows; undefined = the first listed */
  coverageStandard?: string;
  onCoverageStandard(key: string): void;
  /** false in Restricted Mode: nothing that writes is offered (no planning, no moving chips) */
  trusted: boolean;
}

/** Why a writing action is not offered, on the disabled control itself. */
export const RESTRICTED_REASON = 'Restricted Mode: trust this folder to plan audits';

function chip(a: AuditChip, trusted: boolean): HTMLElement {
  // in Restricted Mode a chip opens its record but does not move: moving writes the file
  const movable = a.movable && trusted;
  const label = `${a.id} ${a.title}, ${STATE_LABELS[a.state] ?? a.state}, ${longDate(a.date)}${a.department ? `, ${a.department}` : ''}${movable ? '. Alt+Left or Alt+Right moves it to another month' : ''}`;
  return h(
    'li',
    {},
    h(
      'button',
      {
        class: `chip chip--${a.state}${movable ? ' is-movable' : ''}`,
        attrs: { type: 'button', 'aria-label': label, title: label, tabindex: -1, draggable: movable ? 'true' : undefined },
        dataset: { id: a.id, file: a.file, line: String(a.line), month: a.date.slice(0, 7), movable: movable ? 'true' : undefined },
      },
      h('span', { class: 'chip-id' }, a.id),
      ' ',
      h('span', { class: 'chip-title' }, userText(a.title)),
      h('span', { class: 'chip-state' }, STATE_LABELS[a.state] ?? a.state),
    ),
  );
}

function marker(m: CalendarMarker, kind: 'external' | 'review'): HTMLElement {
  const label = `${m.label}, ${longDate(m.date)}, ${m.status}`;
  const content = [
    h('span', { class: 'marker-icon', attrs: { 'aria-hidden': 'true' } }, kind === 'external' ? '◆' : '●'),
    ' ',
    userText(m.label),
    ' · ',
    shortDate(m.date),
  ];
  return m.file !== undefined && m.line !== undefined
    ? h(
        'button',
        {
          class: `marker marker--${kind} marker--${m.status}`,
          attrs: { type: 'button', 'aria-label': label, title: label, tabindex: -1 },
          dataset: { file: m.file, line: String(m.line) },
        },
        ...content,
      )
    : h('span', { class: `marker marker--${kind} marker--${m.status}`, attrs: { title: label } }, ...content);
}

/** An approved document's next review (A.5.1): opens the document; overdue ones stand out like other kinds. */
function documentReview(d: DocumentReviewMarker): HTMLElement {
  const state = d.state === 'overdue' ? 'review overdue' : d.state === 'due-soon' ? 'review due soon' : 'review due';
  const label = `Document ${d.id} ${d.title}, ${state}, ${longDate(d.date)}`.replace(/\s+/g, ' ');
  return h(
    'button',
    {
      class: `marker marker--document marker--${d.state}`,
      attrs: { type: 'button', 'aria-label': label, title: label, tabindex: -1 },
      dataset: { file: d.file, line: String(d.line) },
    },
    h('span', { class: 'marker-icon', attrs: { 'aria-hidden': 'true' } }, '▤'),
    ' ',
    userText(d.title),
    ' · ',
    shortDate(d.date),
  );
}

/** A control activity falling due (◇) or evidence running out (⧗): opens the activity or the evidence (issue 18.5). */
function controlItem(c: ControlItem): HTMLElement {
  const activity = c.kind === 'activity-due';
  const what = activity ? 'Control activity' : 'Evidence';
  const when = activity
    ? `due ${longDate(c.date)}`
    : `valid until ${longDate(c.date)}${c.renewalDue ? `, renewal due from ${longDate(c.renewalDue)}` : ''}`;
  const label = `${what} ${c.id} ${c.title}, ${STATE_LABELS[c.state] ?? c.state}, ${when}`.replace(/\s+/g, ' ');
  return h(
    'button',
    {
      class: `marker marker--${c.kind} marker--${c.state}`,
      attrs: { type: 'button', 'aria-label': label, title: label, tabindex: -1 },
      dataset: { file: c.file, line: String(c.line), kind: c.kind, record: c.id || undefined, date: c.date },
    },
    h('span', { class: 'marker-icon', attrs: { 'aria-hidden': 'true' } }, activity ? '◇' : '⧗'),
    ' ',
    userText(c.id || c.title),
    ' · ',
    shortDate(c.date),
  );
}

function planButton(m: CalendarMonth, onPlan: (month: string) => void, trusted: boolean): HTMLElement {
  // disabled rather than hidden, so the month still says what it lacks; the title says why
  const plan = h(
    'vscode-button',
    {
      class: 'plan',
      attrs: trusted
        ? { secondary: true, 'aria-label': `Plan an audit in ${monthName(m.month)}` }
        : {
            secondary: true,
            disabled: true,
            title: RESTRICTED_REASON,
            'aria-label': `Plan an audit in ${monthName(m.month)}. ${RESTRICTED_REASON}`,
          },
    },
    'Plan an audit here',
  );
  if (trusted) plan.addEventListener('click', () => onPlan(m.month));
  return plan;
}

function monthCell(m: CalendarMonth, onPlan: (month: string) => void, trusted: boolean): HTMLElement {
  // a model from an older host has no document reviews or control items
  const documentReviews = m.documentReviews ?? [];
  const controlItems = m.controlItems ?? [];
  const live = m.audits.filter((a) => a.state !== 'cancelled').length;
  const summary = m.empty
    ? m.state === 'missing'
      ? 'no audit, a gap in the programme'
      : m.state === 'no-audit'
        ? 'no audit'
        : 'nothing planned yet'
    : `${live} audit${live === 1 ? '' : 's'}, ${STATE_LABELS[m.state] ?? m.state}`;
  return h(
    'li',
    {
      class: `month month--${m.state}${m.empty ? ' is-empty' : ''}${m.isCurrent ? ' is-current' : ''}`,
      attrs: { 'aria-label': `${monthName(m.month)}: ${summary}`, 'aria-current': m.isCurrent ? 'date' : undefined },
      dataset: { month: m.month },
    },
    h(
      'h3',
      { class: 'month-name' },
      shortMonthName(m.month),
      m.isCurrent ? h('span', { class: 'today-marker', attrs: { title: 'This month' } }, 'Today') : null,
    ),
    m.externalAudits.length || m.managementReviews.length || documentReviews.length || controlItems.length
      ? h(
          'div',
          { class: 'markers' },
          ...m.externalAudits.map((x) => marker(x, 'external')),
          ...m.managementReviews.map((x) => marker(x, 'review')),
          ...documentReviews.map(documentReview),
          ...controlItems.map(controlItem),
        )
      : null,
    m.audits.length ? h('ul', { class: 'chips', attrs: { role: 'list' } }, ...m.audits.map((a) => chip(a, trusted))) : null,
    m.empty
      ? h(
          'p',
          { class: 'empty-note' },
          m.state === 'missing' ? '⚠ No audit this month' : m.state === 'no-audit' ? 'No audit' : 'Nothing planned',
        )
      : null,
    m.empty ? planButton(m, onPlan, trusted) : null,
  );
}

const COVERAGE_LABEL: Readonly<Record<CoverageItem['status'], string>> = {
  audited: 'audited this cycle',
  planned: 'planned',
  'not-covered': 'not audited this cycle',
};

/** The short text of a strip cell: the id without the standard's prefix (and without ISO 27001's `A.`). */
const cellText = (id: string): string => (id.includes(':') ? id.slice(id.indexOf(':') + 1) : id.replace(/^A\./, ''));

function coverageSummary(model: CalendarModel, standard: CoverageStandard, items: readonly CoverageItem[]): string {
  const counts = (s: CoverageItem['status']): number => items.filter((c) => c.status === s).length;
  const since = model.coverageFrom ? ` since ${longDate(model.coverageFrom)}` : '';
  if (!standard.certifiable) {
    return `${items.length} named by internal audits (information only: ${standard.name} is law, not certified); ${counts('audited')} audited${since}, ${counts('planned')} planned.`;
  }
  return `${counts('audited')} of ${items.length} clauses and controls audited${since}; ${counts('planned')} planned; ${counts('not-covered')} not covered.`;
}

/** The coverage strip of one standard, with a selector of the standards isms.yaml lists. */
function coverageStrip(model: CalendarModel, selected: string | undefined, onStandard: (key: string) => void): HTMLElement {
  const standards = model.coverageStandards;
  const standard = standards.find((s) => s.key === selected) ?? standards[0];
  const items = standard ? model.coverage.filter((c) => c.standard === standard.key) : [];
  const groups = new Map<string, CoverageItem[]>();
  for (const c of items) groups.set(c.group, [...(groups.get(c.group) ?? []), c]);
  let picker: HTMLElement | null = null;
  if (standards.length > 1 && standard) {
    const sel = h(
      'vscode-single-select',
      { attrs: { id: 'coverage-standard', 'aria-label': 'Standard' } },
      ...standards.map((s) => h('vscode-option', { attrs: { value: s.key, selected: s.key === standard.key } }, s.name)),
    ) as HTMLElement & { value: string };
    sel.addEventListener('change', () => onStandard(sel.value));
    picker = h('label', { class: 'filter' }, h('span', { class: 'filter-label' }, 'Standard'), sel);
  }
  return h(
    'section',
    { class: 'coverage', attrs: { 'aria-labelledby': 'coverage-title' }, dataset: { standard: standard?.key } },
    h(
      'div',
      { class: 'coverage-head' },
      h('h2', { attrs: { id: 'coverage-title' } }, `Coverage this cycle${standard ? ` — ${standard.name}` : ''}`),
      picker,
    ),
    h(
      'p',
      { class: 'coverage-summary' },
      standard ? coverageSummary(model, standard, items) : 'isms.yaml lists no standard the engine knows.',
    ),
    ...[...groups].map(([group, list]) =>
      h(
        'div',
        { class: 'coverage-group' },
        h('h3', {}, group.charAt(0).toUpperCase() + group.slice(1)),
        h(
          'ul',
          { class: 'strip', attrs: { role: 'list', 'aria-label': `${group} coverage` } },
          ...list.map((c) => {
            const label = `${c.id} ${c.title}: ${COVERAGE_LABEL[c.status]}${c.auditId ? ` (${c.auditId})` : ''}`;
            return h(
              'li',
              { class: `cov cov--${c.status}`, attrs: { title: label, 'aria-label': label }, dataset: { id: c.id } },
              cellText(c.id),
            );
          }),
        ),
      ),
    ),
  );
}

export function renderCalendar(model: CalendarModel, opts: CalendarViewOptions): HTMLElement {
  const max = Math.max(0, model.months.length - WINDOW);
  const offset = Math.min(Math.max(0, opts.offset), max);
  const shown = model.months.slice(offset, offset + WINDOW);
  const prev = h(
    'vscode-button',
    { attrs: { secondary: true, disabled: offset === 0, 'aria-label': 'Show earlier months' }, dataset: { nav: 'prev' } },
    '‹ Earlier',
  );
  const next = h(
    'vscode-button',
    { attrs: { secondary: true, disabled: offset >= max, 'aria-label': 'Show later months' }, dataset: { nav: 'next' } },
    'Later ›',
  );
  const today = h(
    'vscode-button',
    { attrs: { secondary: true, 'aria-label': 'Show the months around today' }, dataset: { nav: 'today' } },
    'Today',
  );
  prev.addEventListener('click', () => offset > 0 && opts.onOffset(offset - 1));
  next.addEventListener('click', () => offset < max && opts.onOffset(offset + 1));
  today.addEventListener('click', () => opts.onOffset(model.initialIndex));
  const range = shown.length ? `${monthName(shown[0].month)} – ${monthName(shown[shown.length - 1].month)}` : '';
  return h(
    'section',
    { class: 'calendar-view', attrs: { id: 'calendar', role: 'tabpanel', 'aria-labelledby': 'tab-calendar' } },
    h('div', { class: 'nav' }, prev, h('span', { class: 'range', attrs: { 'aria-live': 'polite' } }, range), next, today),
    h(
      'p',
      { class: 'legend', attrs: { 'aria-hidden': 'true' } },
      ...['done', 'planned', 'in-progress', 'overdue', 'cancelled'].map((s) =>
        h('span', { class: `legend-item chip--${s}` }, STATE_LABELS[s]),
      ),
      h('span', { class: 'legend-item marker--external' }, '◆ external audit'),
      h('span', { class: 'legend-item marker--review' }, '● management review'),
      h('span', { class: 'legend-item marker--document' }, '▤ document review'),
      h('span', { class: 'legend-item marker--activity-due' }, '◇ control activity due'),
      h('span', { class: 'legend-item marker--evidence-renewal' }, '⧗ evidence runs out'),
    ),
    h(
      'ol',
      { class: 'months', attrs: { role: 'list', 'aria-label': `Internal-audit programme, ${range}` } },
      ...shown.map((m) => monthCell(m, opts.onPlan, opts.trusted)),
    ),
    coverageStrip(model, opts.coverageStandard, opts.onCoverageStandard),
    renderPhishing(model),
  );
}
