/**
 * Delimiter detection. Papa Parse can guess too, but a report-title line above the header and decimal
 * commas in amounts confuse a guess based on the first rows' field counts; a vote over many lines,
 * counting only delimiters outside quotes, is steadier.
 */

export const CANDIDATE_DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof CANDIDATE_DELIMITERS)[number];

const SAMPLE_CHARS = 64 * 1024;
const SAMPLE_LINES = 200;

/** Per line, how many times `delimiter` occurs outside double quotes. Quotes may span lines. */
function countsPerLine(text: string, delimiter: string): number[] {
  const counts: number[] = [];
  let inQuotes = false;
  let count = 0;
  for (let index = 0; index < text.length && counts.length < SAMPLE_LINES; index += 1) {
    const char = text[index];
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && char === delimiter) count += 1;
    else if (!inQuotes && char === '\n') {
      counts.push(count);
      count = 0;
    }
  }
  counts.push(count);
  return counts;
}

/** The most frequent non-zero count and how many lines have it. */
function modalCount(counts: number[]): { count: number; lines: number } {
  const frequency = new Map<number, number>();
  for (const count of counts) if (count > 0) frequency.set(count, (frequency.get(count) ?? 0) + 1);
  let best = { count: 0, lines: 0 };
  for (const [count, lines] of frequency) {
    if (lines > best.lines || (lines === best.lines && count > best.count)) best = { count, lines };
  }
  return best;
}

/** The delimiter that splits the most lines into the same number of fields; comma when nothing splits. */
export function detectDelimiter(text: string): Delimiter {
  const sample = text.slice(0, SAMPLE_CHARS);
  let best: { delimiter: Delimiter; count: number; lines: number } = { delimiter: ',', count: 0, lines: 0 };
  for (const delimiter of CANDIDATE_DELIMITERS) {
    const { count, lines } = modalCount(countsPerLine(sample, delimiter));
    if (lines > best.lines || (lines === best.lines && count > best.count))
      best = { delimiter, count, lines };
  }
  return best.delimiter;
}
