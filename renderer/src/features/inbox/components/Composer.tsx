import { memo, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { Alert, Badge, Button, Group, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';

import { renderTemplate } from '@shared/inbox/render';
import type { TemplateHit } from '@shared/inbox/templateSearch';
import { rankTemplates } from '@shared/inbox/templateFit';
import { db, type InboxConversation } from '../../../db/db';
import { addNote } from '../data/conversationActions';
import { queueReply } from '../data/outbox';
import { templateContext, type ReplyFacts } from '../data/templateContext';
import { useDraftAutosave } from '../hooks/useDraftAutosave';
import { MissingVariables } from './MissingVariables';
import { replaceSlash, slashQueryAt, unfilledPlaceholders } from './slashQuery';
import { TemplatePicker } from './TemplatePicker';
import { useT } from '../../../i18n/useT';

interface Props {
  conversation: InboxConversation;
  facts: Omit<ReplyFacts, 'conversation'>;
  repId?: string;
  inputRef: RefObject<HTMLTextAreaElement | null>;
}

/** Reply or team note; `/` searches templates in the buyer's language and fills them from the order. */
export const Composer = memo(function Composer({ conversation, facts, repId, inputRef }: Props) {
  const { t, branch } = useT();
  const draft = useDraftAutosave(conversation.id);
  const [mode, setMode] = useState<'reply' | 'note'>('reply');
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  const [dismissedAt, setDismissedAt] = useState<number | undefined>();
  const [attachments, setAttachments] = useState<string[]>([]);
  const templates = useLiveQuery(() => db.replyTemplates.toArray(), []);
  const topicLabels = branch('inbox.topic');
  const lastText = useRef('');

  const slash = slashQueryAt(draft.text, caret);
  const pickerOpen = slash !== undefined && dismissedAt !== slash.start && mode === 'reply';
  // Ranked for this conversation: what the buyer asks and the order's state; replies untrue for it are unfit.
  const orderStatus = facts.order?.status ?? conversation.orderStatus;
  const ranked = useMemo(
    () =>
      pickerOpen
        ? rankTemplates(templates ?? [], slash.query, {
            language: conversation.language,
            topicLabels,
            ...(conversation.intent ? { intent: conversation.intent } : {}),
            ...(orderStatus ? { orderStatus } : {}),
            limit: 8,
          })
        : { fit: [], unfit: [] },
    [
      pickerOpen,
      templates,
      slash?.query,
      conversation.language,
      conversation.intent,
      orderStatus,
      topicLabels,
    ],
  );
  const hits: TemplateHit[] = ranked.fit;
  const missing = unfilledPlaceholders(draft.text);

  const setText = (text: string, nextCaret?: number) => {
    lastText.current = text;
    draft.setText(text);
    if (nextCaret !== undefined) {
      setCaret(nextCaret);
      requestAnimationFrame(() => inputRef.current?.setSelectionRange(nextCaret, nextCaret));
    }
  };

  const pick = (hit: TemplateHit) => {
    if (!slash) return;
    const rendered = renderTemplate(
      hit.template.body,
      templateContext({ conversation, ...facts }),
      conversation.language,
    );
    const next = replaceSlash(draft.text, slash.start, caret, rendered.text);
    setText(next.text, next.caret);
    if (hit.template.attachmentMediaId)
      setAttachments((a) => [...new Set([...a, hit.template.attachmentMediaId!])]);
    setActive(0);
  };

  const submit = async () => {
    const body = draft.text.trim();
    if (!body) return;
    if (mode === 'note') await addNote(db, conversation.id, body);
    else {
      if (missing.length) return;
      await queueReply(db, {
        storeId: conversation.storeId,
        conversationId: conversation.id,
        body,
        ...(repId ? { repId } : {}),
        ...(attachments.length ? { attachmentMediaIds: attachments } : {}),
      });
    }
    draft.reset();
    setAttachments([]);
    if (mode === 'note') void db.drafts.delete(conversation.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (pickerOpen && hits.length > 0) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        setActive((i) => (i + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length);
        return;
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        event.preventDefault();
        pick(hits[Math.min(active, hits.length - 1)]!);
        return;
      }
    }
    if (pickerOpen && event.key === 'Escape') {
      event.preventDefault();
      setDismissedAt(slash.start);
      return;
    }
    if (event.key === 'Escape') inputRef.current?.blur();
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    }
  };

  if (!draft.ready) return null;
  return (
    <Stack
      gap={6}
      p="sm"
      style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}
      data-testid="composer"
    >
      <Group justify="space-between">
        <SegmentedControl
          size="xs"
          value={mode}
          onChange={(v) => setMode(v as 'reply' | 'note')}
          data={[
            { value: 'reply', label: t('inbox.ui.composer.reply') },
            { value: 'note', label: t('inbox.ui.composer.note') },
          ]}
        />
        <Text size="xs" c="dimmed">
          {mode === 'reply' ? t('inbox.ui.composer.slashHint') : t('inbox.ui.composer.noteHint')}
        </Text>
      </Group>
      {pickerOpen && (
        <TemplatePicker
          hits={hits}
          unfit={ranked.unfit}
          orderStatus={orderStatus}
          active={Math.min(active, Math.max(0, hits.length - 1))}
          onPick={pick}
        />
      )}
      <Textarea
        ref={inputRef}
        autosize
        minRows={3}
        maxRows={10}
        value={draft.text}
        placeholder={
          mode === 'reply' ? t('inbox.template.searchPlaceholder') : t('inbox.ui.composer.notePlaceholder')
        }
        aria-label={mode === 'reply' ? t('inbox.ui.composer.reply') : t('inbox.ui.composer.note')}
        onChange={(e) => {
          setText(e.currentTarget.value);
          setCaret(e.currentTarget.selectionStart);
        }}
        onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
        onKeyDown={onKeyDown}
        onBlur={draft.flush}
        styles={{ input: mode === 'note' ? { background: 'var(--mantine-color-yellow-light)' } : undefined }}
        data-testid="composer-input"
      />
      {mode === 'reply' && missing.length > 0 && (
        <MissingVariables text={draft.text} names={missing} onChange={(text) => setText(text)} />
      )}
      {attachments.length > 0 && (
        <Group gap={4}>
          {attachments.map((id) => (
            <Badge
              key={id}
              variant="light"
              rightSection="×"
              style={{ cursor: 'pointer' }}
              onClick={() => setAttachments((a) => a.filter((x) => x !== id))}
            >
              {t('inbox.ui.composer.attachment', { id: id.slice(0, 8) })}
            </Badge>
          ))}
        </Group>
      )}
      {mode === 'reply' && (
        <Alert p={6} color="gray" variant="light">
          <Text size="xs">{t('inbox.ui.outbox.notConnected')}</Text>
        </Alert>
      )}
      <Group justify="flex-end">
        <Button
          size="xs"
          onClick={() => void submit()}
          disabled={!draft.text.trim() || (mode === 'reply' && missing.length > 0)}
          data-testid="composer-submit"
        >
          {mode === 'reply' ? t('inbox.ui.composer.queue') : t('inbox.ui.composer.saveNote')}
        </Button>
      </Group>
    </Stack>
  );
});
