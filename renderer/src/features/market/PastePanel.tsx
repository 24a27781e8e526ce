import { useState } from 'react';
import { Alert, Button, Stack, Textarea } from '@mantine/core';
import { useT } from '../../i18n/useT';
import { parseListing, type ParsedListing } from '@shared/market/listingParse';

interface Props {
  onParsed(parsed: ParsedListing): void;
}

/** Where the seller pastes a whole listing page; reading happens on the button (or Ctrl+Enter). */
export function PastePanel({ onParsed }: Props) {
  const { t } = useT();
  const [text, setText] = useState('');
  const [noPrice, setNoPrice] = useState(false);
  const read = () => {
    const parsed = parseListing(text);
    setNoPrice(parsed.price === null);
    onParsed(parsed);
  };
  return (
    <Stack gap="xs">
      <Textarea
        label={t('market.add.paste')}
        description={t('market.add.pasteHelp')}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) read();
        }}
        autosize
        minRows={4}
        maxRows={10}
      />
      <Button
        variant="light"
        onClick={read}
        disabled={text.trim() === ''}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('market.add.read')}
      </Button>
      {noPrice && (
        <Alert color="red" role="alert">
          {t('market.add.noPrice')}
        </Alert>
      )}
    </Stack>
  );
}

/** The fields of a parsed page the parser flagged, as the set SnapshotFields highlights. */
export function missingFields(parsed: ParsedListing | null): Set<string> {
  return new Set(parsed?.errors.map((error) => error.field) ?? []);
}
