import { useRef, type ReactNode } from 'react';
import { Box, Group, Text, UnstyledButton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import classes from './VirtualTable.module.css';

export interface Column<Row> {
  key: string;
  header: string;
  /** CSS grid track, e.g. '120px' or '2fr'. */
  width: string;
  align?: 'left' | 'right';
  /** Clicking the header sorts by this column (see `sort`). */
  sortable?: boolean;
  render(row: Row): ReactNode;
}

export interface SortState {
  key: string;
  descending: boolean;
  onSort(key: string): void;
}

interface Props<Row> {
  rows: Row[];
  columns: Column<Row>[];
  rowKey(row: Row): string;
  rowHeight?: number;
  height: string;
  /** Called when the last rendered row comes near the end, to load the next page. */
  onEndReached?(): void;
  emptyText: string;
  footer?: ReactNode;
  label: string;
  /** Opens a row on click, Enter or Space (the row is focusable). */
  onRowOpen?(row: Row): void;
  /** Rows to mark as the current choice (aria-current), e.g. the dashboard's filter. */
  isCurrent?(row: Row): boolean;
  sort?: SortState;
}

/** A div grid with only the visible rows in the DOM, so 100k rows scroll like 100. */
export function VirtualTable<Row>({
  rows,
  columns,
  rowKey,
  rowHeight = 40,
  height,
  onEndReached,
  emptyText,
  footer,
  label,
  onRowOpen,
  isCurrent,
  sort,
}: Props<Row>) {
  const parentRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => parentRef.current,
    estimateSize: () => rowHeight,
    // A few rows beyond the window: each is a dozen cells, and a screen's first rows come in one task.
    overscan: 6,
  });
  const items = virtualizer.getVirtualItems();
  const template = columns.map((c) => c.width).join(' ');
  const minWidth = minimumWidth(columns);
  const last = items.at(-1);
  if (onEndReached && last && last.index >= rows.length - 20) queueMicrotask(onEndReached);

  return (
    <Box className={classes.frame} role="table" aria-label={label} aria-rowcount={rows.length}>
      {/* ARIA: table → (presentational wrappers) → rows, and a focusable rowgroup that scrolls. */}
      <div className={classes.inner} style={{ minWidth }} role="none">
        <div className={classes.header} role="row" style={{ gridTemplateColumns: template }}>
          {columns.map((c) => (
            <div
              key={c.key}
              role="columnheader"
              className={classes.cell}
              style={{ textAlign: c.align ?? 'left' }}
              aria-sort={sort?.key === c.key ? (sort.descending ? 'descending' : 'ascending') : undefined}
            >
              {c.sortable && sort ? (
                <UnstyledButton className={classes.sortButton} onClick={() => sort.onSort(c.key)}>
                  {c.header}
                  {sort.key === c.key ? (sort.descending ? ' ↓' : ' ↑') : ''}
                </UnstyledButton>
              ) : (
                c.header
              )}
            </div>
          ))}
        </div>
        <div ref={parentRef} className={classes.body} style={{ height }} tabIndex={0} role="rowgroup">
          {rows.length === 0 ? (
            <div role="row">
              <Group justify="center" p="xl" role="cell">
                <Text c="dimmed">{emptyText}</Text>
              </Group>
            </div>
          ) : (
            <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }} role="none">
              {items.map((item) => {
                const row = rows[item.index] as Row;
                const current = isCurrent?.(row) === true;
                return (
                  <div
                    key={rowKey(row)}
                    role="row"
                    aria-rowindex={item.index + 1}
                    className={[classes.row, onRowOpen && classes.clickable, current && classes.current]
                      .filter(Boolean)
                      .join(' ')}
                    aria-current={current || undefined}
                    style={{
                      gridTemplateColumns: template,
                      height: item.size,
                      transform: `translateY(${item.start}px)`,
                    }}
                    tabIndex={onRowOpen ? 0 : undefined}
                    onClick={
                      onRowOpen ? (event) => !isInteractive(event.target) && onRowOpen(row) : undefined
                    }
                    onKeyDown={
                      onRowOpen
                        ? (event) => {
                            if (
                              (event.key !== 'Enter' && event.key !== ' ') ||
                              event.target !== event.currentTarget
                            )
                              return;
                            event.preventDefault();
                            onRowOpen(row);
                          }
                        : undefined
                    }
                  >
                    {columns.map((c) => (
                      <div
                        key={c.key}
                        role="cell"
                        className={classes.cell}
                        style={{ textAlign: c.align ?? 'left' }}
                      >
                        {c.render(row)}
                      </div>
                    ))}
                  </div>
                );
              })}
            </div>
          )}
        </div>
      </div>
      {footer && <div className={classes.footer}>{footer}</div>}
    </Box>
  );
}

/** Clicks on a checkbox or button inside a row act on that control, not on the row. */
function isInteractive(target: EventTarget): boolean {
  return target instanceof Element && target.closest('input, button, a, label') !== null;
}

const GAP_PX = 12;
const PADDING_PX = 24;

/** Narrow windows scroll sideways instead of squeezing columns: the least width every column needs. */
function minimumWidth(columns: { width: string }[]): number {
  const least = (width: string) => Number(/(\d+)px/.exec(width)?.[1] ?? 80);
  return columns.reduce((sum, c) => sum + least(c.width), 0) + GAP_PX * (columns.length - 1) + PADDING_PX;
}
