import { useEffect, useState } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { LanguageGuess } from '@shared/inbox/language';
import { db } from '../../../db/db';
import { setConversationLanguage } from '../data/conversationActions';
import type { InboxConversation } from '../data/inboxTypes';
import { inboxTables } from '../data/inboxTypes';

/** tinyld is ~800 KB: loaded on first use, never with the app. */
const loadDetector = () => import('@shared/inbox/language');

/** The conversation's language and what the buyer's own words look like; one click adopts a confident guess. */
export function LanguageLine({ conversation }: { conversation: InboxConversation }) {
  const { t } = useTranslation();
  const buyerText = useLiveQuery(
    async () =>
      (await inboxTables(db).messages.where('[conversationId+sentAt]').between([conversation.id, -Infinity], [conversation.id, Infinity]).toArray())
        .filter((m) => m.author === 'buyer')
        .map((m) => m.body)
        .join('\n'),
    [conversation.id],
  );
  const [guess, setGuess] = useState<{ text: string; value: LanguageGuess } | undefined>();
  useEffect(() => {
    if (!buyerText) return;
    let alive = true;
    void loadDetector().then(({ detectLanguage }) => alive && setGuess({ text: buyerText, value: detectLanguage(buyerText, conversation.language) }));
    return () => {
      alive = false;
    };
  }, [buyerText, conversation.language]);

  const detected = guess?.text === buyerText ? guess?.value : undefined;
  const differs = detected && detected.language !== conversation.language && detected.confidence >= 0.5;
  return (
    <Group gap={6} data-testid="language-line">
      <Text size="xs" c="dimmed">
        {t('inboxUi.thread.language', { language: t(`inbox.language.${conversation.language}`) })}
        {detected && ` · ${t('inbox.detectedLanguage', { language: t(`inbox.language.${detected.language}`) })} (${Math.round(detected.confidence * 100)}%)`}
      </Text>
      {differs && !conversation.platformHandled && (
        <Button size="compact-xs" variant="subtle" onClick={() => void setConversationLanguage(db, conversation.id, detected.language)}>
          {t('inboxUi.thread.useDetected')}
        </Button>
      )}
    </Group>
  );
}
