/**
 * Maps keyed by text a user or a buyer typed (template variables, labels, column mappings). A plain `{}` answers
 * `constructor`, `toString`, `__proto__`… from Object.prototype, so a variable named like one crashed the inbox.
 * These helpers never see inherited properties.
 */

/** An empty record with no prototype: only what is put in is there. */
export function emptyRecord<V>(): Record<string, V> {
  return Object.create(null) as Record<string, V>;
}

/** A prototype-free copy of `entries` (later keys win), safe to index with any text. */
export function recordOf<V>(entries: Iterable<readonly [string, V]>): Record<string, V> {
  const out = emptyRecord<V>();
  for (const [key, value] of entries) out[key] = value;
  return out;
}

/** The record's own value for `key`, never an inherited one. */
export function ownValue<V>(record: Readonly<Record<string, V>> | undefined, key: string): V | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
