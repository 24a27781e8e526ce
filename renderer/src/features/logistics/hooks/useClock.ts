import { useSyncExternalStore } from 'react';

/**
 * One shared clock per interval: every component that shows a live countdown reads it, and only they re-render
 * when it ticks (the ship-by board's countdown cells each second, the screen itself each minute).
 */
interface Clock {
  now: number;
  listeners: Set<() => void>;
  timer: ReturnType<typeof setInterval> | undefined;
}

const clocks = new Map<number, Clock>();

function clockOf(intervalMs: number): Clock {
  let clock = clocks.get(intervalMs);
  if (!clock) clocks.set(intervalMs, (clock = { now: Date.now(), listeners: new Set(), timer: undefined }));
  return clock;
}

function subscribe(intervalMs: number, listener: () => void): () => void {
  const clock = clockOf(intervalMs);
  clock.listeners.add(listener);
  if (!clock.timer) {
    clock.now = Date.now();
    clock.timer = setInterval(() => {
      clock.now = Date.now();
      for (const l of clock.listeners) l();
    }, intervalMs);
  }
  return () => {
    clock.listeners.delete(listener);
    if (clock.listeners.size === 0 && clock.timer) {
      clearInterval(clock.timer);
      clock.timer = undefined;
    }
  };
}

const subscribers = new Map<number, (listener: () => void) => () => void>();

/** Date.now(), refreshed every `intervalMs`. */
export function useClock(intervalMs: number): number {
  let subscriber = subscribers.get(intervalMs);
  if (!subscriber) subscribers.set(intervalMs, (subscriber = (l) => subscribe(intervalMs, l)));
  return useSyncExternalStore(subscriber, () => clockOf(intervalMs).now);
}
