import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Badge, Button, Group, Menu, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconSearch } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useLocation, useNavigate, useSearchParams } from 'react-router';

import { ORDER_STATUSES, type Order, type OrderStatus } from '@shared/domain/types';
import { useWorkstation } from '../../app/WorkstationContext';
import { useMoney } from '../../app/useMoney';
import { VirtualTable, type Column } from '../../components/VirtualTable';
import { db } from '../../db/db';
import { countryOptions, fetchOrdersPage, productOptions, type OrderFilter } from './orderQueries';
import { DayInput } from '../../components/DayInput';
import { rangeBounds } from './dateRange';
import { exportOrders } from './exportOrders';
import { statusColor } from './statusColor';
import { useT } from '../../i18n/useT';
import { AfterPaint, InputStandIn } from '../../components/AfterPaint';
import { countryLabel } from '../../i18n/countries';
import { buyerNameOf } from './orderDetail';
import type { OrderDetailState } from './OrderDetail.page';

const PAGE = 200;
/** The first read of a filter: a screenful and some, so the list shows fast; the next pages follow as it scrolls. */
const FIRST_PAGE = 50;

export function OrdersPage() {
  const { t, i18n } = useT();
  const { activeStore } = useWorkstation();
  const money = useMoney();
  const navigate = useNavigate();
  const location = useLocation();
  // The filters live in the URL, so coming back from an order shows the list as it was.
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') as OrderStatus | null) ?? undefined;
  const fromDay = params.get('from');
  const toDay = params.get('to');
  const country = params.get('country') ?? undefined;
  const productId = params.get('product') ?? undefined;
  const [search, setSearch] = useState(() => params.get('q') ?? '');
  const [debouncedSearch] = useDebouncedValue(search, 200);
  // The router's functional update starts from the params of the last render, so two filters set before a
  // re-render (both dates typed quickly) would keep only the second: each change starts from the latest one.
  const latestParams = useRef(params);
  useEffect(() => {
    latestParams.current = params;
  }, [params]);
  const setParam = useCallback(
    (key: string, value: string | undefined) => {
      const next = new URLSearchParams(latestParams.current);
      if (value) next.set(key, value);
      else next.delete(key);
      latestParams.current = next;
      setParams(next, { replace: true });
    },
    [setParams],
  );
  useEffect(() => {
    if ((params.get('q') ?? '') !== debouncedSearch) setParam('q', debouncedSearch || undefined);
  }, [debouncedSearch, params, setParam]);
  const openOrder = (o: Order) =>
    void navigate(`/orders/${encodeURIComponent(o.id)}`, {
      state: { listSearch: location.search } satisfies OrderDetailState,
    });
  const [rows, setRows] = useState<Order[]>([]);
  const [exhausted, setExhausted] = useState(false);
  const loading = useRef(false);
  const storeId = activeStore?.id;

  const filter = useMemo((): OrderFilter | undefined => {
    if (!storeId) return undefined;
    const out: OrderFilter = { storeId, ...rangeBounds(fromDay, toDay) };
    if (status) out.status = status;
    if (debouncedSearch) out.search = debouncedSearch;
    if (country) out.country = country;
    if (productId) out.productId = productId;
    return out;
  }, [storeId, status, debouncedSearch, fromDay, toDay, country, productId]);
  const filterKey = JSON.stringify(filter ?? null);
  const countries = useLiveQuery(() => (storeId ? countryOptions(db, storeId) : []), [storeId]) ?? [];
  const products = useLiveQuery(() => (storeId ? productOptions(db, storeId) : []), [storeId]) ?? [];
  const [exporting, setExporting] = useState(false);

  // Each read carries a number: a new filter starts a read at once, and an older read that ends later is dropped,
  // so typing two dates quickly never leaves the list showing the first date's result.
  const latestRead = useRef(0);
  const loadMore = useCallback(
    async (reset: boolean) => {
      if (!filter || (!reset && (loading.current || exhausted))) return;
      const read = ++latestRead.current;
      loading.current = true;
      try {
        const before = reset ? undefined : rows.at(-1)?.placedAt;
        // A search or a product is read whole (up to a page) at once: it has no next page.
        const limit = reset && !filter.search && !filter.productId ? FIRST_PAGE : PAGE;
        const page = await fetchOrdersPage(db, filter, before, limit);
        if (read !== latestRead.current) return;
        setRows((previous) => (reset ? page : [...previous, ...page]));
        setExhausted(page.length < limit || Boolean(filter.search) || Boolean(filter.productId));
      } finally {
        if (read === latestRead.current) loading.current = false;
      }
    },
    [filter, rows, exhausted],
  );

  useEffect(() => {
    void loadMore(true);
    // A new filter starts from the top; loadMore itself changes with every page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [filterKey]);

  const runExport = async (kind: 'csv' | 'xlsx') => {
    if (!filter) return;
    setExporting(true);
    try {
      const { count, file } = await exportOrders(db, filter, kind, t);
      notifications.show({ color: 'teal', message: t('orderView.export.done', { count, file }) });
    } catch (error) {
      notifications.show({
        color: 'red',
        message: t('orderView.export.failed', {
          message: error instanceof Error ? error.message : String(error),
        }),
      });
    } finally {
      setExporting(false);
    }
  };
  const anyFilter = Boolean(status || fromDay || toDay || country || productId || search);
  const clearFilters = () => {
    setSearch('');
    setParams(new URLSearchParams(), { replace: true });
  };
  const dateInput = (key: 'from' | 'to', label: string, value: string | null) => (
    <DayInput
      label={label}
      aria-label={label}
      placeholder={t('orderView.filter.datesPlaceholder')}
      value={value}
      onChange={(v) => setParam(key, v ?? undefined)}
      clearable
      w={150}
      data-testid={`orders-${key}`}
    />
  );

  const dateFormat = new Intl.DateTimeFormat(i18n.language === 'zh' ? 'zh-CN' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const columns: Column<Order>[] = [
    {
      key: 'placedAt',
      header: t('orders.placedAt'),
      width: '150px',
      render: (o) => dateFormat.format(o.placedAt),
    },
    {
      key: 'orderId',
      header: t('orders.orderId'),
      width: '140px',
      render: (o) => (
        <Text ff="monospace" size="sm">
          {o.orderId}
        </Text>
      ),
    },
    {
      key: 'buyer',
      header: t('orders.buyer'),
      width: 'minmax(120px, 1fr)',
      // An imported order may carry no buyer name: a dash, never the internal buyer id.
      render: buyerNameOf,
    },
    {
      key: 'country',
      header: t('orders.country'),
      width: '130px',
      render: (o) => countryLabel(o.country, i18n.language),
    },
    { key: 'items', header: t('orders.items'), width: '56px', align: 'right', render: (o) => o.itemCount },
    {
      key: 'amount',
      header: t('orders.amount'),
      width: '110px',
      align: 'right',
      render: (o) => money.format(o.amount, o.currency),
    },
    {
      key: 'status',
      header: t('orders.status'),
      width: '140px',
      render: (o) => (
        <Badge variant="light" color={statusColor(o.status)} size="sm">
          {t(`orderStatus.${o.status}`)}
        </Badge>
      ),
    },
    { key: 'carrier', header: t('orders.carrier'), width: '100px', render: (o) => o.carrier ?? '—' },
    {
      key: 'tracking',
      header: t('orders.tracking'),
      width: '150px',
      render: (o) => (
        <Text ff="monospace" size="xs">
          {o.trackingNumber ?? '—'}
        </Text>
      ),
    },
    {
      key: 'mode',
      header: t('orders.mode'),
      width: '120px',
      render: (o) => t(`hostingMode.${o.hostingMode}`),
    },
  ];

  return (
    <Stack gap="md">
      <Title order={2}>{t('orders.title')}</Title>
      <Group align="flex-end">
        <TextInput
          leftSection={<IconSearch size={16} />}
          placeholder={t('orders.search')}
          aria-label={t('orders.search')}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={320}
        />
        <AfterPaint
          fallback={
            <InputStandIn
              size="sm"
              w={200}
              placeholder={t('orders.allStatuses')}
              value={status ? t(`orderStatus.${status}`) : ''}
            />
          }
        >
          <Select
            aria-label={t('orders.status')}
            placeholder={t('orders.allStatuses')}
            data={ORDER_STATUSES.map((s) => ({ value: s, label: t(`orderStatus.${s}`) }))}
            value={status ?? null}
            onChange={(v) => setParam('status', v ?? undefined)}
            clearable
            w={200}
          />
        </AfterPaint>
        {dateInput('from', t('orderView.filter.from'), fromDay)}
        {dateInput('to', t('orderView.filter.to'), toDay)}
        <AfterPaint
          fallback={
            <InputStandIn
              size="sm"
              w={190}
              placeholder={t('orderView.filter.anyCountry')}
              value={country ? countryLabel(country, i18n.language) : ''}
            />
          }
        >
          <Select
            aria-label={t('orderView.filter.country')}
            placeholder={t('orderView.filter.anyCountry')}
            data={countries.map((c) => ({ value: c, label: countryLabel(c, i18n.language) }))}
            value={country ?? null}
            onChange={(v) => setParam('country', v ?? undefined)}
            clearable
            searchable
            w={190}
            data-testid="orders-country"
          />
        </AfterPaint>
        <AfterPaint
          fallback={
            <InputStandIn
              size="sm"
              w={240}
              placeholder={t('orderView.filter.anyProduct')}
              value={products.find((p) => p.value === productId)?.label ?? ''}
            />
          }
        >
          <Select
            aria-label={t('orderView.filter.product')}
            placeholder={t('orderView.filter.anyProduct')}
            nothingFoundMessage={t('orderView.filter.productHint')}
            data={products}
            value={productId ?? null}
            onChange={(v) => setParam('product', v ?? undefined)}
            clearable
            searchable
            limit={50}
            w={240}
            data-testid="orders-product"
          />
        </AfterPaint>
        {anyFilter && (
          <Button variant="subtle" onClick={clearFilters}>
            {t('orderView.filter.clear')}
          </Button>
        )}
        <Menu position="bottom-end">
          <Menu.Target>
            <Button
              variant="default"
              leftSection={<IconDownload size={16} />}
              loading={exporting}
              data-testid="orders-export"
            >
              {t('orderView.export.button')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item onClick={() => void runExport('csv')}>{t('orderView.export.csv')}</Menu.Item>
            <Menu.Item onClick={() => void runExport('xlsx')}>{t('orderView.export.xlsx')}</Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
      <VirtualTable
        label={t('orders.title')}
        rows={rows}
        columns={columns}
        rowKey={(o) => o.id}
        onRowOpen={openOrder}
        height="calc(100vh - 260px)"
        onEndReached={() => void loadMore(false)}
        emptyText={t('orders.empty')}
        footer={
          exhausted
            ? t('orders.count', { count: rows.length })
            : t('orders.loadingMore', { count: rows.length })
        }
      />
    </Stack>
  );
}
