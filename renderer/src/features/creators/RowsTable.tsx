import { Button, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/useT';

export interface Column<R> {
  head: string;
  cell(row: R): ReactNode;
  align?: 'right';
}

interface Props<R extends { id: string }> {
  /** Still loading (undefined) or none: `empty` is shown instead of the table. */
  rows: readonly R[] | undefined;
  columns: readonly Column<R>[];
  empty: string;
  /** A last, unlabelled cell per row: a button such as Remove or Enter result. */
  action?(row: R): ReactNode;
}

/** The desk's small lists (a campaign's samples and touches, the LIVE sessions): a table, or a line saying none. */
export function RowsTable<R extends { id: string }>({ rows, columns, empty, action }: Props<R>) {
  if (!rows || rows.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  return (
    <Table>
      <Table.Thead>
        <Table.Tr>
          {columns.map((column) => (
            <Table.Th key={column.head} {...(column.align ? { ta: column.align } : {})}>
              {column.head}
            </Table.Th>
          ))}
          {action && <Table.Th />}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.id}>
            {columns.map((column) => (
              <Table.Td key={column.head} {...(column.align ? { ta: column.align } : {})}>
                {column.cell(row)}
              </Table.Td>
            ))}
            {action && <Table.Td>{action(row)}</Table.Td>}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The red "Remove" of a row: the desk's delete writes (data/writes.ts) mark the row deleted at once. */
export function RemoveButton({ onRemove }: { onRemove(): void | Promise<void> }) {
  const { t } = useT();
  return (
    <Button size="compact-xs" variant="subtle" color="red" onClick={() => void onRemove()}>
      {t('creators.remove')}
    </Button>
  );
}
