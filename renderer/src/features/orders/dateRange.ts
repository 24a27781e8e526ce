/** The order filter's day bounds. Days are the user's own calendar days: a day starts at local midnight. */
/** Local midnight at the start of a `YYYY-MM-DD` day, in epoch ms. */
export function startOfLocalDay(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).getTime();
}

/** The filter's bounds: from the first day's start up to (not including) the start of the day after the last. */
export function rangeBounds(from: string | null, to: string | null): { from?: number; to?: number } {
  const out: { from?: number; to?: number } = {};
  if (from) out.from = startOfLocalDay(from);
  if (to) {
    const [y, m, d] = to.split('-').map(Number) as [number, number, number];
    out.to = new Date(y, m - 1, d + 1).getTime();
  }
  return out;
}
