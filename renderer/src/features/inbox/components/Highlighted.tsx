import { highlight } from '@shared/inbox/tokenize';
import classes from './Inbox.module.css';

/** Text with the search query's matches marked (accent- and case-insensitive, Chinese runs included). */
export function Highlighted({ text, query }: { text: string; query: string }) {
  return (
    <>
      {highlight(text, query).map((segment, i) =>
        segment.match ? (
          // A plain <mark> styled like Mantine's Mark: search results carry dozens of them.
          <mark key={i} className={classes.mark} data-testid="search-mark">
            {segment.text}
          </mark>
        ) : (
          <span key={i}>{segment.text}</span>
        ),
      )}
    </>
  );
}
