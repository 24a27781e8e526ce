import { memo, useEffect, useRef, useState } from 'react';
import { TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useT } from '../../../i18n/useT';

/** Keystrokes closer together than this are one burst of typing: the search waits for the burst to end. */
export const TYPING_BURST_MS = 80;

/**
 * The search box. It owns what is typed, so a keystroke re-renders this input and nothing else, and hands the
 * query up at once when typing starts (or text is pasted) and again when a burst of fast typing pauses.
 */
export const InboxSearch = memo(function InboxSearch({ onQuery }: { onQuery(query: string): void }) {
  const { t } = useT();
  const [text, setText] = useState('');
  const lastKeyAt = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const change = (value: string) => {
    setText(value);
    clearTimeout(timer.current);
    const now = performance.now();
    const inBurst = now - lastKeyAt.current < TYPING_BURST_MS;
    lastKeyAt.current = now;
    const query = value.trim();
    if (inBurst && query) timer.current = setTimeout(() => onQuery(query), TYPING_BURST_MS);
    else onQuery(query);
  };

  return (
    <TextInput
      id="inbox-search"
      w={280}
      size="xs"
      leftSection={<IconSearch size={14} />}
      placeholder={t('inbox.search.placeholder')}
      aria-label={t('inbox.search.placeholder')}
      value={text}
      onChange={(e) => change(e.currentTarget.value)}
      onKeyDown={(e) => e.key === 'Escape' && change('')}
      data-testid="inbox-search"
    />
  );
});
