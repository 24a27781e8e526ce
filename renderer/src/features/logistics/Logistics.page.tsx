import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { Alert, Badge, Group, Select, Stack, Tabs, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useT } from '../../i18n/useT';
import { deadlineCalculator, uncoveredYears } from '@shared/logistics/deadline';
import { canShipJointly } from '@shared/logistics/joint';
import { notifications } from '@mantine/notifications';
import { useWorkstation } from '../../app/WorkstationContext';
import { mergeIntoParcel } from '../../data/shipping';
import { db, type ShipQueueRow } from '../../db/db';
import { queueBoardRows } from './boardModel';
import { readOrderDetail, useAwaitingDetail, useBoardData, type OrderDetail } from './hooks/useBoardData';
import { useClock } from './hooks/useClock';
import { useLogisticsSettings } from './hooks/useLogisticsSettings';
import { useRates } from './hooks/useRates';
import { JointShipping } from './JointShipping';
import { parcelFor } from './parcelMath';
import { ParcelsPanel } from './ParcelsPanel';
import { PrintView } from './PrintView';
import { RateTables } from './RateTables';
import { ShipByBoard } from './ShipByBoard';
import { ShipByRules } from './ShipByRules';
import { ShipDialog } from './ShipDialog';
import { StockPanel } from './StockPanel';

const ALL_STORES = '*';
/** Rows in the board's first render: more than a tall window shows. */
const FIRST_SCREENFUL = 60;

