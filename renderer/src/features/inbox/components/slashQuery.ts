/** The `/query` being typed at the caret: a slash at the start or after a space, then no line break. */
export function slashQueryAt(text: string, caret: number): { start: number; query: string } | undefined {
  const before = text.slice(0, caret);
  const start = before.lastIndexOf('/');
  if (start === -1) return undefined;
  if (start > 0 && !/\s/.test(before[start - 1]!)) return undefined;
  const query = before.slice(start + 1);
  if (query.includes('\n') || query.length > 40) return undefined;
  return { start, query };
}

/** Replaces the `/query` (from `start` to the caret) with `insert`; returns the new text and caret. */
export function replaceSlash(
  text: string,
  start: number,
  caret: number,
  insert: string,
): { text: string; caret: number } {
  return { text: text.slice(0, start) + insert + text.slice(caret), caret: start + insert.length };
}

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

/** Placeholders still in the reply, in order, without duplicates: the rep must fill them before sending. */
export function unfilledPlaceholders(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(PLACEHOLDER), (m) => m[1]!))];
}

export function fillPlaceholder(text: string, name: string, value: string): string {
  return text.split(`{${name}}`).join(value);
}

/** Text split into plain parts and placeholders, for the highlighted preview. */
export function placeholderSegments(text: string): { text: string; placeholder: boolean }[] {
  return text
    .split(/(\{[A-Za-z][A-Za-z0-9_]*\})/g)
    .filter(Boolean)
    .map((part) => ({ text: part, placeholder: /^\{[A-Za-z]/.test(part) }));
}
