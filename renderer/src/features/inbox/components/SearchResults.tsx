import { Badge, Box, Group, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../data/searchMessages';
import { Highlighted } from './Highlighted';

/** Messages matching the search, newest first, with the matched words marked; a click opens the thread. */
export function SearchResults({ hits, query, openedId, onOpen }: { hits: SearchHit[] | undefined; query: string; openedId?: string; onOpen(id: string): void }) {
  const { t } = useTranslation();
  if (!hits) return <Text p="md" size="sm" c="dimmed">{t('app.loading')}</Text>;
  if (hits.length === 0)
    return (
      <Text p="md" size="sm" c="dimmed" data-testid="search-empty">
        {t('inbox.search.noResults')}
      </Text>
    );
  return (
    <ScrollArea style={{ flex: 1 }} data-testid="search-results">
      <Stack gap={0}>
        {hits.map(({ message, conversation }) => (
          <UnstyledButton
            key={message.id}
            p="xs"
            onClick={() => onOpen(conversation.id)}
            style={{ borderBottom: '1px solid var(--mantine-color-default-border)', background: conversation.id === openedId ? 'var(--mantine-primary-color-light)' : undefined }}
            data-testid="search-hit"
          >
            <Group justify="space-between" wrap="nowrap">
              <Text size="sm" fw={600} truncate>
                {conversation.buyerName}
              </Text>
              <Badge size="xs" variant="default">
                {conversation.language}
              </Badge>
            </Group>
            <Box>
              <Text size="xs" lineClamp={3}>
                <Highlighted text={message.body} query={query} />
              </Text>
            </Box>
          </UnstyledButton>
        ))}
      </Stack>
    </ScrollArea>
  );
}
