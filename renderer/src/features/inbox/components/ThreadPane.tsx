import { useEffect, type RefObject } from 'react';
import { Center, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { SlaSettings } from '@shared/inbox/sla';
import { useWorkstation } from '../../../app/WorkstationContext';
import { db } from '../../../db/db';
import { refreshOrderStatus } from '../data/conversationActions';
import { inboxTables, type Rep } from '../data/inboxTypes';
import { useOrderFacts } from '../hooks/useReplyFacts';
import { Composer } from './Composer';
import { MessageList } from './MessageList';
import { OutboxList } from './OutboxList';
import { ThreadHeader, type ThreadControls } from './ThreadHeader';
import classes from './Inbox.module.css';

interface Props {
  conversationId: string | undefined;
  reps: Rep[];
  me: Rep | undefined;
  labelOptions: string[];
  now: number;
  sla: SlaSettings;
  controls: ThreadControls;
  composerRef: RefObject<HTMLTextAreaElement | null>;
  query?: string;
}

export function ThreadPane({ conversationId, reps, me, labelOptions, now, sla, controls, composerRef, query }: Props) {
  const { t } = useTranslation();
  const { activeStore } = useWorkstation();
  const data = useLiveQuery(async () => {
    if (!conversationId) return undefined;
    const { conversations, messages, outbox } = inboxTables(db);
    const [conversation, thread, pending] = await Promise.all([
      conversations.get(conversationId),
      messages.where('[conversationId+sentAt]').between([conversationId, -Infinity], [conversationId, Infinity]).toArray(),
      outbox.where('conversationId').equals(conversationId).filter((o) => o.state !== 'sent').toArray(),
    ]);
    return { conversation, thread, pending };
  }, [conversationId]);
  const facts = useOrderFacts(data?.conversation);
  const conversation = data?.conversation;

  // The order may have moved on since the inbox last looked (shipped, disputed): keep the facet honest.
  const orderStatus = facts?.order?.status;
  useEffect(() => {
    if (conversation && orderStatus && conversation.orderStatus !== orderStatus) void refreshOrderStatus(db, conversation.id, orderStatus);
  }, [conversation, orderStatus]);

  if (!conversationId || !data || !conversation) {
    return (
      <Center h="100%">
        <Text c="dimmed" size="sm">
          {t('inboxUi.thread.none')}
        </Text>
      </Center>
    );
  }
  return (
    <>
      <ThreadHeader conversation={conversation} reps={reps} labelOptions={labelOptions} disputeDeadline={facts?.order?.disputeDeadline} now={now} sla={sla} controls={controls} />
      <div className={classes.scroll}>
        <MessageList messages={data.thread} query={query} />
        <OutboxList items={data.pending} />
      </div>
      {!conversation.platformHandled && facts && (
        <Composer
          key={conversation.id}
          conversation={conversation}
          facts={{ ...facts, storeName: activeStore?.name, repName: me?.name }}
          repId={me?.id}
          inputRef={composerRef}
        />
      )}
    </>
  );
}
