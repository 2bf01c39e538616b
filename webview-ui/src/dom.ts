/**
 * The only way the calendar creates DOM: elements with text children set through `textContent`, and
 * attributes from a small allow-list. No innerHTML, no event-handler attributes, no URLs — so no text
 * from a workspace file can ever become markup or script, whatever it contains.
 */
export type Child = Node | string | number | null | undefined | false;

const FORBIDDEN_ATTRIBUTE = /^(on|style$|href$|src$|srcdoc$|action$|formaction$|xlink:href$)/i;

export interface Props {
  class?: string;
  attrs?: Record<string, string | number | boolean | undefined>;
  dataset?: Record<string, string | undefined>;
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props?: Props, ...children: Child[]): HTMLElementTagNameMap[K];
export function h(tag: string, props?: Props, ...children: Child[]): HTMLElement;
export function h(tag: string, props: Props = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  if (props.class) el.className = props.class;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === undefined || value === false) continue;
    if (FORBIDDEN_ATTRIBUTE.test(name)) throw new Error(`attribute ${name} is not allowed in the calendar`);
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [key, value] of Object.entries(props.dataset ?? {})) if (value !== undefined) el.dataset[key] = value;
  append(el, ...children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element (charts), under the same attribute allow-list as `h`: no handlers, no URLs, no style. */
export function svg(tag: string, attrs: Record<string, string | number> = {}, ...children: Child[]): SVGElement {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (FORBIDDEN_ATTRIBUTE.test(name)) throw new Error(`attribute ${name} is not allowed in the calendar`);
    el.setAttribute(name, String(value));
  }
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/** Workspace text isolated from the surrounding direction (an RLO in a title cannot flip the row). */
export const userText = (text: string): HTMLElement => h('bdi', {}, text);

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}
