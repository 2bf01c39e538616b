/**
 * Keyboard and pointer interaction of both views: one roving tab stop over the items that open a
 * record (chips, markers, timeline entries), arrows between them, Enter/Space to open, Alt+Left/Right
 * to move a planned audit a month, and drag and drop of a planned audit onto another month.
 */
const ITEMS = 'button[data-file]';
const DRAG_TYPE = 'application/x-isms-audit';

export interface Interactions {
  open(file: string, line: number): void;
  /** move the audit `id`, now in `month`, by `by` months */
  move(id: string, month: string, by: number): void;
  drop(id: string, month: string): void;
}

const items = (root: Element): HTMLElement[] => [...root.querySelectorAll<HTMLElement>(ITEMS)];

function setStop(root: Element, target: HTMLElement): void {
  for (const el of items(root)) el.tabIndex = el === target ? 0 : -1;
}

/** A key that finds the same item after a re-render: the audit id, else file and line. */
export function focusKeyOf(active: Element | null, root: Element): string | undefined {
  if (!(active instanceof HTMLElement) || !root.contains(active)) return undefined;
  if (active.matches(ITEMS)) return active.dataset.id ? `id:${active.dataset.id}` : `loc:${active.dataset.line}:${active.dataset.file}`;
  return active.id ? `el:${active.id}` : undefined;
}

export function restoreFocus(root: Element, key: string | undefined): void {
  const all = items(root);
  const target =
    key === undefined
      ? undefined
      : key.startsWith('el:')
        ? (root.querySelector<HTMLElement>(`#${CSS.escape(key.slice(3))}`) ?? undefined)
        : all.find((el) => (key.startsWith('id:') ? el.dataset.id === key.slice(3) : `loc:${el.dataset.line}:${el.dataset.file}` === key));
  // exactly one item is in the tab order, so Tab reaches the calendar once and arrows do the rest
  const stop = target && target.matches(ITEMS) ? target : all[0];
  if (stop) setStop(root, stop);
  target?.focus();
}

export function attachKeyboard(root: HTMLElement, on: Interactions): void {
  root.addEventListener('click', (e) => {
    const el = (e.target as Element | null)?.closest<HTMLElement>(ITEMS);
    if (!el || !root.contains(el)) return;
    const line = Number(el.dataset.line);
    if (el.dataset.file && Number.isInteger(line)) on.open(el.dataset.file, line);
  });
  root.addEventListener('keydown', (e) => {
    const el = (e.target as Element | null)?.closest<HTMLElement>(ITEMS);
    if (!el) return;
    const all = items(root);
    const i = all.indexOf(el);
    let next: HTMLElement | undefined;
    if (e.altKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
      e.preventDefault();
      if (el.dataset.movable === 'true' && el.dataset.id && el.dataset.month)
        on.move(el.dataset.id, el.dataset.month, e.key === 'ArrowRight' ? 1 : -1);
      return;
    }
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = all[Math.min(i + 1, all.length - 1)];
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = all[Math.max(i - 1, 0)];
        break;
      case 'Home':
        next = all[0];
        break;
      case 'End':
        next = all[all.length - 1];
        break;
      default:
        return;
    }
    e.preventDefault();
    if (next) {
      setStop(root, next);
      next.focus();
    }
  });
  root.addEventListener('focusin', (e) => {
    const el = (e.target as Element | null)?.closest<HTMLElement>(ITEMS);
    if (el) setStop(root, el);
  });

  // drag and drop: only movable audits (planned or overdue, in a trusted folder) are draggable, only months accept them
  root.addEventListener('dragstart', (e) => {
    const el = (e.target as Element | null)?.closest<HTMLElement>('[data-movable="true"]');
    if (!el?.dataset.id || !e.dataTransfer) return;
    e.dataTransfer.setData(DRAG_TYPE, el.dataset.id);
    e.dataTransfer.effectAllowed = 'move';
  });
  root.addEventListener('dragover', (e) => {
    const month = (e.target as Element | null)?.closest<HTMLElement>('li.month');
    if (month && e.dataTransfer?.types.includes(DRAG_TYPE)) {
      e.preventDefault();
      month.classList.add('is-drop-target');
    }
  });
  root.addEventListener('dragleave', (e) => (e.target as Element | null)?.closest('li.month')?.classList.remove('is-drop-target'));
  root.addEventListener('drop', (e) => {
    const month = (e.target as Element | null)?.closest<HTMLElement>('li.month');
    const id = e.dataTransfer?.getData(DRAG_TYPE);
    month?.classList.remove('is-drop-target');
    if (!month?.dataset.month || !id) return;
    e.preventDefault();
    on.drop(id, month.dataset.month);
  });
}
