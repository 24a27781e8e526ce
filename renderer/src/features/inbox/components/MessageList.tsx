import { useEffect, useMemo, useRef } from 'react';
import { Badge, Group, Stack, Text, Tooltip } from '@mantine/core';

import type { BuyerLanguage } from '@shared/domain/types';
import { detectIntents, intentSegments, type IntentHit } from '@shared/inbox/intents';
import type { InboxMessage } from '../../../db/db';
import classes from './Inbox.module.css';
import { Highlighted } from './Highlighted';
import { useT } from '../../../i18n/useT';

/** What a buyer's message asks for, in the UI language, with how sure the rules are. */
function IntentLine({ hits, language }: { hits: IntentHit[]; language: BuyerLanguage }) {
  const { t } = useT();
  const [first, ...others] = hits;
  if (!first)
    return (
      <Text size="xs" c="dimmed" mt={4} data-testid="intent-none">
        {t('inbox.intentLine.none')}
      </Text>
    );
  return (
    <Tooltip
      label={t('inbox.intentLine.rules', { language: t(`inbox.language.${language}`) })}
      multiline
      w={260}
    >
      <Group gap={6} mt={4} wrap="wrap" data-testid="intent-gist" data-intent={first.intent}>
        <Text size="xs" fw={600}>
          {t('inbox.intentLine.gist', { gist: t(`inbox.intent.${first.intent}.gist`) })}
        </Text>
        <Badge size="xs" variant="light" data-testid="intent-confidence">
          {t('inbox.intentLine.confidence', { percent: Math.round(first.confidence * 100) })}
        </Badge>
        {others.length > 0 && (
          <Text size="xs" c="dimmed">
            {t('inbox.intentLine.also', {
              others: others.map((h) => t(`inbox.intent.${h.intent}.label`)).join(', '),
            })}
          </Text>
        )}
      </Group>
    </Tooltip>
  );
}

/** A buyer message with the words the intent rules matched marked. */
function IntentMarked({ text, hits }: { text: string; hits: IntentHit[] }) {
  return (
    <>
      {intentSegments(text, hits).map((segment, i) =>
        segment.match ? (
          <mark key={i} className={classes.intentMark} data-testid="intent-mark">
            {segment.text}
          </mark>
        ) : (
          <span key={i}>{segment.text}</span>
        ),
      )}
    </>
  );
}

/** The thread, oldest first, scrolled to the newest message; notes are marked as team-only. */
export function MessageList({
  messages,
  query,
  language = 'en',
}: {
  messages: InboxMessage[];
  query?: string;
  /** The conversation's language: the intent rules of this language read the buyer's messages. */
  language?: BuyerLanguage;
}) {
  const { t, i18n } = useT();
  const endRef = useRef<HTMLDivElement>(null);
  // Braces matter: newer Chromium returns a Promise from scrollIntoView, which React would take for a cleanup.
  useEffect(() => {
    endRef.current?.scrollIntoView({ block: 'end' });
  }, [messages.length]);
  // A thread is a handful of short messages: the rules run in well under a millisecond for it.
  const intents = useMemo(
    () =>
      new Map(
        messages
          .filter((m) => m.author === 'buyer')
          .map((m) => [m.id, detectIntents(m.body, m.language ?? language)] as const),
      ),
    [messages, language],
  );
  const time = new Intl.DateTimeFormat(i18n.language === 'zh' ? 'zh-CN' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (
    <Stack gap="xs" p="sm" data-testid="thread">
      {messages.map((m) => {
        const hits = intents.get(m.id);
        return (
          <div key={m.id} className={classes.bubble} data-author={m.author} data-testid="message">
            <Text size="xs" c="dimmed" mb={2}>
              {t(`inbox.ui.author.${m.author}`)} · {time.format(m.sentAt)}
            </Text>
            <Text size="sm" component="div">
              {query ? (
                <Highlighted text={m.body} query={query} />
              ) : hits ? (
                <IntentMarked text={m.body} hits={hits} />
              ) : (
                m.body
              )}
            </Text>
            {hits && <IntentLine hits={hits} language={m.language ?? language} />}
          </div>
        );
      })}
      <div ref={endRef} />
    </Stack>
  );
}
