import { useEffect, useRef } from 'react';
import { Stack, Text } from '@mantine/core';

import type { InboxMessage } from '../../../db/db';
import classes from './Inbox.module.css';
import { Highlighted } from './Highlighted';
import { useT } from '../../../i18n/useT';

/** The thread, oldest first, scrolled to the newest message; notes are marked as team-only. */
export function MessageList({ messages, query }: { messages: InboxMessage[]; query?: string }) {
  const { t, i18n } = useT();
  const endRef = useRef<HTMLDivElement>(null);
  // Braces matter: newer Chromium returns a Promise from scrollIntoView, which React would take for a cleanup.
  useEffect(() => {
    endRef.current?.scrollIntoView({ block: 'end' });
  }, [messages.length]);
  const time = new Intl.DateTimeFormat(i18n.language === 'zh' ? 'zh-CN' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (
    <Stack gap="xs" p="sm" data-testid="thread">
      {messages.map((m) => (
        <div key={m.id} className={classes.bubble} data-author={m.author} data-testid="message">
          <Text size="xs" c="dimmed" mb={2}>
            {t(`inbox.ui.author.${m.author}`)} · {time.format(m.sentAt)}
          </Text>
          <Text size="sm" component="div">
            {query ? <Highlighted text={m.body} query={query} /> : m.body}
          </Text>
        </div>
      ))}
      <div ref={endRef} />
    </Stack>
  );
}
