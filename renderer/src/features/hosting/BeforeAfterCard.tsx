import { useState } from 'react';
import { Card, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';

import type { Period } from '@shared/analytics/query';
import type { Store } from '@shared/domain/types';
import { useMoney } from '../../app/useMoney';
import { db } from '../../db/db';
import { localeOf } from '../../i18n';
import { loadBeforeAfter } from './data/loadModeComparison';
import { listModeChanges } from '../../data/hosting/modeChanges';
import { ModeBadge } from './ModeBadge';
import { useT } from '../../i18n/useT';

/** A switched product's sales per mode segment, split at its switch dates (modeSegments over the history). */
export function BeforeAfterCard({ store, period }: { store: Store; period: Period }) {
  const { t, i18n } = useT();
  const money = useMoney();
  const [picked, setPicked] = useState<string | null>(null);
  const switched = useLiveQuery(async () => {
    const changes = await listModeChanges(db, store.id);
    const ids = [...new Set(changes.flatMap((c) => (c.productId ? [c.productId] : [])))];
    const products = await db.products.bulkGet(ids);
    return ids.flatMap((id, i) =>
      products[i] ? [{ value: id, label: `${products[i].code} · ${products[i].title.en ?? ''}` }] : [],
    );
  }, [store.id]);
  const productId =
    picked && switched?.some((s) => s.value === picked) ? picked : (switched?.[0]?.value ?? null);
  const data = useLiveQuery(
    () =>
      productId
        ? loadBeforeAfter(
            db,
            store,
            productId,
            period,
            { currency: money.currency, rates: money.rates },
            Date.now(),
          )
        : undefined,
    [store, productId, period.from, period.to, money.currency, money.rates],
  );
  const date = new Intl.DateTimeFormat(localeOf(i18n.language), { dateStyle: 'medium', timeStyle: 'short' });
  const now = Date.now();

  return (
    <Card withBorder data-testid="before-after">
      <Stack gap="sm">
        <Title order={4}>{t('hosting.ui.compare.beforeAfter')}</Title>
        {switched && switched.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('hosting.ui.compare.noSwitches')}
          </Text>
        ) : (
          <>
            <Select
              label={t('hosting.ui.compare.product')}
              data={switched ?? []}
              value={productId}
              onChange={setPicked}
              searchable
              allowDeselect={false}
              w={420}
              data-testid="before-after-product"
            />
            {data && (
              <>
                <Text size="xs" c="dimmed">
                  {t('hosting.ui.compare.switches', { count: data.switches })}
                </Text>
                <Table withTableBorder striped fz="sm">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('hosting.ui.compare.segment')}</Table.Th>
                      <Table.Th>{t('hosting.ui.table.mode')}</Table.Th>
                      <Table.Th ta="right">{t('hosting.ui.compare.days')}</Table.Th>
                      <Table.Th ta="right">{t('hosting.ui.compare.units')}</Table.Th>
                      <Table.Th ta="right">{t('hosting.ui.compare.unitsPerDay')}</Table.Th>
                      <Table.Th ta="right">{t('hosting.ui.compare.gmvPerDay')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.segments.map((s) => (
                      <Table.Tr key={s.start} data-testid="before-after-segment" data-mode={s.mode}>
                        <Table.Td>
                          {date.format(s.start)} –{' '}
                          {s.end >= now ? t('hosting.ui.compare.until') : date.format(s.end)}
                        </Table.Td>
                        <Table.Td>
                          <ModeBadge mode={s.mode} size="xs" />
                        </Table.Td>
                        <Table.Td ta="right">
                          {s.days < 1 ? t('hosting.ui.compare.tooShort') : s.days}
                        </Table.Td>
                        <Table.Td ta="right">{s.units}</Table.Td>
                        <Table.Td ta="right">{s.unitsPerDay ?? '—'}</Table.Td>
                        <Table.Td ta="right">
                          {s.gmvPerDay === null ? '—' : money.formatDisplay(s.gmvPerDay)}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </>
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}
