import { useEffect, useState } from 'react';
import { Button, Group, Text } from '@mantine/core';

import type { LanguageGuess } from '@shared/inbox/language';
import { db, type InboxConversation } from '../../../db/db';
import { setConversationLanguage } from '../data/conversationActions';
import { detectLanguageOffThread } from '../data/detectLanguage';
import { useT } from '../../../i18n/useT';

/**
 * The conversation's language and what the buyer's own words (`buyerText`, from the thread already read) look
 * like; one click adopts a confident guess.
 */
export function LanguageLine({
  conversation,
  buyerText,
}: {
  conversation: InboxConversation;
  buyerText: string | undefined;
}) {
  const { t } = useT();
  const [guess, setGuess] = useState<{ text: string; value: LanguageGuess } | undefined>();
  useEffect(() => {
    if (!buyerText) return;
    let alive = true;
    void detectLanguageOffThread(buyerText, conversation.language).then(
      (value) => alive && setGuess({ text: buyerText, value }),
    );
    return () => {
      alive = false;
    };
  }, [buyerText, conversation.language]);

  const detected = guess?.text === buyerText ? guess?.value : undefined;
  const differs = detected && detected.language !== conversation.language && detected.confidence >= 0.5;
  return (
    <Group gap={6} data-testid="language-line">
      <Text size="xs" c="dimmed">
        {t('inbox.ui.thread.language', { language: t(`inbox.language.${conversation.language}`) })}
        {detected &&
          ` · ${t('inbox.detectedLanguage', { language: t(`inbox.language.${detected.language}`) })} (${Math.round(detected.confidence * 100)}%)`}
      </Text>
      {differs && !conversation.platformHandled && (
        <Button
          size="compact-xs"
          variant="subtle"
          onClick={() => void setConversationLanguage(db, conversation.id, detected.language)}
        >
          {t('inbox.ui.thread.useDetected')}
        </Button>
      )}
    </Group>
  );
}
