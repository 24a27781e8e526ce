import { describe, expect, it, vi } from 'vitest';
import { isQuotaError, onDiskFull, reportWriteError } from './diskFull';

describe('isQuotaError', () => {
  it('recognises the error bare and wrapped the ways Dexie wraps it', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(isQuotaError(quota)).toBe(true);
    expect(isQuotaError({ name: 'AbortError', message: 'Transaction aborted', inner: quota })).toBe(true);
    expect(isQuotaError({ name: 'BulkError', failures: [new Error('x'), quota] })).toBe(true);
    expect(isQuotaError({ name: 'AbortError', message: 'QuotaExceededError: disk full' })).toBe(true);
    expect(isQuotaError(new Error('ConstraintError'))).toBe(false);
    expect(isQuotaError(undefined)).toBe(false);
  });

  it('tells the listeners only about a full disk', () => {
    const listener = vi.fn();
    const stop = onDiskFull(listener);
    expect(reportWriteError(new Error('other'))).toBe(false);
    expect(reportWriteError({ name: 'QuotaExceededError' })).toBe(true);
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
  });
});