export function LogisticsPage() {
  const { t } = useT();
  const { stores, activeStore } = useWorkstation();
  const [storeChoice, setStoreChoice] = useState<string | null>(null);
  const storeIds = useMemo(
    () =>
      storeChoice === ALL_STORES
        ? stores.map((s) => s.id)
        : activeStore
          ? [storeChoice ?? activeStore.id]
          : [],
    [storeChoice, stores, activeStore],
  );
  const data = useBoardData(storeIds);
  const [tab, setTab] = useState<string | null>('board');
  const detail = useAwaitingDetail(storeIds, tab === 'joint');
  const settings = useLogisticsSettings();
  const rates = useRates();
  // The screen moves by the minute (groups, warnings); the countdown cells keep their own second clock.
  const now = useClock(60_000);
  const skuList = useLiveQuery(
    async () =>
      (await Promise.all(storeIds.map((id) => db.skus.where('storeId').equals(id).toArray()))).flat(),
    [storeIds],
  );
  const skus = useMemo(() => new Map((skuList ?? []).map((s) => [s.id, s])), [skuList]);
  const mediaList = useLiveQuery(
    async () =>
      (await Promise.all(storeIds.map((id) => db.media.where('storeId').equals(id).toArray()))).flat(),
    [storeIds],
  );
  const media = useMemo(() => new Map((mediaList ?? []).map((m) => [m.id, m])), [mediaList]);
  const stockList = useLiveQuery(
    async () =>
      (await Promise.all(storeIds.map((id) => db.stockLevels.where('storeId').equals(id).toArray()))).flat(),
    [storeIds],
  );
  const bins = useMemo(
    () =>
      new Map(
        (stockList ?? []).flatMap((l) => (l.place === 'own' && l.bin ? [[l.skuId, l.bin] as const] : [])),
      ),
    [stockList],
  );
  const [shipping, setShipping] = useState<OrderDetail | null>(null);
  const [printing, setPrinting] = useState<OrderDetail | null>(null);

  const { shipBy } = settings;
  const calculator = useMemo(() => deadlineCalculator(shipBy), [shipBy.rule, JSON.stringify(shipBy.own)]); // eslint-disable-line react-hooks/exhaustive-deps
  const ready = data.loaded;
  // The queue rows carry their deadlines (counted where they are written): nothing is counted here.
  const rows = useMemo(() => (ready ? queueBoardRows(data.queue) : []), [ready, data.queue]);
  // Opened on a queue already in memory (the shell keeps it for the at-risk count), the board's first render
  // takes the most urgent screenful and React renders the whole queue right after, in the background.
  const head = useMemo(() => (rows.length > FIRST_SCREENFUL ? rows.slice(0, FIRST_SCREENFUL) : rows), [rows]);
  const shown = useDeferredValue(rows, head);
  const missingYears = useMemo(() => {
    if (rows.length === 0 || shipBy.rule !== 'working-days') return [];
    let max = 0;
    for (const row of rows) max = Math.max(max, row.deadline);
    return uncoveredYears(calculator.calendar, now, Math.max(now, max) + 30 * 86_400_000);
  }, [rows, calculator, now, shipBy.rule]);

  const productOrders = useMemo(() => {
    const map = new Map<string, Set<string>>();
    for (const row of data.queue)
      for (const productId of row.productIds) {
        const set = map.get(productId) ?? new Set<string>();
        set.add(row.id);
        map.set(productId, set);
      }
    return map;
  }, [data.queue]);
  const productOptions = useMemo(
    () =>
      [...productOrders.keys()]
        .map((id) => {
          const p = data.products.get(id);
          return { value: id, label: p ? `${p.code} · ${p.title.en ?? ''}` : id };
        })
        .sort((a, b) => a.label.localeCompare(b.label)),
    [productOrders, data.products],
  );
  const ordersOfProduct = useCallback(
    (id: string) => productOrders.get(id) ?? new Set<string>(),
    [productOrders],
  );

  /** Shipping one order of a merged parcel ships the whole parcel. */
  const openShip = (orders: ShipQueueRow[]) => {
    const parcelIds = new Set(orders.map((o) => o.parcelId).filter(Boolean));
    const withParcel = data.queue.filter((o) => o.parcelId && parcelIds.has(o.parcelId));
    const all = [...new Map([...orders, ...withParcel].map((o) => [o.id, o])).values()];
    if (all.length > 1 && !all.every((o) => o.parcelId && o.parcelId === all[0]?.parcelId)) {
      notifications.show({ color: 'orange', message: t('logistics.ship.oneParcel') });
      return;
    }
    void readOrderDetail(all.map((o) => o.id)).then(setShipping);
  };
  const openPrint = (orders: ShipQueueRow[]) =>
    void readOrderDetail(orders.map((o) => o.id)).then(setPrinting);
  const merge = async (orders: ShipQueueRow[]) => {
    await mergeIntoParcel(
      db,
      orders.map((o) => o.id),
      Date.now(),
    );
    notifications.show({
      color: 'green',
      message: t('logistics.joint.mergedDone', { count: orders.length }),
    });
  };

  if (!activeStore) return null;
  const storeOptions = [
    ...stores.map((s) => ({ value: s.id, label: s.name })),
    ...(stores.length > 1 ? [{ value: ALL_STORES, label: t('logistics.allStores') }] : []),
  ];
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t('logistics.title')}</Title>
        <Group gap="xs" align="flex-end">
          <Badge variant="light" size="lg">
            {shipBy.rule === 'working-days'
              ? t('logistics.rules.workingShort')
              : t('logistics.rules.calendarShort')}
          </Badge>
          <Select
            label={t('logistics.store')}
            data={storeOptions}
            value={storeChoice ?? activeStore.id}
            onChange={setStoreChoice}
            allowDeselect={false}
            w={220}
          />
        </Group>
      </Group>
      {missingYears.length > 0 && (
        <Alert color="yellow" title={t('logistics.rules.uncoveredTitle', { years: missingYears.join(', ') })}>
          {t('logistics.rules.uncovered')}
        </Alert>
      )}
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="board">{t('logistics.tab.board')}</Tabs.Tab>
          <Tabs.Tab value="joint">{t('logistics.tab.joint')}</Tabs.Tab>
          <Tabs.Tab value="parcels">{t('logistics.tab.parcels')}</Tabs.Tab>
          <Tabs.Tab value="stock">{t('logistics.tab.stock')}</Tabs.Tab>
          <Tabs.Tab value="rates">{t('logistics.tab.rates')}</Tabs.Tab>
          <Tabs.Tab value="rules">{t('logistics.tab.rules')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="board" pt="sm">
          {!ready ? (
            <Text c="dimmed">{t('logistics.loading')}</Text>
          ) : (
            <ShipByBoard
              rows={shown}
              complete={data.complete && shown === rows}
              now={now}
              productOptions={productOptions}
              ordersOfProduct={ordersOfProduct}
              onShip={openShip}
              onMerge={(orders) => void merge(orders)}
              onPrint={openPrint}
              canMerge={canShipJointly}
            />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="joint" pt="sm">
          {detail ? (
            <JointShipping
              orders={detail.orders}
              lines={detail.lines}
              products={data.products}
              rates={rates.rows}
              quoteContext={rates.quoteContext}
            />
          ) : (
            <Text c="dimmed">{t('logistics.loading')}</Text>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="parcels" pt="sm">
          <ParcelsPanel
            storeId={storeIds[0] ?? activeStore.id}
            storeIds={storeIds}
            calendar={calculator.calendar}
            now={Math.floor(now / 60_000) * 60_000}
          />
        </Tabs.Panel>
        <Tabs.Panel value="stock" pt="sm">
          <StockPanel
            storeId={storeIds[0] ?? activeStore.id}
            products={data.products}
            skus={skus}
            media={media}
          />
        </Tabs.Panel>
        <Tabs.Panel value="rates" pt="sm">
          <RateTables sources={rates} />
        </Tabs.Panel>
        <Tabs.Panel value="rules" pt="sm">
          <ShipByRules settings={settings} />
        </Tabs.Panel>
      </Tabs>
      {shipping && (
        <ShipDialog
          orders={shipping.orders}
          parcel={parcelFor('ship', shipping.orders, shipping.lines, data.products)}
          rates={rates.rows}
          quoteContext={rates.quoteContext}
          onClose={() => setShipping(null)}
        />
      )}
      {printing && (
        <PrintView
          orders={printing.orders}
          lines={printing.lines}
          products={data.products}
          skus={skus}
          bins={bins}
          media={media}
          onClose={() => setPrinting(null)}
        />
      )}
    </Stack>
  );
}
