/**
 * Full-text tokens for the inbox. One folding rule for the index and the query, so whatever is typed finds
 * what was written: lower case, accents removed (é→e, ç→c, ã→a; in Cyrillic ё→е and й→и, which is how people
 * often type anyway). Chinese has no spaces, so Han runs are indexed as single characters plus overlapping
 * bigrams: a query of two or more characters becomes its bigrams and must match all of them.
 *
 * Index tokens go into a Dexie multiEntry index; a query token marked `prefix` is looked up with startsWith.
 */

const WORD = /[\p{L}\p{N}]+/gu;
const HAN_OR_NOT = /\p{Script=Han}+|[^\p{Script=Han}]+/gu;
const HAN = /^\p{Script=Han}/u;
/** Tokens longer than this are cut: tracking numbers fit, pasted base64 does not bloat the index. */
export const MAX_TOKEN_LENGTH = 32;

/** Lower case and strip accents, keeping the string's length per letter where Unicode allows. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');
}

function hanTokens(run: string, out: Set<string>): void {
  const chars = Array.from(run);
  chars.forEach((ch, i) => {
    out.add(ch);
    const next = chars[i + 1];
    if (next) out.add(ch + next);
  });
}

/** Index tokens for a message body (deduplicated, unordered). */
export function indexTokens(body: string): string[] {
  const out = new Set<string>();
  for (const [word] of body.matchAll(WORD)) {
    for (const [run] of word.matchAll(HAN_OR_NOT)) {
      if (HAN.test(run)) hanTokens(run, out);
      else {
        const folded = fold(run).slice(0, MAX_TOKEN_LENGTH);
        // Single letters are noise in an index; single digits are not (order quantities, sizes).
        if (folded.length >= 2 || /^\p{N}$/u.test(folded)) out.add(folded);
      }
    }
  }
  return [...out];
}

export interface QueryToken {
  text: string;
  /** Match index tokens that start with `text` (the word may still be being typed). */
  prefix: boolean;
}

/**
 * Query tokens: every token must match (AND). Latin and Cyrillic words match as prefixes; Chinese runs become
 * bigrams matched exactly (a single character matches exactly too).
 */
export function queryTokens(query: string): QueryToken[] {
  const out = new Map<string, QueryToken>();
  for (const [word] of query.matchAll(WORD)) {
    for (const [run] of word.matchAll(HAN_OR_NOT)) {
      if (HAN.test(run)) {
        const chars = Array.from(run);
        if (chars.length === 1) out.set(run, { text: run, prefix: false });
        for (let i = 0; i + 1 < chars.length; i++) {
          const bigram = chars[i]! + chars[i + 1]!;
          out.set(bigram, { text: bigram, prefix: false });
        }
      } else {
        const folded = fold(run).slice(0, MAX_TOKEN_LENGTH);
        if (folded) out.set(folded, { text: folded, prefix: true });
      }
    }
  }
  return [...out.values()];
}

/** In-memory version of the index lookup: does a message with these index tokens match the query? */
export function matchesQuery(tokens: readonly string[], query: readonly QueryToken[]): boolean {
  if (query.length === 0) return false;
  return query.every((q) => (q.prefix ? tokens.some((t) => t.startsWith(q.text)) : tokens.includes(q.text)));
}

export interface HighlightSegment {
  text: string;
  match: boolean;
}

/**
 * Splits `body` into segments for display, marking what the query matched: the matched prefix of a word
 * (by folded comparison, so "cafe" highlights "Café"), and Chinese query runs wherever they occur.
 * Concatenating the segments' text gives back `body` exactly.
 */
export function highlight(body: string, query: string): HighlightSegment[] {
  const ranges: [number, number][] = [];
  const words = queryTokens(query)
    .filter((q) => q.prefix)
    .map((q) => q.text);
  const hanRuns = [...new Set(Array.from(query.matchAll(/\p{Script=Han}+/gu), (m) => m[0]))];

  for (const m of body.matchAll(WORD)) {
    const start = m.index;
    for (const run of m[0].matchAll(HAN_OR_NOT)) {
      if (HAN.test(run[0])) continue;
      const runStart = start + run.index;
      const best = longestFoldedPrefix(run[0], words);
      if (best > 0) ranges.push([runStart, runStart + best]);
    }
  }
  for (const run of hanRuns) {
    for (let at = body.indexOf(run); at !== -1; at = body.indexOf(run, at + run.length))
      ranges.push([at, at + run.length]);
  }
  return toSegments(body, ranges);
}

/** Length in `word`'s own characters of the longest query word that folded `word` starts with. */
function longestFoldedPrefix(word: string, queryWords: readonly string[]): number {
  let best = 0;
  const folded = fold(word);
  for (const q of queryWords) {
    if (!folded.startsWith(q)) continue;
    // Walk the original word until its folded form covers the query word (folding can change lengths).
    let end = 0;
    while (end < word.length && fold(word.slice(0, end)).length < q.length) end += 1;
    best = Math.max(best, end);
  }
  return best;
}

function toSegments(body: string, ranges: [number, number][]): HighlightSegment[] {
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  const segments: HighlightSegment[] = [];
  let at = 0;
  for (const [s, e] of merged) {
    if (s > at) segments.push({ text: body.slice(at, s), match: false });
    segments.push({ text: body.slice(s, e), match: true });
    at = e;
  }
  if (at < body.length || segments.length === 0) segments.push({ text: body.slice(at), match: false });
  return segments;
}
