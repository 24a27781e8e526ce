import { startTransition, useEffect, useState } from 'react';

/** Runs `callback` once the browser has painted the current frame; returns a cancel function. */
export function afterNextPaint(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(callback, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * `value` once it has been on screen for a frame (while `ready`), else the value shown before: what follows
 * the thread (order facts, composer, language guess, buyer context) waits until the thread itself is painted.
 */
export function useShownAfterPaint<T>(value: T, ready: boolean): T | undefined {
  const [shown, setShown] = useState<{ value: T } | undefined>();
  useEffect(() => {
    if (!ready || (shown && Object.is(shown.value, value))) return;
    return afterNextPaint(() => setShown({ value }));
  }, [value, ready, shown]);
  return shown?.value;
}

/**
 * How many of `total` parts to show: the first at once, then one more after each paint (in a transition, so
 * input still goes first), once `ready`. See `StagedParts`.
 */
export function useStagedCount(total: number, ready = true): number {
  const [shown, setShown] = useState(1);
  useEffect(() => {
    if (!ready || shown >= total) return;
    return afterNextPaint(() => startTransition(() => setShown((n) => n + 1)));
  }, [shown, total, ready]);
  return shown;
}
