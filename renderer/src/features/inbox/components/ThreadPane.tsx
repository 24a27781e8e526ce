import { memo, useEffect, useMemo, type RefObject } from 'react';
import { Center, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';

import type { SlaSettings } from '@shared/inbox/sla';
import { useWorkstation } from '../../../app/WorkstationContext';
import { db, type Rep } from '../../../db/db';
import { refreshOrderStatus } from '../data/conversationActions';
import { useOrderFacts } from '../hooks/useReplyFacts';
import { useShownAfterPaint } from '../../../components/paintStages';
import { Composer } from './Composer';
import { ComposerGuard } from './ComposerGuard';
import { MessageList } from './MessageList';
import { OutboxList } from './OutboxList';
import { ThreadHeader, type ThreadControls } from './ThreadHeader';
import classes from './Inbox.module.css';
import { useT } from '../../../i18n/useT';

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
  /** The conversation whose thread is now on screen: what may follow it (the buyer's context) starts then. */
  onShown(conversationId: string | undefined): void;
}

/**
 * The open conversation: header and messages first, from one read; the order facts (dispute warning,
 * template values), the composer and the language guess follow once the thread has been painted.
 */
export const ThreadPane = memo(function ThreadPane({
  conversationId,
  reps,
  me,
  labelOptions,
  now,
  sla,
  controls,
  composerRef,
  query,
  onShown,
}: Props) {
  const { t } = useT();
  const { activeStore } = useWorkstation();
  const data = useLiveQuery(async () => {
    if (!conversationId) return undefined;
    const { conversations, messages, outbox } = db;
    const [conversation, thread, pending] = await Promise.all([
      conversations.get(conversationId),
      messages
        .where('[conversationId+sentAt]')
        .between([conversationId, -Infinity], [conversationId, Infinity])
        .toArray(),
      outbox
        .where('conversationId')
        .equals(conversationId)
        .filter((o) => o.state !== 'sent')
        .toArray(),
    ]);
    return { id: conversationId, conversation, thread, pending };
  }, [conversationId]);
  const conversation = data?.conversation;
  const shownId = useShownAfterPaint(
    conversationId,
    conversationId !== undefined && data?.id === conversationId,
  );
  const settled = conversation !== undefined && shownId === conversation.id;
  const facts = useOrderFacts(conversation, settled);
  useEffect(() => onShown(shownId), [shownId, onShown]);
  const thread = data?.thread;
  const buyerText = useMemo(
    () =>
      settled && thread
        ? thread
            .filter((m) => m.author === 'buyer')
            .map((m) => m.body)
            .join('\n')
        : undefined,
    [settled, thread],
  );

  const storeName = activeStore?.name;
  const repName = me?.name;
  const replyFacts = useMemo(
    () => (facts ? { ...facts, storeName, repName } : undefined),
    [facts, storeName, repName],
  );

  // The order may have moved on since the inbox last looked (shipped, disputed): keep the facet honest.
  const orderStatus = facts?.order?.status;
  useEffect(() => {
    if (conversation && orderStatus && conversation.orderStatus !== orderStatus)
      void refreshOrderStatus(db, conversation.id, orderStatus);
  }, [conversation, orderStatus]);

  if (!conversationId || !data || !conversation) {
    return (
      <Center h="100%">
        <Text c="dimmed" size="sm">
          {t('inbox.ui.thread.none')}
        </Text>
      </Center>
    );
  }
  return (
    <>
      <ThreadHeader
        conversation={conversation}
        buyerText={buyerText}
        reps={reps}
        labelOptions={labelOptions}
        disputeDeadline={facts?.order?.disputeDeadline}
        now={now}
        sla={sla}
        controls={controls}
        controlsReady={settled}
      />
      <div className={classes.scroll}>
        <MessageList messages={data.thread} query={query} language={data.conversation?.language} />
        <OutboxList items={data.pending} />
      </div>
      {!conversation.platformHandled && replyFacts && (
        <ComposerGuard key={conversation.id} conversationId={conversation.id}>
          <Composer conversation={conversation} facts={replyFacts} repId={me?.id} inputRef={composerRef} />
        </ComposerGuard>
      )}
    </>
  );
});
