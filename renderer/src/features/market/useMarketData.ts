import { useCallback, useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { MarketSettings } from '@shared/market/types';
import { useExchangeRates } from '../../app/useMoney';
import { db } from '../../db/db';
import { ensureSummaries, loadCompetitorRows } from './data/competitors';
import { loadMarketSettings, saveMarketSettings } from './data/marketSettings';
import { loadPromotionEvents } from './data/promotionData';
import { loadOwnProducts } from './ownPrices';
import { productPositions } from './positions';

/** What every market tab reads: the watch list, own products, settings, events, and price positions. */
export function useMarketData(storeId: string) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let alive = true;
    setReady(false);
    void ensureSummaries(db, storeId).then(() => alive && setReady(true));
    return () => {
      alive = false;
    };
  }, [storeId]);
  const rows = useLiveQuery(
    async () => (ready ? loadCompetitorRows(db, storeId) : undefined),
    [storeId, ready],
  );
  const ownProducts = useLiveQuery(() => loadOwnProducts(db, storeId), [storeId]);
  const settings = useLiveQuery(() => loadMarketSettings(db, storeId), [storeId]);
  const events = useLiveQuery(() => loadPromotionEvents(db, storeId), [storeId]);
  const rates = useExchangeRates();
  const positions =
    rows && ownProducts && settings ? productPositions(rows, ownProducts, settings, rates) : undefined;
  const updateSettings = useCallback(
    (patch: Partial<MarketSettings>) => void saveMarketSettings(db, storeId, patch),
    [storeId],
  );
  return { rows, ownProducts, settings, events, positions, updateSettings };
}
