/**
 * True when a write failed because the browser's storage for this site is full. IndexedDB reports it as a
 * `QuotaExceededError` DOMException; Dexie passes it on as its own QuotaExceededError, or wraps it in an
 * AbortError of the transaction (`inner`), or in a BulkError (`failures`). All of these mean the same to the user.
 */
export function isStorageFullError(error: unknown, depth = 0): boolean {
  if (depth > 5 || typeof error !== 'object' || error === null) return false;
  const e = error as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (e.name === 'QuotaExceededError') return true;
  if (isStorageFullError(e.inner, depth + 1) || isStorageFullError(e.cause, depth + 1)) return true;
  const failures = Array.isArray(e.failures)
    ? e.failures
    : e.failures && typeof e.failures === 'object'
      ? Object.values(e.failures)
      : [];
  return failures.some((f) => isStorageFullError(f, depth + 1));
}
