import { useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Card,
  FileButton,
  Group,
  List,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { IconFileImport } from '@tabler/icons-react';
import { useT } from '../../i18n/useT';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { parseTrendFile, type TrendImportResult } from '@shared/market/trendImport';
import { dayStartMs } from '@shared/util/days';
import { db } from '../../db/db';
import { localeOf } from '../../i18n';
import {
  metricOfPoint,
  seriesPoints,
  trendImports,
  undoTrendImport,
  writeTrendImport,
} from './data/trendData';
import { thin } from './format';
import { useTrendSummaries } from './useTrendSummaries';

const percent = (value: number | null) =>
  value === null ? '—' : `${value >= 0 ? '+' : ''}${Math.round(value * 100)}%`;
const COLOURS = ['blue', 'orange', 'teal', 'grape', 'red', 'lime'];

/** Trend imports, every series with rising figures and an explained opportunity score, and one series' chart. */
export function TrendsTab({ now }: { now(): number }) {
  const { t, i18n } = useT();
  const locale = localeOf(i18n.language);
  const [version, setVersion] = useState(0);
  const [last, setLast] = useState<TrendImportResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  const summaries = useTrendSummaries(version);
  const imports = useLiveQuery(() => trendImports(db), [version]);
  const points = useLiveQuery(async () => (selected ? seriesPoints(db, selected) : []), [selected, version]);
  const metricLabel = (metric: string) =>
    t(`market.trends.metrics.${metric}`, { defaultValue: metric }) as string;

  const onFile = async (file: File | null) => {
    if (!file) return;
    setBusy(true);
    try {
      const result = await parseTrendFile(new Uint8Array(await file.arrayBuffer()), file.name);
      setLast(result);
      if (result.ok) await writeTrendImport(db, result, now());
      setVersion((v) => v + 1);
    } finally {
      setBusy(false);
    }
  };

  const metrics = [...new Set((points ?? []).map(metricOfPoint))];
  const byDay = new Map<string, Record<string, number>>();
  for (const point of points ?? [])
    byDay.set(point.day, { ...byDay.get(point.day), [metricOfPoint(point)]: point.value });
  const chartData = thin(
    [...byDay.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([day, values]) => ({ at: dayStartMs(day), ...values })),
  );
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });

  return (
    <Stack gap="md">
      <Group>
        <FileButton onChange={(file) => void onFile(file)} accept=".csv,.tsv,.txt,.xlsx">
          {(props) => (
            <Button {...props} leftSection={<IconFileImport size={16} />} loading={busy}>
              {t('market.trends.import')}
            </Button>
          )}
        </FileButton>
        <Text size="sm" c="dimmed">
          {t('market.trends.importHelp')}
        </Text>
      </Group>
      {last && (
        <Alert color={last.ok ? (last.errors.length ? 'yellow' : 'green') : 'red'} role="status">
          <Text size="sm">
            {last.ok
              ? t('market.trends.imported', {
                  file: last.fileName,
                  rows: last.rows.length,
                  period: t(`market.trends.periods.${last.period}`),
                  kind: t(`market.trends.kinds.${last.kind}`),
                })
              : t('market.trends.importFailed', { file: last.fileName })}
          </Text>
          {last.errors.length > 0 && (
            <List size="xs" mt={4}>
              {last.errors.slice(0, 8).map((e, i) => (
                <List.Item key={i}>
                  {e.row !== null ? `#${e.row} ` : ''}
                  {e.column ? `[${e.column}] ` : ''}
                  {e.message}
                </List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
      {(imports ?? []).length > 0 && (
        <Group gap="xs">
          <Text size="sm" fw={600}>
            {t('market.trends.history')}:
          </Text>
          {(imports ?? []).slice(0, 5).map((record) => (
            <Badge
              key={record.id}
              variant="light"
              rightSection={
                <Button
                  size="compact-xs"
                  variant="subtle"
                  onClick={() => void undoTrendImport(db, record.id).then(() => setVersion((v) => v + 1))}
                >
                  {t('market.trends.undo')}
                </Button>
              }
            >
              {record.fileName} · {record.rows}
            </Badge>
          ))}
        </Group>
      )}
      {summaries && summaries.length === 0 && <Text c="dimmed">{t('market.trends.empty')}</Text>}
      {summaries && summaries.length > 0 && (
        <Card withBorder p={0}>
          <Table.ScrollContainer minWidth={900} mah={360}>
            <Table striped highlightOnHover stickyHeader>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('market.trends.series')}</Table.Th>
                  <Table.Th ta="right">{t('market.trends.latest')}</Table.Th>
                  <Table.Th ta="right">{t('market.trends.vsTrailing')}</Table.Th>
                  <Table.Th ta="right">{t('market.trends.vsLastYear')}</Table.Th>
                  <Table.Th>{t('market.trends.opportunity')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {summaries.map((s) => (
                  <Table.Tr
                    key={s.series}
                    onClick={() => setSelected(s.series)}
                    onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && setSelected(s.series)}
                    tabIndex={0}
                    style={{ cursor: 'pointer' }}
                    aria-selected={selected === s.series}
                  >
                    <Table.Td>
                      <Group gap="xs">
                        <Text size="sm">{s.series}</Text>
                        {s.rising?.rising && (
                          <Badge color="green" size="sm">
                            {t('market.trends.rising')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td ta="right">
                      {s.rising
                        ? `${s.rising.latest.value.toLocaleString(locale)} (${s.demandMetric ? metricLabel(s.demandMetric) : ''})`
                        : '—'}
                    </Table.Td>
                    <Table.Td ta="right">{percent(s.rising?.growth ?? null)}</Table.Td>
                    <Table.Td ta="right">
                      {s.rising?.lastYear ? percent(s.rising.yearOverYear) : t('market.trends.noLastYear')}
                    </Table.Td>
                    <Table.Td>
                      {s.opportunity && (
                        <Text size="xs">
                          <b>{s.opportunity.score}</b>{' '}
                          {t('market.trends.explain', {
                            demand: Math.round(s.opportunity.demandShare * 100),
                            competition:
                              s.opportunity.competitionShare === null
                                ? t('market.trends.noCompetition')
                                : `${Math.round(s.opportunity.competitionShare * 100)}%`,
                            growth: percent(s.opportunity.growth),
                            score: s.opportunity.score,
                          })}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
      {selected && chartData.length > 0 && (
        <Card withBorder>
          <Title order={5} mb="xs">
            {t('market.trends.chartTitle', { series: selected })}
          </Title>
          <ResponsiveContainer width="100%" height={260}>
            <LineChart data={chartData}>
              <CartesianGrid strokeDasharray="3 3" opacity={0.3} />
              <XAxis
                dataKey="at"
                type="number"
                scale="time"
                domain={['dataMin', 'dataMax']}
                tickFormatter={(v: number) => date.format(v)}
                fontSize={11}
              />
              {metrics.map((metric, i) => (
                <YAxis
                  key={metric}
                  yAxisId={metric}
                  hide={i > 1}
                  orientation={i === 1 ? 'right' : 'left'}
                  fontSize={11}
                  width={50}
                />
              ))}
              <Tooltip labelFormatter={(v) => date.format(Number(v))} />
              <Legend />
              {metrics.map((metric, i) => (
                <Line
                  key={metric}
                  yAxisId={metric}
                  dataKey={metric}
                  name={metricLabel(metric)}
                  dot={false}
                  isAnimationActive={false}
                  stroke={`var(--mantine-color-${COLOURS[i % COLOURS.length]}-6)`}
                  connectNulls
                />
              ))}
            </LineChart>
          </ResponsiveContainer>
        </Card>
      )}
    </Stack>
  );
}
