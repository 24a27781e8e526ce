import { memo, useMemo, useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useT } from '../../i18n/useT';
import type { MediaItem, Product, Sku } from '@shared/domain/types';
import { MONTHLY_WINDOW_DAYS, monthlyUnitsBySku } from '@shared/hosting';
import { checkTrackingNumber } from '@shared/logistics/tracking';
import {
  DEFAULT_STOCK_POLICY,
  isValidLeadTime,
  LEAD_TIME_LIMITS,
  leadTimeOf,
  observedLeadTimeDays,
  reconcileInbound,
  reorderSuggestion,
  STOCK_PLACES,
  stockLevelId,
  type InboundShipmentRecord,
  type LeadTimeSource,
  type StockPlace,
} from '@shared/logistics/warehouse';
import { addDays, dayKeyOf } from '@shared/util/days';
import {
  addInboundShipment,
  receiveInbound,
  setStockLevel,
  type StockLevelChange,
} from '../../data/warehouse';
import { db } from '../../db/db';
import { dimensionRowsInPeriod } from '../../db/rollupQueries';
import { MediaThumb } from '../photos';

const SHOWN = 60;

interface Props {
  storeId: string;
  products: Map<string, Product>;
  skus: Map<string, Sku>;
  media: Map<string, MediaItem>;
}

const LEAD_TITLE: Record<LeadTimeSource, string> = {
  set: 'logistics.stock.leadSet',
  observed: 'logistics.stock.leadObserved',
  default: 'logistics.stock.leadDefault',
};

/**
 * A SKU's own lead time: empty shows the one in use (learned, or the default with *); whole days 1–365 are saved
 * on blur, anything else is refused with the rule; clearing it goes back to the learned or default one.
 */
function LeadTimeInput({
  skuCode,
  set,
  days,
  source,
  onSave,
}: {
  skuCode: string;
  set: number | undefined;
  days: number;
  source: LeadTimeSource;
  onSave(days: number | null): void;
}) {
  const { t } = useT();
  const [error, setError] = useState<string | null>(null);
  return (
    <NumberInput
      aria-label={t('logistics.stock.leadOf', { sku: skuCode })}
      defaultValue={set ?? ''}
      placeholder={`${days}${source === 'default' ? '*' : ''}`}
      description={source === 'set' ? undefined : t('logistics.stock.leadUsing', { days })}
      error={error}
      min={LEAD_TIME_LIMITS.min}
      max={LEAD_TIME_LIMITS.max}
      allowDecimal={false}
      allowNegative={false}
      clampBehavior="none"
      w={90}
      size="xs"
      onBlur={(e) => {
        const text = e.currentTarget.value.trim();
        if (text === '') {
          setError(null);
          if (set !== undefined) onSave(null);
          return;
        }
        const value = Number(text);
        if (!isValidLeadTime(value)) {
          setError(t('logistics.stock.leadInvalid', LEAD_TIME_LIMITS));
          return;
        }
        setError(null);
        if (value !== set) onSave(value);
      }}
    />
  );
}

export function skuLabel(sku: Sku, product: Product | undefined): string {
  const options = Object.values(sku.options).join(' / ');
  return `${sku.code} · ${product?.internalName ?? product?.title.en ?? ''}${options ? ` (${options})` : ''}`;
}

