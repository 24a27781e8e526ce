import { memo } from 'react';
import { Text } from '@mantine/core';

import type { SearchHit } from '../data/searchMessages';
import { Highlighted } from './Highlighted';
import classes from './Inbox.module.css';
import { useT } from '../../../i18n/useT';

/**
 * Messages matching the search, newest first, with the matched words marked; a click opens the thread. Plain
 * elements styled by the CSS module: results appear while the rep is still typing.
 */
export const SearchResults = memo(function SearchResults({
  hits,
  query,
  openedId,
  onOpen,
}: {
  hits: SearchHit[] | undefined;
  query: string;
  openedId?: string;
  onOpen(id: string): void;
}) {
  const { t } = useT();
  if (!hits)
    return (
      <Text p="md" size="sm" c="dimmed">
        {t('app.loading')}
      </Text>
    );
  if (hits.length === 0)
    return (
      <Text p="md" size="sm" c="dimmed" data-testid="search-empty">
        {t('inbox.search.noResults')}
      </Text>
    );
  return (
    <div className={classes.scroll} data-testid="search-results">
      {hits.map(({ message, conversation }) => (
        <button
          type="button"
          key={message.id}
          className={classes.hit}
          aria-current={conversation.id === openedId || undefined}
          onClick={() => onOpen(conversation.id)}
          data-testid="search-hit"
        >
          <span className={classes.rowTop}>
            <span className={classes.hitBuyer}>{conversation.buyerName}</span>
            <span className={classes.tag}>{conversation.language}</span>
          </span>
          <span className={classes.hitBody}>
            <Highlighted text={message.body} query={query} />
          </span>
        </button>
      ))}
    </div>
  );
});
