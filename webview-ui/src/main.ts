/**
 * The calendar webview: a Calendar and a Timeline view of one ISMS, drawn from the model the host
 * posts after the `ready` handshake. UI state (view, scroll position, filters) lives in the webview's
 * own state so it survives hiding the panel (no retainContextWhenHidden) and reloads.
 */
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-single-select/index.js';
import '@vscode-elements/elements/dist/vscode-option/index.js';
import './calendar.css';
import { isHostMessage, parseWebviewState, type CalendarView, type CalendarWebviewState } from '../../src/common/calendarMessages';
import { filterCalendar } from '../../src/core/calendar/filter';
import type { AuditState } from '../../src/core/cycle/state';
import type { CalendarModel, ControlItemKind } from '../../src/core/calendar/types';
import { plusMonthKey } from '../../src/core/dates';
import { renderCalendar, WINDOW } from './calendarView';
import { clear, h } from './dom';
import { attachKeyboard, focusKeyOf, restoreFocus } from './keyboard';
import { renderTimeline } from './timelineView';
import { post, storedState, storeState } from './vscode';

const AUDIT_STATES: readonly AuditState[] = ['done', 'planned', 'in-progress', 'overdue', 'cancelled', 'unknown'];
/** The control items the calendar and timeline show (issue 18.5): both kinds, one, or none. */
const CONTROL_ITEM_OPTIONS: [string, string][] = [
  ['', 'Activities and evidence'],
  ['activity-due', 'Activities due'],
  ['evidence-renewal', 'Evidence renewals'],
  ['none', 'Hide'],
];

function bootState(): CalendarWebviewState {
  const fromStore = parseWebviewState(storedState());
  if (fromStore) return fromStore;
  const el = document.getElementById('isms-boot');
  try {
    return parseWebviewState(JSON.parse(el?.textContent ?? 'null')) ?? { root: '', view: 'calendar' };
  } catch {
    return { root: '', view: 'calendar' };
  }
}

const app = document.getElementById('app') ?? document.body.appendChild(h('div', { attrs: { id: 'app' } }));
let state: CalendarWebviewState = bootState();
let model: CalendarModel | undefined;
let error: string | undefined;
/** false in Restricted Mode (the host says so with each model): nothing that writes is offered */
let trusted = true;
/** the audit just moved by this view: the next model scrolls its new month into view, so focus stays on it */
let following: { id: string; month: string } | undefined;

function save(): void {
  if (state.root) storeState(state);
}

function setView(view: CalendarView): void {
  state = { ...state, view };
  save();
  render();
  document.getElementById(`tab-${view}`)?.focus();
}

function select(id: string, label: string, options: [string, string][], value: string, onChange: (v: string) => void): HTMLElement {
  const sel = h(
    'vscode-single-select',
    { attrs: { id, 'aria-label': label } },
    ...options.map(([v, text]) => h('vscode-option', { attrs: { value: v, selected: v === value } }, text)),
  ) as HTMLElement & { value: string };
  sel.addEventListener('change', () => onChange(sel.value));
  return h('label', { class: 'filter' }, h('span', { class: 'filter-label' }, label), sel);
}