/** Stock per SKU and place, inbound shipments with reconciliation on arrival, and reorder suggestions. */
export const StockPanel = memo(function StockPanel({ storeId, products, skus, media }: Props) {
  const { t } = useT();
  const levels = useLiveQuery(() => db.stockLevels.where('storeId').equals(storeId).toArray(), [storeId]);
  const inbound = useLiveQuery(
    async () =>
      (await db.inboundShipments.where('storeId').equals(storeId).toArray()).filter((s) => !s.deletedAt),
    [storeId],
  );
  const sold = useLiveQuery(async () => {
    const to = dayKeyOf(Date.now());
    const from = addDays(to, -(MONTHLY_WINDOW_DAYS - 1));
    const rows = await dimensionRowsInPeriod(db, storeId, 'product', from, to);
    return monthlyUnitsBySku(rows, [...skus.values()], from, to);
  }, [storeId, skus]);
  const [search, setSearch] = useState('');

  const byId = useMemo(() => new Map((levels ?? []).map((l) => [l.id, l])), [levels]);
  const inTransit = useMemo(() => {
    const map = new Map<string, number>();
    for (const s of inbound ?? [])
      if (s.status === 'in-transit')
        for (const line of s.lines) map.set(line.skuId, (map.get(line.skuId) ?? 0) + line.quantity);
    return map;
  }, [inbound]);

  const rows = useMemo(() => {
    const query = search.trim().toLowerCase();
    return [...skus.values()]
      .filter((sku) => !query || skuLabel(sku, products.get(sku.productId)).toLowerCase().includes(query))
      .map((sku) => {
        const own = byId.get(stockLevelId(sku.id, 'own'));
        const quantities = Object.fromEntries(
          STOCK_PLACES.map((place) => [
            place,
            byId.get(stockLevelId(sku.id, place))?.quantity ?? (place === 'own' ? sku.stock : 0),
          ]),
        ) as Record<StockPlace, number>;
        const onHand = STOCK_PLACES.reduce((sum, place) => sum + quantities[place], 0);
        const observed = observedLeadTimeDays(inbound ?? [], sku.id);
        const lead = leadTimeOf(own?.leadTimeDays, observed, DEFAULT_STOCK_POLICY);
        const leadTimeDays = lead.days;
        const soldInWindow = sold?.get(sku.id) ?? 0;
        const suggestion = reorderSuggestion(
          {
            onHand,
            inbound: inTransit.get(sku.id) ?? 0,
            soldInWindow,
            windowDays: MONTHLY_WINDOW_DAYS,
            leadTimeDays,
          },
          DEFAULT_STOCK_POLICY,
        );
        return {
          sku,
          product: products.get(sku.productId),
          quantities,
          ownFromCatalog: !own,
          bin: own?.bin ?? '',
          soldInWindow,
          leadTimeDays,
          leadSource: lead.source,
          leadSet: own?.leadTimeDays,
          suggestion,
        };
      })
      .sort(
        (a, b) =>
          b.suggestion.quantity - a.suggestion.quantity ||
          b.soldInWindow - a.soldInWindow ||
          a.sku.code.localeCompare(b.sku.code),
      );
  }, [skus, products, byId, inbound, inTransit, sold, search]);

  const save = (skuId: string, place: StockPlace, change: StockLevelChange) =>
    void setStockLevel(db, storeId, skuId, place, change, Date.now());
  const reorderCount = rows.filter((r) => r.suggestion.quantity > 0).length;

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('logistics.stock.hint', {
          lead: DEFAULT_STOCK_POLICY.leadTimeDays,
          safety: DEFAULT_STOCK_POLICY.safetyDays,
          cover: DEFAULT_STOCK_POLICY.coverDays,
        })}
      </Text>
      <Group justify="space-between" align="flex-end">
        <TextInput
          label={t('logistics.stock.search')}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={260}
        />
        <Badge size="lg" color={reorderCount > 0 ? 'orange' : 'gray'} variant="light">
          {t('logistics.stock.toReorder', { count: reorderCount })}
        </Badge>
      </Group>
      {skus.size === 0 ? (
        <Text c="dimmed">{t('logistics.stock.noSkus')}</Text>
      ) : (
        <Table striped aria-label={t('logistics.stock.table')} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th />
              <Table.Th>{t('logistics.stock.sku')}</Table.Th>
              {STOCK_PLACES.map((place) => (
                <Table.Th key={place}>{t(`logistics.stock.place.${place}`)}</Table.Th>
              ))}
              <Table.Th>{t('logistics.stock.bin')}</Table.Th>
              <Table.Th>{t('logistics.stock.inbound')}</Table.Th>
              <Table.Th>{t('logistics.stock.sold')}</Table.Th>
              <Table.Th>{t('logistics.stock.lead')}</Table.Th>
              <Table.Th>{t('logistics.stock.cover')}</Table.Th>
              <Table.Th>{t('logistics.stock.reorder')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.slice(0, SHOWN).map((row) => {
              const imageId = row.sku.imageId ?? row.product?.mainImageIds[0];
              return (
                <Table.Tr key={row.sku.id} aria-label={row.sku.code} data-testid="stock-row">
                  <Table.Td>
                    <MediaThumb
                      media={imageId ? media.get(imageId) : undefined}
                      size={32}
                      alt={row.sku.code}
                    />
                  </Table.Td>
                  <Table.Td>{skuLabel(row.sku, row.product)}</Table.Td>
                  {STOCK_PLACES.map((place) => (
                    <Table.Td key={place}>
                      <NumberInput
                        key={`${row.sku.id}|${place}|${row.quantities[place]}`}
                        aria-label={t('logistics.stock.quantityOf', {
                          place: t(`logistics.stock.place.${place}`),
                          sku: row.sku.code,
                        })}
                        defaultValue={row.quantities[place]}
                        min={0}
                        allowDecimal={false}
                        w={80}
                        size="xs"
                        description={
                          place === 'own' && row.ownFromCatalog ? t('logistics.stock.fromCatalog') : undefined
                        }
                        onBlur={(e) => {
                          const value = Number(e.currentTarget.value.replace(/[^\d]/g, ''));
                          if (Number.isFinite(value) && value !== row.quantities[place])
                            save(row.sku.id, place, { quantity: value });
                        }}
                      />
                    </Table.Td>
                  ))}
                  <Table.Td>
                    <TextInput
                      key={`${row.sku.id}|bin|${row.bin}`}
                      aria-label={t('logistics.stock.binOf', { sku: row.sku.code })}
                      defaultValue={row.bin}
                      placeholder="A-01-1"
                      w={90}
                      size="xs"
                      onBlur={(e) => {
                        if (e.currentTarget.value.trim() !== row.bin)
                          save(row.sku.id, 'own', {
                            bin: e.currentTarget.value,
                            startQuantity: row.quantities.own,
                          });
                      }}
                    />
                  </Table.Td>
                  <Table.Td>{inTransit.get(row.sku.id) ?? 0}</Table.Td>
                  <Table.Td>{row.soldInWindow}</Table.Td>
                  <Table.Td title={t(LEAD_TITLE[row.leadSource])}>
                    <LeadTimeInput
                      key={`${row.sku.id}|lead|${row.leadSet ?? ''}`}
                      skuCode={row.sku.code}
                      set={row.leadSet}
                      days={row.leadTimeDays}
                      source={row.leadSource}
                      onSave={(leadTimeDays) =>
                        save(row.sku.id, 'own', { leadTimeDays, startQuantity: row.quantities.own })
                      }
                    />
                  </Table.Td>
                  <Table.Td>{row.suggestion.daysOfCover ?? '—'}</Table.Td>
                  <Table.Td>
                    {row.suggestion.quantity > 0 ? (
                      <Badge color="orange" data-testid="reorder">
                        {t('logistics.stock.reorderQty', { count: row.suggestion.quantity })}
                      </Badge>
                    ) : (
                      <Text size="xs" c="dimmed">
                        {t('logistics.stock.enough')}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {rows.length > SHOWN && (
        <Text size="xs" c="dimmed">
          {t('logistics.stock.shown', { shown: SHOWN, count: rows.length })}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {t('logistics.stock.leadNote')}
      </Text>
      <InboundShipments storeId={storeId} skus={skus} products={products} shipments={inbound ?? []} />
    </Stack>
  );
});

interface DraftLine {
  skuId: string | null;
  quantity: number;
}

function InboundShipments({
  storeId,
  skus,
  products,
  shipments,
}: {
  storeId: string;
  skus: Map<string, Sku>;
  products: Map<string, Product>;
  shipments: InboundShipmentRecord[];
}) {
  const { t } = useT();
  const [place, setPlace] = useState<StockPlace>('overseas');
  const [carrier, setCarrier] = useState('');
  const [tracking, setTracking] = useState('');
  const [expected, setExpected] = useState('');
  const [lines, setLines] = useState<DraftLine[]>([{ skuId: null, quantity: 1 }]);
  const [error, setError] = useState<string | null>(null);
  const [counted, setCounted] = useState<Record<string, number[]>>({});
  const skuOptions = useMemo(
    () =>
      [...skus.values()]
        .map((sku) => ({ value: sku.id, label: skuLabel(sku, products.get(sku.productId)) }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [skus, products],
  );
  const trackingCheck = tracking.trim() ? checkTrackingNumber(tracking) : null;
  const today = dayKeyOf(Date.now() + 8 * 3_600_000);

  const record = async () => {
    setError(null);
    if (expected && !/^\d{4}-\d{2}-\d{2}$/.test(expected)) return setError(t('logistics.stock.badDate'));
    const chosen = lines.filter(
      (l): l is { skuId: string; quantity: number } => Boolean(l.skuId) && l.quantity > 0,
    );
    if (chosen.length === 0) return setError(t('logistics.stock.noLines'));
    await addInboundShipment(
      db,
      {
        storeId,
        place,
        carrierName: carrier,
        trackingNumber: trackingCheck?.normalized ?? '',
        ...(expected ? { expectedOn: expected } : {}),
        lines: chosen,
        sentAt: Date.now(),
      },
      Date.now(),
    );
    setLines([{ skuId: null, quantity: 1 }]);
    setTracking('');
    setCarrier('');
    setExpected('');
  };
  const sorted = [...shipments].sort(
    (a, b) => Number(a.status === 'received') - Number(b.status === 'received') || b.createdAt - a.createdAt,
  );

  return (
    <Stack gap="sm">
      <Title order={4}>{t('logistics.stock.inboundTitle')}</Title>
      <Card withBorder>
        <Stack gap="xs">
          <Group align="flex-end" gap="xs" wrap="wrap">
            <Select
              label={t('logistics.stock.to')}
              data={STOCK_PLACES.map((p) => ({ value: p, label: t(`logistics.stock.place.${p}`) }))}
              value={place}
              onChange={(value) => value && setPlace(value as StockPlace)}
              allowDeselect={false}
              w={210}
            />
            <TextInput
              label={t('logistics.stock.carrier')}
              value={carrier}
              onChange={(e) => setCarrier(e.currentTarget.value)}
              w={150}
            />
            <TextInput
              label={t('logistics.stock.tracking')}
              value={tracking}
              onChange={(e) => setTracking(e.currentTarget.value)}
              w={200}
              description={
                trackingCheck
                  ? trackingCheck.valid
                    ? t('logistics.ship.valid', { carrier: t(`logistics.carrier.${trackingCheck.carrier}`) })
                    : t('logistics.stock.trackingUnchecked')
                  : undefined
              }
            />
            <TextInput
              label={t('logistics.stock.expected')}
              placeholder="2026-03-01"
              value={expected}
              onChange={(e) => setExpected(e.currentTarget.value.trim())}
              w={130}
            />
          </Group>
          {lines.map((line, i) => (
            <Group key={i} gap="xs" align="flex-end">
              <Select
                label={t('logistics.stock.lineSku', { n: i + 1 })}
                data={skuOptions}
                value={line.skuId}
                onChange={(skuId) => setLines(lines.map((l, j) => (j === i ? { ...l, skuId } : l)))}
                searchable
                w={360}
              />
              <NumberInput
                label={t('logistics.stock.lineQty', { n: i + 1 })}
                value={line.quantity}
                min={1}
                allowDecimal={false}
                onChange={(v) =>
                  setLines(lines.map((l, j) => (j === i ? { ...l, quantity: Number(v) || 0 } : l)))
                }
                w={110}
              />
            </Group>
          ))}
          <Group gap="xs">
            <Button
              variant="subtle"
              size="xs"
              onClick={() => setLines([...lines, { skuId: null, quantity: 1 }])}
            >
              {t('logistics.stock.addLine')}
            </Button>
            <Button size="xs" onClick={() => void record()}>
              {t('logistics.stock.record')}
            </Button>
          </Group>
          {error && (
            <Alert color="red" p="xs">
              {error}
            </Alert>
          )}
        </Stack>
      </Card>
      {sorted.length === 0 && <Text c="dimmed">{t('logistics.stock.noInbound')}</Text>}
      {sorted.map((s) => {
        const late = s.status === 'in-transit' && s.expectedOn !== undefined && s.expectedOn < today;
        const reconciliation = s.status === 'received' ? reconcileInbound(s.lines) : [];
        const values = counted[s.id] ?? s.lines.map((l) => l.quantity);
        return (
          <Card
            key={s.id}
            withBorder
            aria-label={t('logistics.stock.shipmentLabel', { tracking: s.trackingNumber ?? '—' })}
          >
            <Stack gap={6}>
              <Group gap="xs">
                <Badge color={s.status === 'received' ? 'green' : 'blue'}>
                  {t(`logistics.stock.status.${s.status}`)}
                </Badge>
                <Text size="sm">
                  {t(`logistics.stock.place.${s.place}`)} · {s.carrierName ?? '—'} ·{' '}
                  <Text span ff="monospace">
                    {s.trackingNumber ?? '—'}
                  </Text>
                </Text>
                {s.expectedOn && (
                  <Badge color={late ? 'red' : 'gray'} variant="light">
                    {late
                      ? t('logistics.stock.late', { day: s.expectedOn })
                      : t('logistics.stock.expectedOn', { day: s.expectedOn })}
                  </Badge>
                )}
              </Group>
              <Table fz="sm">
                <Table.Tbody>
                  {s.lines.map((line, i) => {
                    const sku = skus.get(line.skuId);
                    const r = reconciliation.find((x) => x.skuId === line.skuId);
                    return (
                      <Table.Tr key={i}>
                        <Table.Td>{sku ? skuLabel(sku, products.get(sku.productId)) : line.skuId}</Table.Td>
                        <Table.Td>{t('logistics.stock.sent', { count: line.quantity })}</Table.Td>
                        <Table.Td>
                          {s.status === 'in-transit' ? (
                            <NumberInput
                              aria-label={t('logistics.stock.countedOf', { sku: sku?.code ?? line.skuId })}
                              value={values[i] ?? line.quantity}
                              min={0}
                              allowDecimal={false}
                              size="xs"
                              w={90}
                              onChange={(v) =>
                                setCounted({
                                  ...counted,
                                  [s.id]: values.map((x, j) => (j === i ? Number(v) || 0 : x)),
                                })
                              }
                            />
                          ) : (
                            t('logistics.stock.received', { count: line.received ?? 0 })
                          )}
                        </Table.Td>
                        <Table.Td>
                          {r && (
                            <Badge
                              color={r.verdict === 'ok' ? 'green' : r.verdict === 'short' ? 'red' : 'orange'}
                              data-testid="reconciliation"
                            >
                              {t(`logistics.stock.verdict.${r.verdict}`, { count: Math.abs(r.difference) })}
                            </Badge>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
              {s.status === 'in-transit' && (
                <Group>
                  <Button size="xs" onClick={() => void receiveInbound(db, s.id, values, Date.now())}>
                    {t('logistics.stock.receive')}
                  </Button>
                </Group>
              )}
            </Stack>
          </Card>
        );
      })}
    </Stack>
  );
}
