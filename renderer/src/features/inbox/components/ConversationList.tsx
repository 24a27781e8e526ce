import { memo, useEffect, useMemo, useRef } from 'react';
import { Box, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';

import type { SlaSettings } from '@shared/inbox/sla';
import type { InboxConversation } from '../../../db/db';
import { slaLabel } from './SlaBadge';
import classes from './Inbox.module.css';
import { useT, type Translate } from '../../../i18n/useT';
import i18next from 'i18next';
import { countryLabel } from '../../../i18n/countries';

const ROW_HEIGHT = 72;

interface Props {
  rows: InboxConversation[];
  cursor: number;
  openedId: string | undefined;
  now: number;
  sla: SlaSettings;
  onOpen(id: string, index: number): void;
  onEndReached(): void;
  exhausted: boolean;
}

/**
 * The queue: only the visible rows are in the DOM, so 100k conversations scroll like 100. Rows are plain
 * elements styled by the CSS module and memoised, so a scroll step renders only the rows that come into view
 * and opening a conversation re-renders two rows, not the page.
 */
export const ConversationList = memo(function ConversationList({
  rows,
  cursor,
  openedId,
  now,
  sla,
  onOpen,
  onEndReached,
  exhausted,
}: Props) {
  const { t, i18n } = useT();
  const parentRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => parentRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
  });
  const items = virtualizer.getVirtualItems();
  const last = items.at(-1);
  const nearEnd = !exhausted && last !== undefined && last.index >= rows.length - 30;

  useEffect(() => {
    if (nearEnd) onEndReached();
  }, [nearEnd, onEndReached]);

  // Keep the cursor's row in view when the cursor moves (j/k), and only then: a page of rows arriving while the
  // rep scrolls must not pull the list back to the cursor. A clicked row is in view already (no layout spent).
  const scrolledTo = useRef(cursor);
  useEffect(() => {
    if (cursor === scrolledTo.current || cursor < 0 || cursor >= rows.length) return;
    scrolledTo.current = cursor;
    const top = cursor * ROW_HEIGHT;
    const offset = virtualizer.scrollOffset ?? 0;
    if (top >= offset && top + ROW_HEIGHT <= offset + (virtualizer.scrollRect?.height ?? 0)) return;
    virtualizer.scrollToIndex(cursor, { align: 'auto' });
  }, [cursor, rows.length, virtualizer]);

  const time = useMemo(
    () =>
      new Intl.DateTimeFormat(i18n.language === 'zh' ? 'zh-CN' : 'en-GB', {
        month: 'short',
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      }),
    [i18n.language],
  );

  if (rows.length === 0) {
    // Nothing yet is not "no conversations": the empty message waits until the first page has been read.
    if (!exhausted) return null;
    return (
      <Box p="lg">
        <Text c="dimmed" size="sm" data-testid="inbox-empty">
          {t('inbox.ui.list.empty')}
        </Text>
      </Box>
    );
  }
  return (
    <div
      ref={parentRef}
      className={classes.scroll}
      data-testid="conversation-list"
      role="listbox"
      aria-label={t('inbox.ui.list.label')}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const c = rows[item.index]!;
          return (
            <Row
              key={c.id}
              conversation={c}
              index={item.index}
              top={item.start}
              selected={c.id === openedId}
              atCursor={item.index === cursor}
              now={now}
              sla={sla}
              time={time}
              t={t}
              onOpen={onOpen}
            />
          );
        })}
      </div>
    </div>
  );
});

interface RowProps {
  conversation: InboxConversation;
  index: number;
  top: number;
  selected: boolean;
  atCursor: boolean;
  now: number;
  sla: SlaSettings;
  time: Intl.DateTimeFormat;
  t: Translate;
  onOpen(id: string, index: number): void;
}

/** The fields a row shows or computes its reply clock from: a re-read page with equal rows renders nothing. */
function sameRow(a: InboxConversation, b: InboxConversation): boolean {
  return (
    a === b ||
    (a.id === b.id &&
      a.buyerName === b.buyerName &&
      a.subject === b.subject &&
      a.lastMessageAt === b.lastMessageAt &&
      a.waitingSince === b.waitingSince &&
      a.awaitingReplySince === b.awaitingReplySince &&
      a.country === b.country &&
      a.language === b.language &&
      a.intent === b.intent &&
      a.orderStatus === b.orderStatus &&
      a.status === b.status &&
      a.platformHandled === b.platformHandled)
  );
}

const Row = memo(
  function Row({ conversation: c, index, top, selected, atCursor, now, sla, time, t, onOpen }: RowProps) {
    const clock = slaLabel(c, now, sla, t);
    return (
      <div
        role="option"
        aria-selected={selected}
        data-cursor={atCursor || undefined}
        data-testid="conversation-row"
        data-conversation-id={c.id}
        data-order-status={c.orderStatus}
        className={classes.row}
        style={{ height: ROW_HEIGHT, top }}
        onClick={() => onOpen(c.id, index)}
      >
        <div className={classes.rowTop}>
          <span
            className={classes.rowBuyer}
            data-waiting={c.waitingSince !== undefined || undefined}
            data-testid="row-buyer"
          >
            {c.buyerName}
          </span>
          <span className={classes.rowTime}>{time.format(c.lastMessageAt)}</span>
        </div>
        <div className={classes.rowSubject}>{c.subject}</div>
        <div className={classes.rowTags}>
          <span className={classes.tag}>
            {countryLabel(c.country, i18next.language)} · {c.language}
          </span>
          {c.intent && (
            <span className={classes.tag} data-testid="row-intent">
              {t(`inbox.intent.${c.intent}.label`)}
            </span>
          )}
          {c.platformHandled && (
            <span className={classes.tag} data-tone="gray">
              {t('inbox.filter.platform-handled')}
            </span>
          )}
          {c.status !== 'open' && (
            <span className={classes.tag} data-tone="outline">
              {t(`inbox.filter.status.${c.status}`)}
            </span>
          )}
          {clock && (
            <span className={classes.tag} data-tone={clock.state} title={clock.title} data-testid="sla-badge">
              {clock.short}
            </span>
          )}
        </div>
      </div>
    );
  },
  (a, b) =>
    sameRow(a.conversation, b.conversation) &&
    a.index === b.index &&
    a.top === b.top &&
    a.selected === b.selected &&
    a.atCursor === b.atCursor &&
    a.now === b.now &&
    a.sla === b.sla &&
    a.time === b.time &&
    a.t === b.t &&
    a.onOpen === b.onOpen,
);
