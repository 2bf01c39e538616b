/**
 * Anchors and aliases must not turn an edit of one record into an edit of several. `status: &st open` on
 * CA-1 with `status: *st` on CA-2 and CA-3: writing `closed` into CA-1's node would close all three.
 *
 * - The edited value is a scalar that aliases repeat: each alias is first replaced by a copy of the value
 *   it stands for (so CA-2 and CA-3 keep `open`, now written out), then the value is changed. Same edit,
 *   one undo.
 * - Anything else that aliases repeat — the record itself, a list or mapping on the way to the field, a
 *   collection value, an alias used as a key — is refused with a message naming the anchor and the lines
 *   of its aliases. Copying whole records or merge sources (`<<: *base`) would rewrite far more than the
 *   user asked for.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type Alias, type Document, type Node } from 'yaml';
import { renderInline } from './render';
import { EditError } from './textEdit';

/** Materialised copies larger than this (a long text repeated by many aliases) are refused instead. */
const MAX_COPIED = 256 * 1024;

export interface AliasUse {
  alias: Alias;
  /** the alias is a mapping key (`*k : v`) or the source of a merge (`<<: *base`) */
  structural: boolean;
  /** the alias sits inside a flow collection */
  inFlow: boolean;
}

export interface AliasMap {
  /** every node some alias stands for, with the aliases that do */
  uses: Map<Node, AliasUse[]>;
  /** each node's parent collection (or the document's root for the root) */
  parent: Map<Node, Node | undefined>;
}

interface Visit {
  node: Node;
  parent: Node | undefined;
  inFlow: boolean;
  structural: boolean;
}

/**
 * Every alias of the document with the node it stands for: the last node anchored with its name before
 * it, as YAML resolves them. One walk in document order, without recursion (10,000-level nesting holds).
 */
export function aliasMap(doc: Document): AliasMap {
  const anchors = new Map<string, Node>();
  const uses = new Map<Node, AliasUse[]>();
  const parent = new Map<Node, Node | undefined>();
  const root = doc.contents as Node | null;
  const stack: Visit[] = root ? [{ node: root, parent: undefined, inFlow: false, structural: false }] : [];
  while (stack.length > 0) {
    const { node, parent: up, inFlow, structural } = stack.pop()!;
    parent.set(node, up);
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      const use = { alias: node, structural, inFlow };
      if (target) {
        const list = uses.get(target);
        if (list) list.push(use);
        else uses.set(target, [use]);
      }
      continue;
    }
    if (node.anchor) anchors.set(node.anchor, node);
    const flow = inFlow || ((isMap(node) || isSeq(node)) && node.flow === true);
    const children: Visit[] = [];
    if (isMap(node)) {
      for (const p of node.items) {
        const merge = isScalar(p.key) && p.key.value === '<<';
        if (p.key) children.push({ node: p.key as Node, parent: node, inFlow: flow, structural: true });
        if (p.value) children.push({ node: p.value as Node, parent: node, inFlow: flow, structural: merge });
      }
    } else if (isSeq(node)) {
      for (const item of node.items) {
        // `[a: 1]`: a pair in a flow list is a one-entry mapping
        if (isPair(item)) {
          if (item.key) children.push({ node: item.key as Node, parent: node, inFlow: true, structural: true });
          if (item.value) children.push({ node: item.value as Node, parent: node, inFlow: true, structural: false });
        } else if (item) children.push({ node: item as Node, parent: node, inFlow: flow, structural: false });
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return { uses, parent };
}

/** A replacement of one alias by a copy of its value, as offsets in the YAML text. */
export interface AliasCopy {
  start: number;
  end: number;
  newText: string;
}

/**
 * Checks an edit at `node` (the value replaced, or the mapping a key is added to): returns the copies that
 * keep the aliases of a replaced scalar as they read now, or throws EditError when the edit would reach
 * what an alias repeats in any other way. `replaced` says `node` itself is overwritten (not added to).
 */
export function guardShared(aliases: AliasMap, node: Node, replaced: boolean, lineOf: (offset: number) => number): AliasCopy[] {
  if (replaced && !isScalar(node) && !isAlias(node)) guardInside(aliases, node, lineOf);
  const copies: AliasCopy[] = [];
  for (let n: Node | undefined = node; n; n = aliases.parent.get(n)) {
    const uses = aliases.uses.get(n);
    if (!uses || uses.length === 0) continue;
    if (n === node && replaced && isScalar(n) && uses.every((u) => !u.structural)) {
      let size = 0;
      for (const u of uses) {
        const [start, end] = u.alias.range ?? [0, 0];
        const newText = renderInline(n.value, u.inFlow) || 'null';
        size += newText.length;
        if (size > MAX_COPIED) throw shared(n, uses, lineOf, 'the value is too long to copy into every alias');
        copies.push({ start, end, newText });
      }
      continue;
    }
    throw shared(n, uses, lineOf, n === node ? undefined : 'it lies inside what the anchor marks');
  }
  return copies;
}

/** A collection about to be overwritten must not hold an anchor that aliases outside it still use. */
function guardInside(aliases: AliasMap, node: Node, lineOf: (offset: number) => number): void {
  const [start, end] = node.range ?? [0, 0];
  for (const [target, uses] of aliases.uses) {
    let inside = false;
    for (let n = aliases.parent.get(target); n && !inside; n = aliases.parent.get(n)) inside = n === node;
    const outside = uses.filter((u) => (u.alias.range?.[0] ?? start) < start || (u.alias.range?.[0] ?? start) >= end);
    if (inside && outside.length > 0) throw shared(target, outside, lineOf, 'the value replaced holds the anchor');
  }
}

function shared(node: Node, uses: AliasUse[], lineOf: (offset: number) => number, why: string | undefined): EditError {
  const lines = [...new Set(uses.map((u) => lineOf(u.alias.range?.[0] ?? 0) + 1))];
  const where = `line${lines.length > 1 ? 's' : ''} ${lines.slice(0, 5).join(', ')}${lines.length > 5 ? ', …' : ''}`;
  const count = uses.length === 1 ? 'an alias' : `${uses.length} aliases`;
  return new EditError(
    `This field is shared through the anchor &${node.anchor ?? '?'} (${why ? `${why}; ` : ''}repeated by ${count} on ${where}): ` +
      'changing it here would change those places too. Write the value out in their place (replace each alias by a copy), then try again.',
  );
}
