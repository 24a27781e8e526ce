import { createContext, useContext, type ReactNode } from 'react';
import { useStagedCount } from './paintStages';

const StageContext = createContext(Number.POSITIVE_INFINITY);

/**
 * A screen of several heavy parts (charts above all: each mounts its own store and measures itself) shown one
 * part per task: part 1 with the screen, then each `<Stage at={n}>` after the one before it painted, once
 * `ready` (the data the parts draw has loaded, so a late answer does not mount them all in one task). Only the
 * stages re-render as the count grows, not the screen, so the parts already drawn are left alone.
 */
export function StagedParts({
  total,
  ready = true,
  children,
}: {
  total: number;
  ready?: boolean;
  children: ReactNode;
}) {
  const shown = useStagedCount(total, ready);
  return <StageContext value={shown}>{children}</StageContext>;
}

/** `children` from stage `at` on (outside `StagedParts`, always); `fallback` until then. */
export function Stage({
  at,
  fallback = null,
  children,
}: {
  at: number;
  fallback?: ReactNode;
  children: ReactNode;
}) {
  return useContext(StageContext) >= at ? children : fallback;
}
