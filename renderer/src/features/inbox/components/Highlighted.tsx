import { Mark } from '@mantine/core';
import { highlight } from '@shared/inbox/tokenize';

/** Text with the search query's matches marked (accent- and case-insensitive, Chinese runs included). */
export function Highlighted({ text, query }: { text: string; query: string }) {
  return (
    <>
      {highlight(text, query).map((segment, i) =>
        segment.match ? (
          <Mark key={i} data-testid="search-mark">
            {segment.text}
          </Mark>
        ) : (
          <span key={i}>{segment.text}</span>
        ),
      )}
    </>
  );
}
