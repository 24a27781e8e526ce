import { useCallback, useEffect, useRef } from 'react';
import { db } from '../../db/db';
import { saveProductDraft } from './productDrafts';

/** Within half a second of the last key, so a crash or a killed browser loses at most that much. */
const DEBOUNCE_MS = 300;

interface Pending {
  key: string;
  storeId: string;
  productId: string;
  value: unknown;
}

/**
 * Keeps what the user typed in the product editor in IndexedDB: 300 ms after the last change, and at once when
 * a field loses focus, the window hides or the page goes away. Returns `cancel`: forget what waits (after
 * save/discard), resolving once a draft write already under way has ended — so clearing the draft after it is final.
 */
export function useProductDraft(draft: Pending | undefined, dirty: boolean): () => Promise<void> {
  const pending = useRef<Pending | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Clicking Save blurs the field, which writes the draft: that write must end before the draft is cleared.
  const writing = useRef<Promise<void>>(Promise.resolve());

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const p = pending.current;
    pending.current = undefined;
    if (!p) return;
    const write = saveProductDraft(db, p).then(
      () => undefined,
      (error: unknown) => console.warn('draft not saved', error),
    );
    writing.current = writing.current.then(() => write);
  }, []);

  useEffect(() => {
    if (!draft || !dirty) {
      pending.current = undefined;
      clearTimeout(timer.current);
      return;
    }
    pending.current = draft;
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, DEBOUNCE_MS);
  }, [draft, dirty, flush]);

  useEffect(() => {
    const onHide = () => document.visibilityState === 'hidden' && flush();
    document.addEventListener('focusout', flush);
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('focusout', flush);
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  /** Forgets what is waiting (after a save or a discard), so it is not written back. */
  return useCallback(() => {
    clearTimeout(timer.current);
    pending.current = undefined;
    return writing.current;
  }, []);
}
