import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { KeyedMemo, ListMemo, Memo, spliced } from '../../../../src/core/model/memo';

describe('memo (values kept across checks while their inputs are the same objects)', () => {
  it('Memo computes again only when an input is another object', () => {
    const memo = new Memo<number>();
    const [a, b] = [[1], [1]];
    let runs = 0;
    const compute = (): number => ++runs;
    assert.equal(memo.get([a, 'x'], compute), 1);
    assert.equal(memo.get([a, 'x'], compute), 1);
    // equal content, another object: computed again
    assert.equal(memo.get([b, 'x'], compute), 2);
    assert.equal(memo.get([b, 'y'], compute), 3);
  });

  it('KeyedMemo keeps one value per key', () => {
    const memo = new KeyedMemo<object, string>();
    const [k1, k2, input] = [{}, {}, {}];
    let runs = 0;
    assert.equal(
      memo.get(k1, [input], () => `one${++runs}`),
      'one1',
    );
    assert.equal(
      memo.get(k2, [input], () => `two${++runs}`),
      'two2',
    );
    assert.equal(
      memo.get(k1, [input], () => `one${++runs}`),
      'one1',
    );
    assert.equal(
      memo.get(k1, [{}], () => `one${++runs}`),
      'one3',
    );
  });

  it('ListMemo gives list.map(compute) for any sequence of lists, computing only items not kept at both ends', () => {
    // items are objects from a small pool, so that lists share some by identity; a list edit swaps a slice
    const pool = Array.from({ length: 8 }, (_, i) => ({ i }));
    const list = fc.array(fc.integer({ min: 0, max: 7 }), { maxLength: 12 }).map((ix) => ix.map((i) => pool[i]));
    const step = fc.oneof(
      list.map((l) => ({ kind: 'new' as const, l })),
      fc
        .record({ at: fc.nat(12), drop: fc.nat(3), add: list, input: fc.constantFrom('a', 'b') })
        .map((e) => ({ kind: 'splice' as const, ...e })),
      // the same splice, noted as the workspace notes its per-kind lists' (the memo then does not compare)
      fc
        .record({ at: fc.nat(12), drop: fc.nat(3), add: list, input: fc.constantFrom('a', 'b') })
        .map((e) => ({ kind: 'noted' as const, ...e })),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 12 }), (steps) => {
        const memo = new ListMemo<{ i: number }, string>();
        let current: { i: number }[] = [];
        let input = 'a';
        for (const s of steps) {
          if (s.kind === 'new') current = s.l;
          else {
            const from = current;
            const at = Math.min(s.at, from.length);
            const drop = Math.min(s.drop, from.length - at);
            current = [...from.slice(0, at), ...s.add, ...from.slice(at + drop)];
            if (s.kind === 'noted') spliced(current, from, at, drop);
            input = s.input;
          }
          const computed: { i: number }[] = [];
          const got = memo.map(current, [input], (x) => {
            computed.push(x);
            return `${input}${x.i}`;
          });
          assert.deepEqual(
            got,
            current.map((x) => `${input}${x.i}`),
          );
          assert.ok(computed.length <= current.length);
        }
      }),
      { seed: 20261126, numRuns: 300 },
    );
  });

  it('ListMemo computes only the items an edit put in the middle of the list', () => {
    const items = Array.from({ length: 100 }, (_, i) => ({ i }));
    const memo = new ListMemo<{ i: number }, number>();
    let runs = 0;
    memo.map(items, ['today'], (x) => (runs++, x.i));
    assert.equal(runs, 100);
    const edited = [...items.slice(0, 40), { i: 1000 }, ...items.slice(41)];
    assert.equal(memo.map(edited, ['today'], (x) => (runs++, x.i))[40], 1000);
    assert.equal(runs, 101);
    memo.map(edited, ['tomorrow'], (x) => (runs++, x.i));
    assert.equal(runs, 201);
  });

  it('ListMemo follows a noted splice without comparing, and computes only what it put in', () => {
    const items = Array.from({ length: 100 }, (_, i) => ({ i }));
    const memo = new ListMemo<{ i: number }, number>();
    memo.map(items, ['today'], (x) => x.i);
    // the same objects put back: compared, nothing would be computed; noted as a splice, the two are
    const edited = [...items.slice(0, 40), items[40], items[41], ...items.slice(42)];
    spliced(edited, items, 40, 2);
    const computed: number[] = [];
    assert.deepEqual(
      memo.map(edited, ['today'], (x, i) => (computed.push(i), x.i)),
      items.map((x) => x.i),
    );
    assert.deepEqual(computed, [40, 41]);
  });
});
