/** The Timeline view: from today to the next external audit, everything still to happen or overdue. */
import type { CalendarModel, TimelineItem } from '../../src/core/calendar/types';
import { h, userText } from './dom';
import { daysText, longDate, STATE_LABELS } from './format';

const KIND_LABELS: Readonly<Record<TimelineItem['kind'], string>> = {
  milestone: 'Milestone',
  'internal-audit': 'Internal audit',
  'management-review': 'Management review',
  'corrective-action': 'Corrective action',
  'document-review': 'Document review',
  'activity-due': 'Control activity',
  'evidence-renewal': 'Evidence renewal',
};

function item(i: TimelineItem): HTMLElement {
  const when = i.date ? `${longDate(i.date)}, ${daysText(i.daysLeft ?? 0)}` : 'no due date';
  const label = `${KIND_LABELS[i.kind]} ${i.id ?? ''} ${i.title}, ${STATE_LABELS[i.state] ?? i.state}, ${when}`.replace(/\s+/g, ' ');
  const body = [
    h('span', { class: 'tl-date' }, i.date ? longDate(i.date) : 'No due date'),
    h('span', { class: 'tl-kind' }, KIND_LABELS[i.kind]),
    i.id ? h('span', { class: 'tl-id' }, i.id) : null,
    h('span', { class: 'tl-title' }, userText(i.title)),
    h('span', { class: `tl-days${i.overdue ? ' is-overdue' : ''}` }, i.date ? daysText(i.daysLeft ?? 0) : '—'),
  ];
  const cls = `tl-item tl--${i.kind} tl-state--${i.state}${i.overdue ? ' is-overdue' : ''}`;
  return h(
    'li',
    { class: cls },
    i.file !== undefined && i.line !== undefined
      ? h(
          'button',
          {
            class: 'tl-open',
            attrs: { type: 'button', 'aria-label': label, title: label, tabindex: -1 },
            dataset: { file: i.file, line: String(i.line) },
          },
          ...body,
        )
      : h('div', { class: 'tl-open', attrs: { 'aria-label': label } }, ...body),
  );
}

export function renderTimeline(model: CalendarModel): HTMLElement {
  const t = model.timeline;
  const headline = !t.target
    ? h('p', { class: 'countdown' }, 'No external audit is planned: the timeline shows everything ahead.')
    : t.target.daysLeft === 0
      ? h('p', { class: 'countdown' }, 'The ', userText(t.target.name), ' is ', h('strong', { class: 'countdown-days' }, 'today'))
      : h(
          'p',
          { class: 'countdown' },
          h('strong', { class: 'countdown-days' }, `${t.target.daysLeft} day${t.target.daysLeft === 1 ? '' : 's'}`),
          ' to the ',
          userText(t.target.name),
          ` on ${longDate(t.target.date)}`,
        );
  const dated = t.items.filter((i) => i.date !== undefined);
  const undated = t.items.filter((i) => i.date === undefined);
  return h(
    'section',
    { class: 'timeline-view', attrs: { id: 'timeline', role: 'tabpanel', 'aria-labelledby': 'tab-timeline' } },
    headline,
    h(
      'p',
      { class: 'ca-summary' },
      `${t.openCorrectiveActions} open corrective action${t.openCorrectiveActions === 1 ? '' : 's'}`,
      t.overdueCorrectiveActions ? h('span', { class: 'is-overdue' }, `, ${t.overdueCorrectiveActions} overdue`) : null,
      '.',
    ),
    h(
      'ol',
      { class: 'timeline-list', attrs: { role: 'list', 'aria-label': `Until ${t.target ? t.target.label : 'later'}` } },
      ...dated.map(item),
    ),
    undated.length ? h('h2', {}, 'Without a due date') : null,
    undated.length ? h('ol', { class: 'timeline-list', attrs: { role: 'list' } }, ...undated.map(item)) : null,
  );
}
