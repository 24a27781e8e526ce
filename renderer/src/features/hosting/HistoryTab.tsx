import { Card, Group, Table, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';

import type { Store } from '@shared/domain/types';
import { db } from '../../db/db';
import { localeOf } from '../../i18n';
import { listModeChanges } from '../../data/hosting/modeChanges';
import { ModeBadge } from './ModeBadge';
import { useT } from '../../i18n/useT';

/** Every switch of the store, newest first: when, what (store default or product), from → to, who and from where. */
export function HistoryTab({ store }: { store: Store }) {
  const { t, i18n } = useT();
  const data = useLiveQuery(async () => {
    const changes = await listModeChanges(db, store.id);
    const ids = [...new Set(changes.flatMap((c) => (c.productId ? [c.productId] : [])))];
    const products = new Map(
      (await db.products.bulkGet(ids)).flatMap((p) => (p ? [[p.id, p] as const] : [])),
    );
    return { changes, products };
  }, [store.id]);
  const date = new Intl.DateTimeFormat(localeOf(i18n.language), { dateStyle: 'medium', timeStyle: 'short' });
  if (!data) return null;
  if (data.changes.length === 0) return <Text c="dimmed">{t('hosting.ui.history.empty')}</Text>;
  return (
    <Card withBorder>
      <Table.ScrollContainer minWidth={760}>
        <Table striped fz="sm" data-testid="mode-history">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('hosting.ui.history.when')}</Table.Th>
              <Table.Th>{t('hosting.ui.history.what')}</Table.Th>
              <Table.Th>{t('hosting.ui.history.change')}</Table.Th>
              <Table.Th>{t('hosting.ui.history.who')}</Table.Th>
              <Table.Th>{t('hosting.ui.history.via')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.changes.map((c) => {
              const product = c.productId ? data.products.get(c.productId) : undefined;
              const what = !c.productId
                ? t('hosting.ui.history.followers', { count: c.followers ?? 0 })
                : product
                  ? `${product.code} · ${product.title.en ?? ''}`
                  : t('hosting.ui.history.deleted');
              return (
                <Table.Tr key={c.id} data-testid="history-row">
                  <Table.Td>{date.format(c.at)}</Table.Td>
                  <Table.Td>{what}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <ModeBadge mode={c.from} size="xs" />
                      <Text size="xs">→</Text>
                      <ModeBadge mode={c.to} size="xs" />
                    </Group>
                  </Table.Td>
                  <Table.Td>{c.by ?? t('hosting.ui.history.you')}</Table.Td>
                  <Table.Td>{c.via ? t(`hosting.ui.history.source.${c.via}`) : '—'}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
