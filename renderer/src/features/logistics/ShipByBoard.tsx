import { memo, useCallback, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { Badge, Box, Button, Group, Kbd, Paper, Select, Stack, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useT, type Translate } from '../../i18n/useT';
import { CARRIER_NAMES, HOSTING_MODES, type HostingMode } from '@shared/domain/types';
import type { ShipQueueRow } from '../../db/db';
import { buyerNameOf } from '../orders';
import { useCountryLabel } from '../../i18n/countries';
import type { DeadlineBucket } from '@shared/logistics/deadline';
import {
  bucketCounts,
  filterRows,
  groupRows,
  NO_FILTER,
  type BoardFilter,
  type BoardRow,
  type BoardSort,
} from './boardModel';
import { countdownText, dateTimeFormat } from './format';
import { useClock } from './hooks/useClock';
import classes from './ShipByBoard.module.css';

const BUCKET_COLOR: Record<DeadlineBucket, string> = {
  overdue: 'red',
  due24h: 'orange',
  due48h: 'yellow',
  due72h: 'blue',
  later: 'gray',
};

type Row = BoardRow<ShipQueueRow>;

interface Props {
  /** In deadline order. */
  rows: Row[];
  /** False while only the most urgent rows are in: counts are not shown until the rest is read. */
  complete: boolean;
  now: number;
  productOptions: { value: string; label: string }[];
  ordersOfProduct(productId: string): ReadonlySet<string>;
  onShip(orders: ShipQueueRow[]): void;
  onMerge(orders: ShipQueueRow[]): void;
  onPrint(orders: ShipQueueRow[]): void;
  canMerge(orders: ShipQueueRow[]): boolean;
}

/** Every awaiting order by deadline bucket, virtualised, with filters and keyboard bulk actions. */
export function ShipByBoard({
  rows,
  complete,
  now,
  productOptions,
  ordersOfProduct,
  onShip,
  onMerge,
  onPrint,
  canMerge,
}: Props) {
  const { t, i18n } = useT();
  const [filter, setFilter] = useState<BoardFilter>(NO_FILTER);
  const [productId, setProductId] = useState<string | null>(null);
  const [sort, setSort] = useState<BoardSort>('deadline');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [cursor, setCursor] = useState(0);
  const listRef = useRef<HTMLDivElement>(null);

  const activeFilter = useMemo(
    () => ({ ...filter, productOrders: productId ? ordersOfProduct(productId) : null }),
    [filter, productId, ordersOfProduct],
  );
  const visible = useMemo(() => filterRows(rows, activeFilter), [rows, activeFilter]);
  // Buckets move as time passes: regroup each minute, not each second.
  const minute = Math.floor(now / 60_000);
  const items = useMemo(() => groupRows(visible, minute * 60_000, sort), [visible, minute, sort]);
  const platformCount = useMemo(
    () => rows.filter((r) => r.order.hostingMode === 'fully-managed').length,
    [rows],
  );
  const counts = useMemo(() => bucketCounts(visible, minute * 60_000), [visible, minute]);
  const countries = useMemo(() => [...new Set(rows.map((r) => r.order.country))].sort(), [rows]);
  const countryLabel = useCountryLabel();
  const countryData = useMemo(
    () => countries.map((code) => ({ value: code, label: countryLabel(code) })),
    [countries, countryLabel],
  );
  const carriers = useMemo(
    () => [...new Set(rows.map((r) => r.order.carrier).filter((c) => c !== undefined))].sort(),
    [rows],
  );
  const format = useMemo(() => dateTimeFormat(i18n.language), [i18n.language]);

  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => listRef.current,
    estimateSize: (index) => (items[index]?.kind === 'header' ? 34 : 44),
    overscan: 10,
  });

  const selectedOrders = useMemo(
    () => (selected.size === 0 ? [] : visible.filter((r) => selected.has(r.order.id)).map((r) => r.order)),
    [visible, selected],
  );
  const toggle = useCallback(
    (id: string) =>
      setSelected((previous) => {
        const next = new Set(previous);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    [],
  );
  const rowIndexes = useMemo(() => {
    const indexes: number[] = [];
    items.forEach((item, index) => {
      if (item.kind === 'row') indexes.push(index);
    });
    return indexes;
  }, [items]);
  const indexesRef = useRef(rowIndexes);
  indexesRef.current = rowIndexes;
  const placeCursor = useCallback((index: number) => setCursor(indexesRef.current.indexOf(index)), []);
  const onShipRef = useRef(onShip);
  onShipRef.current = onShip;
  const shipOne = useCallback((order: ShipQueueRow) => onShipRef.current([order]), []);
  const anyAssumed = useMemo(() => rows.some((r) => r.assumedHandling), [rows]);
  const cursorItem = items[rowIndexes[Math.min(cursor, rowIndexes.length - 1)] ?? -1];
  const cursorOrder = cursorItem?.kind === 'row' ? cursorItem.row.order : undefined;

  const moveCursor = (delta: number) => {
    const next = Math.max(0, Math.min(rowIndexes.length - 1, cursor + delta));
    setCursor(next);
    virtualizer.scrollToIndex(rowIndexes[next] ?? 0, { align: 'auto' });
  };
  const actionOrders = () => (selectedOrders.length > 0 ? selectedOrders : cursorOrder ? [cursorOrder] : []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const key = event.key.toLowerCase();
    if (key === 'arrowdown' || key === 'j') moveCursor(1);
    else if (key === 'arrowup' || key === 'k') moveCursor(-1);
    else if ((key === ' ' || key === 'x') && cursorOrder) toggle(cursorOrder.id);
    else if (key === 'a' && (event.ctrlKey || event.metaKey))
      setSelected(new Set(visible.map((r) => r.order.id)));
    else if (key === 'escape') setSelected(new Set());
    else if (key === 'enter' || key === 's') {
      const orders = actionOrders();
      if (orders.length > 0) onShip(orders);
    } else if (key === 'm' && canMerge(selectedOrders)) onMerge(selectedOrders);
    else if (key === 'p') {
      const orders = actionOrders();
      if (orders.length > 0) onPrint(orders);
    } else return;
    event.preventDefault();
  };

  // The toolbar and the counts as elements kept while their inputs hold: a re-sort or a cursor move re-renders
  // the rows, not every Mantine control above them.
  const filterControls = useMemo(
    () => (
      <>
        <Button.Group>
          <Button
            variant={filter.platformShips ? 'default' : 'filled'}
            onClick={() => setFilter({ ...filter, platformShips: false })}
            aria-pressed={!filter.platformShips}
          >
            {complete
              ? t('logistics.board.sellerShips', { count: rows.length - platformCount })
              : t('logistics.board.sellerShipsReading')}
          </Button>
          <Button
            variant={filter.platformShips ? 'filled' : 'default'}
            onClick={() => setFilter({ ...filter, platformShips: true })}
            aria-pressed={filter.platformShips}
          >
            {complete
              ? t('logistics.board.platformShips', { count: platformCount })
              : t('logistics.board.platformShipsReading')}
          </Button>
        </Button.Group>
        <Select
          label={t('logistics.board.country')}
          placeholder={t('logistics.board.any')}
          data={countryData}
          value={filter.country}
          onChange={(country) => setFilter({ ...filter, country })}
          clearable
          searchable
          w={120}
        />
        {carriers.length > 0 && (
          <Select
            label={t('logistics.board.carrier')}
            placeholder={t('logistics.board.any')}
            data={carriers.map((c) => ({ value: c, label: CARRIER_NAMES[c] }))}
            value={filter.carrier}
            onChange={(carrier) => setFilter({ ...filter, carrier })}
            clearable
            w={140}
          />
        )}
        <Select
          label={t('logistics.board.product')}
          placeholder={t('logistics.board.any')}
          data={productOptions}
          value={productId}
          onChange={setProductId}
          clearable
          searchable
          disabled={productOptions.length === 0}
          w={220}
        />
        {!filter.platformShips && (
          <Select
            label={t('logistics.board.mode')}
            placeholder={t('logistics.board.any')}
            data={HOSTING_MODES.filter((m) => m !== 'fully-managed').map((m) => ({
              value: m,
              label: t(`logistics.mode.${m}`),
            }))}
            value={filter.hostingMode}
            onChange={(mode) => setFilter({ ...filter, hostingMode: mode as HostingMode | null })}
            clearable
            w={150}
          />
        )}
      </>
    ),
    [filter, complete, rows.length, platformCount, countryData, carriers, productOptions, productId, t],
  );
  const sortControl = useMemo(
    () => (
      <Select
        label={t('logistics.board.sort')}
        data={(['deadline', 'placed', 'country', 'amount'] as const).map((s) => ({
          value: s,
          label: t(`logistics.board.sortBy.${s}`),
        }))}
        value={sort}
        onChange={(value) => value && setSort(value as BoardSort)}
        allowDeselect={false}
        w={150}
      />
    ),
    [sort, t],
  );
  const summary = useMemo(
    () => (
      <Group gap="xs" aria-label={t('logistics.board.summary')}>
        {complete ? (
          (Object.keys(counts) as DeadlineBucket[]).map((bucket) => (
            <Badge key={bucket} color={BUCKET_COLOR[bucket]} variant="light" size="lg">
              {t(`logistics.bucket.${bucket}`)}: {counts[bucket]}
            </Badge>
          ))
        ) : (
          <Text size="sm" c="dimmed">
            {t('logistics.board.readingRest')}
          </Text>
        )}
      </Group>
    ),
    [complete, counts, t],
  );

  return (
    <Stack gap="sm">
      <Group gap="xs" wrap="wrap" align="flex-end">
        {filterControls}
        {sortControl}
      </Group>
      {summary}
      <Paper withBorder p="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text size="sm">{t('logistics.board.selected', { count: selectedOrders.length })}</Text>
          <Group gap="xs">
            <Button size="xs" onClick={() => onShip(actionOrders())} disabled={actionOrders().length === 0}>
              {t('logistics.board.ship')} <Kbd ml={6}>S</Kbd>
            </Button>
            <Button
              size="xs"
              variant="light"
              onClick={() => onMerge(selectedOrders)}
              disabled={!canMerge(selectedOrders)}
            >
              {t('logistics.board.merge')} <Kbd ml={6}>M</Kbd>
            </Button>
            <Button
              size="xs"
              variant="light"
              onClick={() => onPrint(actionOrders())}
              disabled={actionOrders().length === 0}
            >
              {t('logistics.board.print')} <Kbd ml={6}>P</Kbd>
            </Button>
            <Button
              size="xs"
              variant="subtle"
              onClick={() => setSelected(new Set())}
              disabled={selected.size === 0}
            >
              {t('logistics.board.clear')} <Kbd ml={6}>Esc</Kbd>
            </Button>
          </Group>
        </Group>
        <Text size="xs" c="dimmed" mt={4}>
          {t('logistics.board.keys')}
        </Text>
      </Paper>
      <div
        ref={listRef}
        className={classes.list}
        tabIndex={0}
        role="grid"
        aria-label={t('logistics.board.label')}
        aria-rowcount={complete ? visible.length : -1}
        onKeyDown={onKeyDown}
      >
        {items.length === 0 ? (
          <div role="row">
            <Text c="dimmed" p="md" role="gridcell">
              {!complete
                ? t('logistics.loading')
                : rows.length === 0
                  ? t('logistics.board.empty')
                  : t('logistics.board.noMatch')}
            </Text>
          </div>
        ) : (
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }} role="none">
            {virtualizer.getVirtualItems().map((v) => {
              const item = items[v.index];
              if (!item) return null;
              const style = { transform: `translateY(${v.start}px)`, height: v.size };
              if (item.kind === 'header')
                return (
                  <div key={`h-${item.bucket}`} className={classes.header} style={style} role="row">
                    <Badge color={BUCKET_COLOR[item.bucket]} role="rowheader">
                      {t(`logistics.bucket.${item.bucket}`)}
                      {complete ? ` · ${item.count}` : ''}
                    </Badge>
                  </div>
                );
              const { order } = item.row;
              return (
                <BoardRowView
                  key={order.id}
                  row={item.row}
                  color={BUCKET_COLOR[item.bucket]}
                  start={v.start}
                  size={v.size}
                  index={v.index}
                  format={format}
                  t={t}
                  countryOf={countryLabel}
                  isCursor={cursorOrder?.id === order.id}
                  isSelected={selected.has(order.id)}
                  onCursor={placeCursor}
                  onToggle={toggle}
                  onShip={shipOne}
                />
              );
            })}
          </div>
        )}
      </div>
      {anyAssumed && (
        <Box>
          <Text size="xs" c="dimmed">
            {t('logistics.board.assumedNote')}
          </Text>
        </Box>
      )}
    </Stack>
  );
}

