import { useMemo, useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  FileButton,
  Group,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useT } from '../../i18n/useT';
import { quoteParcel } from '@shared/logistics/quote';
import { RATE_CSV_COLUMNS, readRateTable } from '@shared/logistics/rates';
import type { TableProblem } from '@shared/logistics/tableRecords';
import { DEVICE } from '../../data/shipping';
import { db } from '../../db/db';
import { moneyText } from './format';
import type { RateSources } from './hooks/useRates';
import { PlatformRules } from './PlatformRules';

const KNOWN_PROBLEMS = new Set([
  'required',
  'notNumber',
  'notBoolean',
  'badCountries',
  'badCurrency',
  'bothPricings',
  'stepMissing',
  'noPricing',
  'maxBelowMin',
  'missingColumn',
]);

export function RateTables({ sources }: { sources: RateSources }) {
  const { t, i18n } = useT();
  const [problems, setProblems] = useState<{ file: string; list: TableProblem[]; imported: number } | null>(
    null,
  );
  const [country, setCountry] = useState<string | null>('US');
  const [weight, setWeight] = useState<number>(300);
  const [value, setValue] = useState<number>(10);
  const [size, setSize] = useState('');

  const importFile = async (file: File | null) => {
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    const read = await readRateTable(bytes, file.name);
    if (read.rates.length > 0) {
      const now = Date.now();
      await db.rateTables.put({
        id: crypto.randomUUID(),
        name: file.name.replace(/\.[^.]+$/u, ''),
        fileName: file.name,
        importedAt: now,
        rows: read.rates,
        updatedAt: now,
        updatedBy: DEVICE,
      });
    }
    setProblems({ file: file.name, list: read.errors, imported: read.rates.length });
  };

  const countries = useMemo(() => {
    const set = new Set<string>(['US']);
    for (const row of sources.rows) if (row.countries !== '*') for (const c of row.countries) set.add(c);
    return [...set].sort();
  }, [sources.rows]);
  const dims = size.split(/[x×*, ]+/u).map(Number);
  const sizeCm =
    dims.length === 3 && dims.every((d) => d > 0)
      ? { length: dims[0] ?? 0, width: dims[1] ?? 0, height: dims[2] ?? 0 }
      : undefined;
  const quote = country
    ? quoteParcel(
        {
          id: 'preview',
          country,
          weightG: weight || 1,
          ...(sizeCm ? { sizeCm } : {}),
          orderValue: { amount: Math.round(value * 100), currency: 'USD' },
        },
        sources.rows,
        sources.quoteContext,
      )
    : null;

  const problemText = (p: TableProblem) =>
    KNOWN_PROBLEMS.has(p.code)
      ? t(`logistics.rates.problem.${p.code}`, { column: p.column ?? '', row: p.row ?? '' })
      : p.message;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={4}>{t('logistics.rates.sources')}</Title>
          {sources.demoRowCount > 0 && (
            <Text size="sm">{t('logistics.rates.demo', { count: sources.demoRowCount })}</Text>
          )}
          {sources.tables.map((table) => (
            <Group key={table.id} gap="xs">
              <Text size="sm">
                {t('logistics.rates.table', { name: table.name, count: table.rows.length })}
              </Text>
              <Button
                size="compact-xs"
                variant="subtle"
                color="red"
                onClick={() =>
                  void db.rateTables.put({
                    ...table,
                    deletedAt: Date.now(),
                    updatedAt: Date.now(),
                    updatedBy: DEVICE,
                  })
                }
              >
                {t('logistics.rates.remove')}
              </Button>
            </Group>
          ))}
          {sources.rows.length === 0 && <Text c="dimmed">{t('logistics.rates.none')}</Text>}
        </Stack>
        <FileButton onChange={(file) => void importFile(file)} accept=".csv,.tsv,.txt,.xlsx">
          {(props) => <Button {...props}>{t('logistics.rates.import')}</Button>}
        </FileButton>
      </Group>
      <Text size="xs" c="dimmed">
        {t('logistics.rates.format')}{' '}
        {/* One long word: let it wrap, or it runs out of the screen at 1280 px. */}
        <code style={{ overflowWrap: 'anywhere' }}>{RATE_CSV_COLUMNS.join(',')}</code>
      </Text>
      {problems && (
        <Alert
          color={problems.list.length > 0 ? 'orange' : 'green'}
          title={t('logistics.rates.imported', { file: problems.file, count: problems.imported })}
        >
          <Stack gap={2}>
            {problems.list.slice(0, 50).map((p, i) => (
              <Text key={i} size="sm">
                {p.row === null ? problems.file : t('logistics.rates.rowLabel', { row: p.row })}
                {p.column ? ` [${p.column}]` : ''}: {problemText(p)}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
      <Title order={4}>{t('logistics.quote.title')}</Title>
      <Group align="flex-end" gap="xs">
        <Select
          label={t('logistics.quote.country')}
          data={countries}
          value={country}
          onChange={setCountry}
          searchable
          w={110}
        />
        <NumberInput
          label={t('logistics.quote.weight')}
          value={weight}
          onChange={(v) => setWeight(Number(v) || 0)}
          min={1}
          w={130}
        />
        <TextInput
          label={t('logistics.quote.size')}
          placeholder="30x20x10"
          value={size}
          onChange={(e) => setSize(e.currentTarget.value)}
          w={140}
        />
        <NumberInput
          label={t('logistics.quote.value')}
          value={value}
          onChange={(v) => setValue(Number(v) || 0)}
          min={0}
          decimalScale={2}
          w={130}
        />
      </Group>
      {quote && quote.options.length === 0 && <Text c="dimmed">{t('logistics.quote.noOptions')}</Text>}
      {quote && quote.options.length > 0 && (
        <Table striped aria-label={t('logistics.quote.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('logistics.quote.service')}</Table.Th>
              <Table.Th>{t('logistics.quote.cost')}</Table.Th>
              <Table.Th>{t('logistics.quote.chargeable')}</Table.Th>
              <Table.Th>{t('logistics.quote.daysHeader')}</Table.Th>
              <Table.Th>{t('logistics.quote.tracked')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {quote.options.map((o) => {
              const cheapest = quote.options[0] === o;
              const fastest =
                quote.fastest === o.service && quote.options.find((x) => x.service === quote.fastest) === o;
              return (
                <Table.Tr key={`${o.carrier}|${o.service}`}>
                  <Table.Td>
                    {o.carrier} · {o.service}{' '}
                    {cheapest && (
                      <Badge color="green" size="sm" data-testid="cheapest">
                        {t('logistics.quote.cheapest')}
                      </Badge>
                    )}{' '}
                    {fastest && (
                      <Badge color="blue" size="sm" data-testid="fastest">
                        {t('logistics.quote.fastest')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{moneyText(o.costHundredths, o.currency, i18n.language)}</Table.Td>
                  <Table.Td>{o.chargeableWeightG} g</Table.Td>
                  <Table.Td>{t('logistics.quote.days', { min: o.daysMin, max: o.daysMax })}</Table.Td>
                  <Table.Td>{o.tracked ? t('logistics.yes') : t('logistics.no')}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {quote && quote.withheld.length > 0 && (
        <Text size="sm" c="dimmed">
          {t('logistics.quote.withheld', {
            services: quote.withheld.map((w) => `${w.carrier} ${w.service}`).join(', '),
          })}
        </Text>
      )}
      <PlatformRules rules={sources.rules} />
    </Stack>
  );
}