function toolbar(m: CalendarModel): HTMLElement {
  const tab = (view: CalendarView, text: string): HTMLElement => {
    const b = h(
      'button',
      {
        class: 'tab',
        attrs: {
          type: 'button',
          role: 'tab',
          id: `tab-${view}`,
          'aria-selected': String(state.view === view),
          'aria-controls': view,
          tabindex: state.view === view ? 0 : -1,
        },
      },
      text,
    );
    b.addEventListener('click', () => setView(view));
    b.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
        e.preventDefault();
        setView(state.view === 'calendar' ? 'timeline' : 'calendar');
      }
    });
    return b;
  };
  return h(
    'header',
    { class: 'toolbar' },
    h('h1', { class: 'title' }, 'Audit calendar', m.organisation ? h('span', { class: 'org' }, ` — `, h('bdi', {}, m.organisation)) : null),
    h('div', { class: 'tabs', attrs: { role: 'tablist', 'aria-label': 'View' } }, tab('calendar', 'Calendar'), tab('timeline', 'Timeline')),
    h(
      'div',
      { class: 'filters' },
      select(
        'filter-department',
        'Department',
        [['', 'All departments'], ...m.departments.map((d): [string, string] => [d, d])],
        state.department ?? '',
        (v) => {
          state = { ...state, department: v || undefined };
          save();
          render();
        },
      ),
      select(
        'filter-state',
        'State',
        [['', 'All states'], ...AUDIT_STATES.map((s): [string, string] => [s, s.replace('-', ' ')])],
        state.states?.[0] ?? '',
        (v) => {
          state = { ...state, states: v ? [v] : undefined };
          save();
          render();
        },
      ),
      select('filter-controls', 'Controls', CONTROL_ITEM_OPTIONS, state.controlItems ?? '', (v) => {
        state = { ...state, controlItems: CONTROL_ITEM_OPTIONS.some(([o]) => o === v) && v ? (v as ControlItemKind | 'none') : undefined };
        save();
        render();
      }),
    ),
  );
}

function render(): void {
  const focusKey = focusKeyOf(document.activeElement, app);
  if (!model) {
    clear(app);
    app.append(
      error ? h('p', { class: 'error', attrs: { role: 'alert' } }, error) : h('p', { class: 'loading' }, 'Loading the audit calendar…'),
    );
    return;
  }
  const filtered = filterCalendar(model, {
    department: state.department,
    states: state.states as AuditState[] | undefined,
    controlItems: state.controlItems,
  });
  const view =
    state.view === 'timeline'
      ? renderTimeline(filtered)
      : renderCalendar(filtered, {
          offset: state.offset ?? model.initialIndex,
          onOffset: (offset) => {
            state = { ...state, offset };
            save();
            render();
          },
          onPlan: (month) => post({ type: 'planAudit', month }),
          trusted,
          coverageStandard: state.coverageStandard,
          onCoverageStandard: (key) => {
            state = { ...state, coverageStandard: key };
            save();
            render();
          },
        });
  clear(app);
  app.removeAttribute('aria-busy');
  app.append(toolbar(model), ...(error ? [h('p', { class: 'error', attrs: { role: 'alert' } }, error)] : []), view);
  restoreFocus(app, focusKey);
}

window.addEventListener('message', (event: MessageEvent) => {
  const message: unknown = event.data;
  if (!isHostMessage(message)) return;
  if (message.type === 'error') {
    error = message.message;
  } else {
    error = undefined;
    model = message.model;
    trusted = message.trusted !== false;
    if (state.root !== model.root) state = { ...state, root: model.root, offset: undefined };
    followMovedAudit(model);
    save();
  }
  render();
});

/** Shifts the window so that the audit just moved is shown in its new month (render() then refocuses it by id). */
function followMovedAudit(m: CalendarModel): void {
  if (!following || state.view !== 'calendar') return;
  const { id, month: target } = following;
  // a model computed before the edit landed still shows the old month: wait for the one that moved it
  const index = m.months.findIndex((month) => month.month === target && month.audits.some((a) => a.id === id));
  if (index < 0) return;
  following = undefined;
  const offset = state.offset ?? m.initialIndex;
  if (index < offset) state = { ...state, offset: index };
  else if (index >= offset + WINDOW) state = { ...state, offset: index - WINDOW + 1 };
}

function moveAudit(id: string, month: string): void {
  if (!trusted) return;
  following = { id, month };
  post({ type: 'moveAudit', id, month });
}

attachKeyboard(app, {
  open: (file, line) => post({ type: 'open', file, line }),
  move: (id, month, by) => moveAudit(id, plusMonthKey(month, by)),
  drop: (id, month) => moveAudit(id, month),
});

render();
post({ type: 'ready' });