interface RowViewProps {
  row: Row;
  color: string;
  start: number;
  size: number;
  index: number;
  format: Intl.DateTimeFormat;
  t: Translate;
  countryOf(code: string): string;
  isCursor: boolean;
  isSelected: boolean;
  onCursor(index: number): void;
  onToggle(id: string): void;
  onShip(order: ShipQueueRow): void;
}

/**
 * One order on the board, in plain elements: a re-sort mounts a screenful of these at once, so they stay light
 * (no component library per cell) and skip rendering when nothing of theirs changed.
 */
const BoardRowView = memo(function BoardRowView({
  row,
  color,
  start,
  size,
  index,
  format,
  t,
  countryOf,
  isCursor,
  isSelected,
  onCursor,
  onToggle,
  onShip,
}: RowViewProps) {
  const { order, deadline, handlingDays, assumedHandling } = row;
  const style: CSSProperties = { transform: `translateY(${start}px)`, height: size };
  return (
    <div
      className={classes.row}
      data-cursor={isCursor || undefined}
      style={style}
      role="row"
      aria-selected={isSelected}
      onClick={() => onCursor(index)}
      onDoubleClick={() => onShip(order)}
    >
      <input
        type="checkbox"
        className={classes.check}
        aria-label={t('logistics.board.selectOrder', { id: order.orderId })}
        checked={isSelected}
        onChange={() => onToggle(order.id)}
        tabIndex={-1}
      />
      <span className={`${classes.cell} ${classes.mono}`} role="gridcell">
        {order.orderId}
      </span>
      <span className={`${classes.cell} ${classes.truncate}`} role="gridcell">
        {buyerNameOf(order)}
      </span>
      <span
        className={`${classes.cell} ${classes.truncate}`}
        role="gridcell"
        title={countryOf(order.country)}
      >
        {countryOf(order.country)}
      </span>
      <span className={classes.cell} role="gridcell" title={t('logistics.board.handlingTitle')}>
        {t('logistics.board.handling', { count: handlingDays })}
        {assumedHandling ? '*' : ''}
      </span>
      <span
        className={classes.cell}
        role="gridcell"
        data-testid="deadline"
        data-deadline={new Date(deadline).toISOString()}
      >
        {format.format(deadline)}
      </span>
      <Countdown deadline={deadline} color={color} t={t} />
      <span className={classes.tags} role="gridcell">
        {order.parcelId && <span className={classes.tag}>{t('logistics.board.merged')}</span>}
        {order.hostingMode !== 'self-operated' && (
          <span className={`${classes.tag} ${classes.tagMode}`}>
            {t(`logistics.mode.${order.hostingMode}`)}
          </span>
        )}
      </span>
    </div>
  );
});

/** The live countdown of one row: the only part of the board that changes every second. */
function Countdown({ deadline, color, t }: { deadline: number; color: string; t: Translate }) {
  const now = useClock(1000);
  return (
    <span
      className={`${classes.cell} ${classes.countdown}`}
      style={{ color: `var(--mantine-color-${color}-text)` }}
      role="gridcell"
    >
      {countdownText(t, deadline - now)}
    </span>
  );
}
