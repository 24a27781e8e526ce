import { useCallback, useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';

import { db } from '../../db/db';
import type { KeyFilter } from './loadDashboard';
import { useT } from '../../i18n/useT';
import { countryLabel } from '../../i18n/countries';

const DIMENSIONS = ['country', 'product'] as const;

/** `?country=RU` or `?product=<id>`: the filter lives in the URL, so back and forward step through filters. */
export function filterFromParams(params: URLSearchParams): KeyFilter | undefined {
  for (const dimension of DIMENSIONS) {
    const key = params.get(dimension);
    if (key) return { dimension, key };
  }
  return undefined;
}

/** Focus in a field, or a dialog or menu open: Esc belongs to them, not to the filter. */
function escBelongsElsewhere(event: KeyboardEvent): boolean {
  const target = event.target;
  if (target instanceof HTMLElement && target.closest('input, textarea, select, [contenteditable="true"]'))
    return true;
  // Closed drop-downs stay in the DOM, hidden: only one on screen takes Esc.
  return [...document.querySelectorAll('[role="dialog"], [role="menu"], [role="listbox"]')].some(
    (el) => el.getClientRects().length > 0,
  );
}

export function useDashboardFilter() {
  const [params, setParams] = useSearchParams();
  // One object per URL, so the pickers built on it (and the charts given them) stay the same between renders.
  const filter = useMemo(() => filterFromParams(params), [params]);
  const setFilter = useCallback(
    (next: KeyFilter | undefined) =>
      setParams((current) => {
        const updated = new URLSearchParams(current);
        for (const dimension of DIMENSIONS) updated.delete(dimension);
        if (next) updated.set(next.dimension, next.key);
        return updated;
      }),
    [setParams],
  );
  /** Choosing the key already shown clears the filter, as a second click on a toggle would. */
  const select = useCallback(
    (next: KeyFilter) =>
      setFilter(filter && filter.dimension === next.dimension && filter.key === next.key ? undefined : next),
    [filter, setFilter],
  );
  const clear = useCallback(() => setFilter(undefined), [setFilter]);

  useEffect(() => {
    if (!filter) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || escBelongsElsewhere(event)) return;
      clear();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [filter, clear]);

  return { filter, select, clear };
}

/** How a country or product is called on screen: the region's name in the UI language, the product's title. */
export function useKeyName(filter: KeyFilter | undefined): string | undefined {
  const { i18n } = useT();
  const product = useLiveQuery(
    async () => (filter?.dimension === 'product' ? ((await db.products.get(filter.key)) ?? null) : null),
    [filter?.dimension, filter?.key],
  );
  if (!filter) return undefined;
  if (filter.dimension === 'country') return countryName(filter.key, i18n.language);
  return product ? (product.title.en ?? product.code) : filter.key;
}

/** Countries read the same on every screen: the name in the UI language with its code. */
export const countryName = countryLabel;
