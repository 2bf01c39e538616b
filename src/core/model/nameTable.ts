/**
 * Tables looked up by names that come from the workspace (kinds, fields, control ids, rule codes). A
 * plain object literal answers `toString`, `constructor` or `__proto__` from its prototype, so a file
 * saying `isms: toString` found a "kind"; these tables have no prototype and answer own entries only.
 */
export function nameTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}

/** `table[name]` when `name` is the table's own entry, else undefined: for objects that may have a prototype. */
export function ownEntry<T>(table: Readonly<Record<string, T>>, name: string): T | undefined {
  return Object.hasOwn(table, name) ? table[name] : undefined;
}
