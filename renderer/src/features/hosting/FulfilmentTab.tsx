import { useState } from 'react';
import { Badge, Button, Card, Stack, Table, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';

import type { Store } from '@shared/domain/types';
import { useMoney } from '../../app/useMoney';
import { db } from '../../db/db';
import { localeOf } from '../../i18n';
import { FULFILMENT_PAGE, inboundShipments, inboundState, parcelsToShip } from './data/fulfilmentQueries';
import { ModeBadge } from './ModeBadge';
import { useT } from '../../i18n/useT';
import { countryLabel } from '../../i18n/countries';

/** What leaves the merchant's hands, by mode: buyer parcels (self/semi) and inbound stock to the platform warehouse (fully). */
export function FulfilmentTab({ store }: { store: Store }) {
  const { t, i18n } = useT();
  const money = useMoney();
  const [parcelLimit, setParcelLimit] = useState(FULFILMENT_PAGE);
  const [inboundLimit, setInboundLimit] = useState(FULFILMENT_PAGE);
  const parcels = useLiveQuery(() => parcelsToShip(db, store.id, parcelLimit), [store.id, parcelLimit]);
  const inbound = useLiveQuery(() => inboundShipments(db, store.id, inboundLimit), [store.id, inboundLimit]);
  const date = new Intl.DateTimeFormat(localeOf(i18n.language), { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <Stack gap="md">
      <Card withBorder data-testid="fulfilment-parcels">
        <Stack gap="sm">
          <Title order={4}>{t('hosting.ui.fulfilment.parcelsTitle')}</Title>
          <Text size="sm" c="dimmed">
            {t('hosting.ui.fulfilment.parcelsHelp')}
          </Text>
          {parcels && parcels.length === 0 ? (
            <Text size="sm">{t('hosting.ui.fulfilment.emptyParcels')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={760} mah={420}>
              <Table striped fz="sm" stickyHeader>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('hosting.ui.fulfilment.order')}</Table.Th>
                    <Table.Th>{t('hosting.ui.fulfilment.placed')}</Table.Th>
                    <Table.Th>{t('hosting.ui.fulfilment.country')}</Table.Th>
                    <Table.Th ta="right">{t('hosting.ui.fulfilment.items')}</Table.Th>
                    <Table.Th ta="right">{t('hosting.ui.fulfilment.amount')}</Table.Th>
                    <Table.Th>{t('hosting.ui.fulfilment.mode')}</Table.Th>
                    <Table.Th>{t('hosting.ui.fulfilment.todo')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {(parcels ?? []).map((o) => (
                    <Table.Tr key={o.id} data-testid="parcel-row">
                      <Table.Td ff="monospace">{o.orderId}</Table.Td>
                      <Table.Td>{date.format(o.placedAt)}</Table.Td>
                      <Table.Td>{countryLabel(o.country, i18n.language)}</Table.Td>
                      <Table.Td ta="right">{o.itemCount}</Table.Td>
                      <Table.Td ta="right">{money.format(o.amount, o.currency)}</Table.Td>
                      <Table.Td>
                        <ModeBadge mode={o.hostingMode} size="xs" />
                      </Table.Td>
                      <Table.Td>
                        {o.hostingMode === 'semi-managed'
                          ? t('hosting.ui.fulfilment.todoSemi')
                          : t('hosting.ui.fulfilment.todoSelf')}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {parcels && parcels.length === parcelLimit && (
            <Button variant="subtle" size="xs" onClick={() => setParcelLimit(parcelLimit + FULFILMENT_PAGE)}>
              {t('hosting.ui.fulfilment.more')}
            </Button>
          )}
        </Stack>
      </Card>
      <Card withBorder data-testid="fulfilment-inbound">
        <Stack gap="sm">
          <Title order={4}>{t('hosting.ui.fulfilment.inboundTitle')}</Title>
          <Text size="sm" c="dimmed">
            {t('hosting.ui.fulfilment.inboundHelp')}
          </Text>
          {inbound && inbound.length === 0 ? (
            <Text size="sm">{t('hosting.ui.fulfilment.emptyInbound')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={760} mah={420}>
              <Table striped fz="sm" stickyHeader>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('hosting.ui.fulfilment.tracking')}</Table.Th>
                    <Table.Th>{t('hosting.ui.fulfilment.carrier')}</Table.Th>
                    <Table.Th>{t('hosting.ui.fulfilment.created')}</Table.Th>
                    <Table.Th>{t('hosting.ui.fulfilment.state')}</Table.Th>
                    <Table.Th ta="right">{t('hosting.ui.fulfilment.cost')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {(inbound ?? []).map((s) => {
                    const state = inboundState(s);
                    return (
                      <Table.Tr key={s.id} data-testid="inbound-row">
                        <Table.Td ff="monospace">{s.trackingNumber}</Table.Td>
                        <Table.Td>{s.carrier}</Table.Td>
                        <Table.Td>{date.format(s.createdAt)}</Table.Td>
                        <Table.Td>
                          <Badge
                            size="xs"
                            variant="light"
                            color={state === 'received' ? 'teal' : state === 'in-transit' ? 'blue' : 'gray'}
                          >
                            {t(`hosting.ui.fulfilment.stateNames.${state}`)}
                          </Badge>
                        </Table.Td>
                        <Table.Td ta="right">{money.format(s.cost.amount, s.cost.currency)}</Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {inbound && inbound.length === inboundLimit && (
            <Button
              variant="subtle"
              size="xs"
              onClick={() => setInboundLimit(inboundLimit + FULFILMENT_PAGE)}
            >
              {t('hosting.ui.fulfilment.more')}
            </Button>
          )}
        </Stack>
      </Card>
    </Stack>
  );
}
