import { memo, useMemo, useState } from 'react';
import { Alert, Badge, Button, FileButton, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import Dexie from 'dexie';
import { useT } from '../../i18n/useT';
import type { ClosureCalendar } from '@shared/calendar/closures';
import { declareShipmentRows, readDeclareFile } from '@shared/logistics/declare';
import { PARCEL_STATUSES, type ParcelRecord, type ParcelStatus } from '@shared/logistics/records';
import type { TableProblem } from '@shared/logistics/tableRecords';
import { missingFirstScan, readTrackingExport } from '@shared/logistics/trackingExport';
import { encodeCsv } from '@shared/util/csv';
import { saveBytes } from '../../components/saveFile';
import { applyDeclareRows, shippedOrdersWithParcels } from '../../data/declareShipments';
import { applyTrackingUpdates } from '../../data/trackingUpdates';
import { db } from '../../db/db';
import { dateTimeFormat, moneyText } from './format';

const STATUS_COLOR: Record<ParcelStatus, string> = {
  packing: 'gray',
  'in-transit': 'blue',
  delivered: 'green',
  exception: 'red',
  expired: 'orange',
};
const PERIODS = ['7', '30', '90', 'all'] as const;
const SHOWN = 300;
const DAY = 86_400_000;

interface Props {
  storeId: string;
  storeIds: readonly string[];
  calendar: ClosureCalendar;
  /** The current time rounded down to the minute. */
  now: number;
}

interface ImportOutcome {
  title: string;
  errors: TableProblem[];
}

/** Shipped parcels: the seller centre's declare-shipment file both ways, tracking imports, first-scan warnings. */
export const ParcelsPanel = memo(function ParcelsPanel({ storeId, storeIds, calendar, now }: Props) {
  const { t, i18n } = useT();
  const [period, setPeriod] = useState<(typeof PERIODS)[number]>('7');
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const key = storeIds.join('|');
  const parcels = useLiveQuery(
    async () =>
      (
        await Promise.all(
          storeIds.map((id) =>
            db.parcels
              .where('[storeId+declaredAt]')
              .between([id, Dexie.minKey], [id, Dexie.maxKey])
              .toArray(),
          ),
        )
      )
        .flat()
        .filter((p) => !p.deletedAt),
    [key],
  );
  // `now` moves by the minute (the page rounds it): the warning changes by the hour at most.
  const minute = now;
  const { list, unscanned, counts } = useMemo(() => {
    const all = parcels ?? [];
    const late = new Set(all.filter((p) => missingFirstScan(p, calendar, minute)).map((p) => p.id));
    const perStatus = Object.fromEntries(PARCEL_STATUSES.map((s) => [s, 0])) as Record<ParcelStatus, number>;
    for (const p of all) perStatus[p.status] += 1;
    const sorted = [...all].sort(
      (a, b) => Number(late.has(b.id)) - Number(late.has(a.id)) || (b.declaredAt ?? 0) - (a.declaredAt ?? 0),
    );
    return { list: sorted, unscanned: all.filter((p) => late.has(p.id)), counts: perStatus };
  }, [parcels, calendar, minute]);
  const late = useMemo(() => new Set(unscanned.map((p) => p.id)), [unscanned]);
  const format = dateTimeFormat(i18n.language);

  const problemText = (p: TableProblem) => {
    const where = p.row === null ? p.file : t('logistics.parcels.rowLabel', { row: p.row });
    const known = i18n.exists(`logistics.parcels.problem.${p.code}`);
    return `${where}${p.column ? ` [${p.column}]` : ''}: ${
      known ? t(`logistics.parcels.problem.${p.code}`, { column: p.column ?? '' }) : p.message
    }`;
  };

  const exportDeclare = async () => {
    const { orders, parcels: byId } = await shippedOrdersWithParcels(db, storeId);
    const since = period === 'all' ? -Infinity : Date.now() - Number(period) * DAY;
    const chosen = orders.filter((o) => (o.shippedAt ?? 0) >= since);
    if (chosen.length === 0) {
      setOutcome({ title: t('logistics.parcels.exportNone'), errors: [] });
      return;
    }
    await saveBytes(
      `declare-shipment-${new Date().toISOString().slice(0, 10)}.csv`,
      encodeCsv(declareShipmentRows(chosen, byId)),
      'text/csv',
    );
  };

  const importDeclare = async (file: File | null) => {
    if (!file) return;
    setBusy(true);
    try {
      const read = await readDeclareFile(new Uint8Array(await file.arrayBuffer()), file.name);
      const result = await applyDeclareRows(db, storeId, file.name, read.rows, Date.now());
      setOutcome({
        title: t('logistics.parcels.declareResult', {
          file: file.name,
          shipped: result.shipped,
          unchanged: result.unchanged,
        }),
        errors: [...read.errors, ...result.errors].sort((a, b) => (a.row ?? 0) - (b.row ?? 0)),
      });
    } finally {
      setBusy(false);
    }
  };

  const importTracking = async (file: File | null) => {
    if (!file) return;
    setBusy(true);
    try {
      const read = await readTrackingExport(new Uint8Array(await file.arrayBuffer()), file.name);
      const result = await applyTrackingUpdates(db, storeIds, file.name, read.updates, Date.now());
      setOutcome({
        title: t('logistics.parcels.trackingResult', {
          file: file.name,
          updated: result.updated,
          unchanged: result.unchanged,
        }),
        errors: [...read.errors, ...result.errors].sort((a, b) => (a.row ?? 0) - (b.row ?? 0)),
      });
    } finally {
      setBusy(false);
    }
  };

  const orderNumbers = (p: ParcelRecord) => p.orderIds.map((id) => id.split(':').pop() ?? id).join(', ');
  const when = (ms: number | undefined) => (ms === undefined ? '—' : format.format(ms));

  return (
    <Stack gap="md">
      <Group align="flex-start" grow wrap="wrap">
        <Stack gap={6}>
          <Title order={4}>{t('logistics.parcels.declareTitle')}</Title>
          <Text size="sm" c="dimmed">
            {t('logistics.parcels.declareHint')}
          </Text>
          <Group gap="xs" align="flex-end">
            <Select
              label={t('logistics.parcels.period')}
              data={PERIODS.map((p) => ({
                value: p,
                label:
                  p === 'all'
                    ? t('logistics.parcels.periodAll')
                    : t('logistics.parcels.periodDays', { count: Number(p) }),
              }))}
              value={period}
              onChange={(value) => value && setPeriod(value as (typeof PERIODS)[number])}
              allowDeselect={false}
              w={160}
            />
            <Button onClick={() => void exportDeclare()}>{t('logistics.parcels.export')}</Button>
            <FileButton onChange={(file) => void importDeclare(file)} accept=".csv,.tsv,.txt,.xlsx">
              {(props) => (
                <Button {...props} variant="light" loading={busy}>
                  {t('logistics.parcels.importDeclare')}
                </Button>
              )}
            </FileButton>
          </Group>
        </Stack>
        <Stack gap={6}>
          <Title order={4}>{t('logistics.parcels.trackingTitle')}</Title>
          <Text size="sm" c="dimmed">
            {t('logistics.parcels.trackingHint')}
          </Text>
          <Group>
            <FileButton onChange={(file) => void importTracking(file)} accept=".csv,.tsv,.txt,.xlsx">
              {(props) => (
                <Button {...props} variant="light" loading={busy}>
                  {t('logistics.parcels.importTracking')}
                </Button>
              )}
            </FileButton>
          </Group>
        </Stack>
      </Group>
      {outcome && (
        <Alert
          color={outcome.errors.length > 0 ? 'orange' : 'green'}
          title={outcome.title}
          withCloseButton
          onClose={() => setOutcome(null)}
        >
          <Stack gap={2}>
            {outcome.errors.slice(0, 50).map((p, i) => (
              <Text key={i} size="sm" title={p.message}>
                {problemText(p)}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
      {unscanned.length > 0 && (
        <Alert color="yellow" title={t('logistics.parcels.noScanTitle', { count: unscanned.length })}>
          <Text size="sm">{t('logistics.parcels.noScan')}</Text>
          <Text size="sm" ff="monospace" mt={4}>
            {unscanned
              .slice(0, 20)
              .map((p) => p.trackingNumber)
              .join(', ')}
          </Text>
        </Alert>
      )}
      <Group gap="xs" aria-label={t('logistics.parcels.status')}>
        {PARCEL_STATUSES.filter((s) => s !== 'packing').map((status) => (
          <Badge key={status} color={STATUS_COLOR[status]} variant="light" size="lg">
            {t(`logistics.parcels.statusName.${status}`)}: {counts[status]}
          </Badge>
        ))}
      </Group>
      {list.length === 0 ? (
        <Text c="dimmed">{t('logistics.parcels.none')}</Text>
      ) : (
        <>
          {list.length > SHOWN && (
            <Text size="xs" c="dimmed">
              {t('logistics.parcels.shown', { shown: SHOWN, count: list.length })}
            </Text>
          )}
          <Table striped aria-label={t('logistics.tab.parcels')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('logistics.parcels.orders')}</Table.Th>
                <Table.Th>{t('logistics.parcels.service')}</Table.Th>
                <Table.Th>{t('logistics.parcels.tracking')}</Table.Th>
                <Table.Th>{t('logistics.parcels.declared')}</Table.Th>
                <Table.Th>{t('logistics.parcels.status')}</Table.Th>
                <Table.Th>{t('logistics.parcels.firstScan')}</Table.Th>
                <Table.Th>{t('logistics.parcels.lastEvent')}</Table.Th>
                <Table.Th>{t('logistics.parcels.cost')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.slice(0, SHOWN).map((p) => (
                <Table.Tr key={p.id} data-testid="parcel-row">
                  <Table.Td ff="monospace">{orderNumbers(p)}</Table.Td>
                  <Table.Td>{[p.carrierName, p.service].filter(Boolean).join(' · ') || '—'}</Table.Td>
                  <Table.Td ff="monospace">{p.trackingNumber}</Table.Td>
                  <Table.Td>{when(p.declaredAt)}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      <Badge color={STATUS_COLOR[p.status]} variant="light" data-testid="parcel-status">
                        {t(`logistics.parcels.statusName.${p.status}`)}
                      </Badge>
                      {late.has(p.id) && (
                        <Badge color="yellow" data-testid="no-scan">
                          {t('logistics.parcels.noScanBadge')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{when(p.firstScanAt)}</Table.Td>
                  <Table.Td>
                    {p.lastEvent ?? ''} {p.lastEventAt !== undefined ? `(${when(p.lastEventAt)})` : ''}
                  </Table.Td>
                  <Table.Td>
                    {p.costHundredths !== undefined && p.costCurrency
                      ? moneyText(p.costHundredths, p.costCurrency, i18n.language)
                      : '—'}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
});
