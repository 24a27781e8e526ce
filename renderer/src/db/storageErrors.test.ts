import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { isStorageFullError } from './storageErrors';

describe('isStorageFullError', () => {
  it('knows a full disk however Dexie wraps it', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(isStorageFullError(quota)).toBe(true);
    expect(isStorageFullError(new Dexie.QuotaExceededError('full'))).toBe(true);
    expect(isStorageFullError(new Dexie.AbortError('Transaction aborted', quota))).toBe(true);
    expect(isStorageFullError(new Dexie.BulkError('1 of 2 failed', { 1: quota }))).toBe(true);
  });

  it('does not take other failures for a full disk', () => {
    expect(isStorageFullError(new Dexie.ConstraintError('duplicate key'))).toBe(false);
    expect(isStorageFullError(new Dexie.AbortError('aborted'))).toBe(false);
    expect(isStorageFullError(undefined)).toBe(false);
    expect(isStorageFullError('QuotaExceededError')).toBe(false);
  });
});
