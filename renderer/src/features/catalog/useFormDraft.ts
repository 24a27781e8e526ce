import { useEffect } from 'react';

const key = (id: string) => `sw.draft.product.${id}`;

/**
 * Keeps what the user typed in localStorage while they type, so a crash or a closed window loses at most
 * the last half second.
 */
export function useFormDraft<T>(id: string, value: T | undefined, dirty: boolean): void {
  useEffect(() => {
    if (!value || !dirty) return;
    const timer = setTimeout(() => localStorage.setItem(key(id), JSON.stringify(value)), 400);
    return () => clearTimeout(timer);
  }, [id, value, dirty]);
}

export function readDraft<T>(id: string): T | undefined {
  const raw = localStorage.getItem(key(id));
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return undefined;
  }
}

export const clearDraft = (id: string): void => localStorage.removeItem(key(id));
