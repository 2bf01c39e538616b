/**
 * Values that outlive one check(). The workspace hands out the same record list (`ctx.records(kind)`,
 * `ctx.registers(kind)`) and the same configuration object until something of it changes, and records
 * never change in place: a value computed from such inputs holds while they are the same objects. So an
 * edit of one corrective action re-computes what reads corrective actions, not what reads the SoA.
 */

/** Whether two input lists hold the same objects (===), one by one. */
function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** One value, computed again when its inputs are not the same objects as last time. */
export class Memo<T> {
  private inputs?: readonly unknown[];
  private value?: T;

  get(inputs: readonly unknown[], compute: () => T): T {
    if (!this.inputs || !sameInputs(this.inputs, inputs)) {
      // forget first: a compute that throws must not leave the old value under the new inputs
      this.inputs = undefined;
      this.value = compute();
      this.inputs = inputs;
    }
    return this.value as T;
  }
}

/** One value per key object (a record), computed again when its inputs are not the same objects as last time. */
export class KeyedMemo<K extends object, T> {
  private readonly map = new WeakMap<K, { inputs: readonly unknown[]; value: T }>();

  get(key: K, inputs: readonly unknown[], compute: () => T): T {
    const hit = this.map.get(key);
    if (hit && sameInputs(hit.inputs, inputs)) return hit.value;
    const value = compute();
    this.map.set(key, { inputs, value });
    return value;
  }
}

/** A list made from another by swapping one slice (`spliced`): where, and how many items of the other went. */
const SPLICES = new WeakMap<readonly unknown[], { from: readonly unknown[]; at: number; removed: number }>();

/**
 * Notes that `next` is `from` with the `removed` items at `at` swapped for others (the workspace's
 * per-kind list after a file's records changed), so that a ListMemo need not compare the lists.
 */
export function spliced(next: readonly unknown[], from: readonly unknown[], at: number, removed: number): void {
  SPLICES.set(next, { from, at, removed });
}

/**
 * A value per item of a list, kept for the items a new list shares with the last one at its start and its
 * end (an edit swaps one file's records in a kind's list): comparing two lists item by item is much cheaper
 * than a lookup per item, and a list noted as `spliced` from the last one is not compared at all.
 * Computed again for all items when the other inputs are not the same objects.
 */
export class ListMemo<T, U> {
  private list: readonly T[] = [];
  private inputs?: readonly unknown[];
  private values: U[] = [];

  /** The values of `list`'s items, in an array the memo changes on the next call: read it before. */
  map(list: readonly T[], inputs: readonly unknown[], compute: (item: T, index: number) => U): readonly U[] {
    const reuse = this.inputs !== undefined && sameInputs(this.inputs, inputs);
    if (reuse && list === this.list) return this.values;
    const [old, oldValues] = reuse ? [this.list, this.values] : [[], []];
    const [head, tail] = sharedEnds(old, list);
    const middle: U[] = [];
    for (let i = head; i < list.length - tail; i++) middle.push(compute(list[i], i));
    // in place: at 50,000 records a copy of the values per edit was most of what an edit allocated
    let values = oldValues;
    if (middle.length === old.length - head - tail) for (let i = 0; i < middle.length; i++) values[head + i] = middle[i];
    else values = oldValues.slice(0, head).concat(middle, oldValues.slice(old.length - tail));
    [this.list, this.values, this.inputs] = [list, values, inputs];
    return values;
  }
}

/** How many items two lists share (===) at their start and, after that, at their end. */
function sharedEnds(old: readonly unknown[], list: readonly unknown[]): [number, number] {
  const splice = SPLICES.get(list);
  if (splice && splice.from === old) return [splice.at, old.length - splice.at - splice.removed];
  const shared = Math.min(old.length, list.length);
  let head = 0;
  while (head < shared && old[head] === list[head]) head++;
  let tail = 0;
  while (tail < shared - head && old[old.length - 1 - tail] === list[list.length - 1 - tail]) tail++;
  return [head, tail];
}
