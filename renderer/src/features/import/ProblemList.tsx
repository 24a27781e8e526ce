import { Text } from '@mantine/core';

import { VirtualTable, type Column } from '../../components/VirtualTable';
import { problemText } from './problemText';
import type { RecordProblem } from './records';
import { useT } from '../../i18n/useT';

type Row = { key: string; row: number | null; column: string | null; reason: string };

/** Virtualized: an export with a wrong column can produce one problem per row, tens of thousands of them. */
export function ProblemList({ problems, count }: { problems: RecordProblem[]; count: number }) {
  const { t } = useT();
  const rows: Row[] = problems.map((p, index) => ({ key: String(index), row: p.row, ...problemText(t, p) }));
  const columns: Column<Row>[] = [
    {
      key: 'row',
      header: t('import.problems.row'),
      width: '80px',
      align: 'right',
      render: (p) => p.row ?? t('import.problems.file'),
    },
    { key: 'column', header: t('import.problems.column'), width: '180px', render: (p) => p.column ?? '—' },
    {
      key: 'reason',
      header: t('import.problems.reason'),
      width: 'minmax(240px, 1fr)',
      render: (p) => p.reason,
    },
  ];
  return (
    <>
      <VirtualTable
        label={t('import.problems.title')}
        rows={rows}
        columns={columns}
        rowKey={(p) => p.key}
        height={rows.length === 0 ? '60px' : `${Math.min(240, rows.length * 40)}px`}
        emptyText={t('import.problems.none')}
      />
      {count > problems.length && (
        <Text size="xs" c="dimmed">
          {t('import.problems.truncated', { shown: problems.length, count })}
        </Text>
      )}
    </>
  );
}
