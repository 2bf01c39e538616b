/**
 * How the engine reads YAML, in one place: every parse of an ISMS file goes through these options so
 * that a file means the same to the checks, the edits and the server.
 */
import { isMap, isScalar, visit, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml';

export const YAML_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  prettyErrors: false,
  strict: true,
  // `!!binary`, `!!timestamp`, `!!set`, `!!omap` would build a Buffer, Date, Set, Map: every tag stays
  // plain data (a warning, not a construction), as the README promises
  resolveKnownTags: false,
  // `<<: *defaults` merges a mapping, as YAML 1.1 tools (and most editors) read it; without it `<<` was
  // a literal key and a `status: closed` merged in was no status at all
  merge: true,
  // the library's own check compares each key with every earlier one (quadratic in a record's keys):
  // duplicateKeys() below does it with a set
  uniqueKeys: false,
};

/** Keys written twice in one mapping, anywhere in the document: [offset of the repeated key, its text]. */
export function duplicateKeys(doc: Document.Parsed): [number, string][] {
  const found: [number, string][] = [];
  visit(doc, {
    Map(_, map) {
      if (!isMap(map)) return;
      const seen = new Set<unknown>();
      for (const { key } of map.items) {
        // `<<` may repeat (its value is a Symbol), and non-scalar keys are compared by identity as the library does
        if (!isScalar(key) || typeof key.value === 'symbol') continue;
        if (seen.has(key.value)) found.push([key.range?.[0] ?? 0, String(key.value)]);
        else seen.add(key.value);
      }
    },
  });
  return found;
}
