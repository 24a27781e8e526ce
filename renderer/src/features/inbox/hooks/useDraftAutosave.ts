import { useCallback, useEffect, useRef, useState } from 'react';
import { db } from '../../../db/db';
import { loadDraft, saveDraft } from '../data/drafts';

/** Within half a second of the last key, so a crash loses at most that much. */
const DEBOUNCE_MS = 300;

/**
 * The composer's text, never lost: restored from `drafts` when a conversation opens, saved 300 ms after the
 * last keystroke, and at once on blur, when the window hides and when another conversation opens.
 */
export function useDraftAutosave(conversationId: string | undefined) {
  const [text, setTextState] = useState('');
  const [loadedFor, setLoadedFor] = useState<string | undefined>();
  const pending = useRef<{ id: string; body: string } | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const p = pending.current;
    pending.current = undefined;
    if (p) void saveDraft(db, p.id, p.body);
  }, []);

  useEffect(() => {
    if (!conversationId) return;
    let alive = true;
    void loadDraft(db, conversationId).then((draft) => {
      if (!alive) return;
      setTextState(draft?.body ?? '');
      setLoadedFor(conversationId);
    });
    return () => {
      alive = false;
      flush();
    };
  }, [conversationId, flush]);

  useEffect(() => {
    const onHide = () => document.visibilityState === 'hidden' && flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', flush);
    };
  }, [flush]);

  const setText = useCallback(
    (body: string) => {
      setTextState(body);
      if (!conversationId) return;
      pending.current = { id: conversationId, body };
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, DEBOUNCE_MS);
    },
    [conversationId, flush],
  );

  /** After the reply went to the outbox (which deletes the draft): empty, with nothing pending. */
  const reset = useCallback(() => {
    clearTimeout(timer.current);
    pending.current = undefined;
    setTextState('');
  }, []);

  return {
    text: loadedFor === conversationId ? text : '',
    ready: loadedFor === conversationId,
    setText,
    flush,
    reset,
  };
}
