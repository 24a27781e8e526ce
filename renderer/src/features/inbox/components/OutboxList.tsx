import { useState } from 'react';
import { Badge, Button, Group, Paper, Popover, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';

import { db, type OutboxItem } from '../../../db/db';
import { discardReply, markFailed, markSent, retryReply } from '../data/outbox';
import { downloadText } from './download';
import { useT } from '../../../i18n/useT';

const STATE_COLOR = { 'to-send': 'blue', sent: 'teal', failed: 'red' } as const;

/** Replies of this conversation not yet marked sent: the rep copies each into the seller centre, then marks it. */
export function OutboxList({ items }: { items: OutboxItem[] }) {
  const { t } = useT();
  if (items.length === 0) return null;
  return (
    <Stack gap={6} px="sm" pb="xs" data-testid="outbox">
      <Text size="xs" c="dimmed">
        {t('inbox.ui.outbox.notConnected')}
      </Text>
      {items.map((item) => (
        <OutboxCard key={item.id} item={item} />
      ))}
    </Stack>
  );
}

function OutboxCard({ item }: { item: OutboxItem }) {
  const { t } = useT();
  const [reason, setReason] = useState('');
  const copy = async () => {
    await navigator.clipboard.writeText(item.body);
    notifications.show({ message: t('inbox.ui.outbox.copied') });
  };
  return (
    <Paper withBorder p="xs" data-testid="outbox-item" data-state={item.state}>
      <Group justify="space-between" mb={4}>
        <Badge size="sm" color={STATE_COLOR[item.state]} variant="light">
          {t(`inbox.ui.outbox.state.${item.state}`)}
        </Badge>
        {item.failure && (
          <Text size="xs" c="red">
            {item.failure}
          </Text>
        )}
      </Group>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} lineClamp={4}>
        {item.body}
      </Text>
      <Group gap={6} mt={6}>
        <Button size="compact-xs" variant="default" onClick={() => void copy()} data-testid="outbox-copy">
          {t('inbox.ui.outbox.copy')}
        </Button>
        <Button
          size="compact-xs"
          variant="default"
          onClick={() => downloadText(`reply-${item.conversationId}.txt`, item.body, 'text/plain')}
        >
          {t('inbox.ui.outbox.exportTxt')}
        </Button>
        <Button
          size="compact-xs"
          color="teal"
          onClick={() => void markSent(db, item.id)}
          data-testid="outbox-mark-sent"
        >
          {t('inbox.ui.outbox.markSent')}
        </Button>
        {item.state === 'to-send' ? (
          <Popover position="top" withArrow trapFocus>
            <Popover.Target>
              <Button size="compact-xs" variant="subtle" color="red">
                {t('inbox.ui.outbox.markFailed')}
              </Button>
            </Popover.Target>
            <Popover.Dropdown>
              <TextInput
                size="xs"
                label={t('inbox.ui.outbox.failureReason')}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
              />
              <Button
                size="compact-xs"
                mt={6}
                color="red"
                onClick={() => void markFailed(db, item.id, reason || t('inbox.ui.outbox.failedDefault'))}
              >
                {t('inbox.ui.outbox.markFailed')}
              </Button>
            </Popover.Dropdown>
          </Popover>
        ) : (
          <Button size="compact-xs" variant="subtle" onClick={() => void retryReply(db, item.id)}>
            {t('inbox.ui.outbox.retry')}
          </Button>
        )}
        <Button
          size="compact-xs"
          variant="subtle"
          color="gray"
          onClick={() => void discardReply(db, item.id)}
        >
          {t('inbox.ui.outbox.discard')}
        </Button>
      </Group>
    </Paper>
  );
}
