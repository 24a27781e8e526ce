/**
 * A full disk, however it reaches us: IndexedDB's QuotaExceededError, Dexie's AbortError or BulkError
 * wrapping it (`inner`, `failures`), or a DOMException from the storage layer.
 */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const e = error as {
    name?: string;
    inner?: unknown;
    failures?: unknown[];
    cause?: unknown;
    message?: string;
  };
  if (e.name === 'QuotaExceededError') return true;
  if (e.name === 'AbortError' && /quota/i.test(e.message ?? '')) return true;
  if (isQuotaError(e.inner, depth + 1) || isQuotaError(e.cause, depth + 1)) return true;
  return Array.isArray(e.failures) && e.failures.some((f) => isQuotaError(f, depth + 1));
}

type Listener = () => void;
const listeners = new Set<Listener>();

/**
 * The one place a write that failed for lack of space is reported: every feature that catches a write error
 * calls `reportWriteError` (it answers whether it was a full disk, so the caller can skip its own message);
 * writes nobody caught reach it through the unhandled-rejection watcher.
 */
export function reportWriteError(error: unknown): boolean {
  if (!isQuotaError(error)) return false;
  for (const listener of listeners) listener();
  return true;
}

export function onDiskFull(listener: Listener): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

export function watchUnhandledQuotaErrors(target: Window = window): () => void {
  const handler = (event: PromiseRejectionEvent) => {
    if (reportWriteError(event.reason)) event.preventDefault();
  };
  target.addEventListener('unhandledrejection', handler);
  return () => target.removeEventListener('unhandledrejection', handler);
}
