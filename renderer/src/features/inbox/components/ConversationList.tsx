import { useEffect, useRef } from 'react';
import { Badge, Box, Group, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import type { SlaSettings } from '@shared/inbox/sla';
import type { InboxConversation } from '../data/inboxTypes';
import { SlaBadge } from './SlaBadge';
import classes from './Inbox.module.css';

const ROW_HEIGHT = 72;

interface Props {
  rows: InboxConversation[];
  cursor: number;
  openedId: string | undefined;
  now: number;
  sla: SlaSettings;
  onOpen(index: number): void;
  onEndReached(): void;
  exhausted: boolean;
}

/** The queue: only the visible rows are in the DOM, so 100k conversations scroll like 100. */
export function ConversationList({ rows, cursor, openedId, now, sla, onOpen, onEndReached, exhausted }: Props) {
  const { t, i18n } = useTranslation();
  const parentRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => parentRef.current, estimateSize: () => ROW_HEIGHT, overscan: 8 });
  const items = virtualizer.getVirtualItems();
  const last = items.at(-1);
  const nearEnd = !exhausted && last !== undefined && last.index >= rows.length - 30;

  useEffect(() => {
    if (nearEnd) onEndReached();
  }, [nearEnd, onEndReached]);

  useEffect(() => {
    if (cursor >= 0 && cursor < rows.length) virtualizer.scrollToIndex(cursor, { align: 'auto' });
  }, [cursor, rows.length, virtualizer]);

  const time = new Intl.DateTimeFormat(i18n.language === 'zh' ? 'zh-CN' : 'en-GB', { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });

  if (rows.length === 0) {
    return (
      <Box p="lg">
        <Text c="dimmed" size="sm" data-testid="inbox-empty">
          {t('inboxUi.list.empty')}
        </Text>
      </Box>
    );
  }
  return (
    <div ref={parentRef} className={classes.scroll} data-testid="conversation-list" role="listbox" aria-label={t('inboxUi.list.label')}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const c = rows[item.index]!;
          return (
            <div
              key={c.id}
              role="option"
              aria-selected={c.id === openedId}
              data-cursor={item.index === cursor || undefined}
              data-testid="conversation-row"
              data-conversation-id={c.id}
              className={classes.row}
              style={{ height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
              onClick={() => onOpen(item.index)}
            >
              <Group justify="space-between" wrap="nowrap" gap={4}>
                <Text size="sm" fw={c.waitingSince ? 700 : 500} truncate>
                  {c.buyerName}
                </Text>
                <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
                  {time.format(c.lastMessageAt)}
                </Text>
              </Group>
              <Text size="xs" c="dimmed" truncate>
                {c.subject}
              </Text>
              <Group gap={4} wrap="nowrap" mt={2}>
                <Badge size="xs" variant="default">
                  {c.country} · {c.language}
                </Badge>
                {c.platformHandled && (
                  <Badge size="xs" variant="light" color="gray">
                    {t('inbox.filter.platform-handled')}
                  </Badge>
                )}
                {c.status !== 'open' && (
                  <Badge size="xs" variant="outline" color="gray">
                    {t(`inbox.filter.status.${c.status}`)}
                  </Badge>
                )}
                <SlaBadge conversation={c} now={now} settings={sla} />
              </Group>
            </div>
          );
        })}
      </div>
    </div>
  );
}
