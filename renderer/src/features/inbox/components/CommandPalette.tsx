import { useState } from 'react';
import { Kbd, Modal, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';

import { fold } from '@shared/inbox/tokenize';
import { useT } from '../../../i18n/useT';

export interface Command {
  id: string;
  label: string;
  hint?: string;
  run(): void;
}

/** Ctrl/⌘+K: every inbox action by name, for reps who prefer typing to pointing. */
export function CommandPalette({
  opened,
  onClose,
  commands,
}: {
  opened: boolean;
  onClose(): void;
  commands: Command[];
}) {
  const { t } = useT();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const shown = commands.filter((c) => fold(c.label).includes(fold(query.trim())));
  const run = (command: Command | undefined) => {
    if (!command) return;
    onClose();
    setQuery('');
    command.run();
  };
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('inbox.ui.palette.title')}
      size="lg"
      data-testid="command-palette"
    >
      <TextInput
        data-autofocus
        placeholder={t('inbox.ui.palette.placeholder')}
        value={query}
        onChange={(e) => {
          setQuery(e.currentTarget.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            const n = Math.max(1, shown.length);
            setActive((i) => (i + (e.key === 'ArrowDown' ? 1 : n - 1)) % n);
          }
          if (e.key === 'Enter') run(shown[active]);
        }}
        aria-label={t('inbox.ui.palette.title')}
      />
      <Stack gap={0} mt="xs" role="listbox">
        {shown.map((c, i) => (
          <UnstyledButton
            key={c.id}
            role="option"
            aria-selected={i === active}
            p={8}
            onClick={() => run(c)}
            style={{
              borderRadius: 4,
              background: i === active ? 'var(--mantine-primary-color-light)' : undefined,
              display: 'flex',
              justifyContent: 'space-between',
            }}
          >
            <Text size="sm">{c.label}</Text>
            {c.hint && <Kbd size="xs">{c.hint}</Kbd>}
          </UnstyledButton>
        ))}
        {shown.length === 0 && (
          <Text size="sm" c="dimmed" p={8}>
            {t('inbox.ui.palette.none')}
          </Text>
        )}
      </Stack>
    </Modal>
  );
}
