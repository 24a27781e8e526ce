import { useState, type ReactNode } from 'react';
import { Alert, Button, FileButton, List, Text } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { parseRosterFile, type RosterImportResult } from '@shared/creators/rosterImport';
import { db } from '../../db/db';
import { useT } from '../../i18n/useT';
import { importRoster } from './data/writes';

type Outcome =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'done'; result: RosterImportResult; added: number; merged: number }
  | { kind: 'failed'; fileName: string; message: string };

const SHOWN_ERRORS = 20;

/**
 * "Import roster": a CSV/XLSX list of creators, merged into the roster by platform + handle. Returns the
 * button for the toolbar and the report to show under it.
 */
export function useRosterImport(storeId: string, currency: string): { button: ReactNode; report: ReactNode } {
  const { t } = useT();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });

  const choose = async (file: File | null) => {
    if (!file) return;
    setOutcome({ kind: 'reading', fileName: file.name });
    try {
      const result = await parseRosterFile(new Uint8Array(await file.arrayBuffer()), file.name, currency);
      const { added, merged } = await importRoster(
        db,
        storeId,
        result.entries.map(({ row: _row, ...entry }) => entry),
      );
      setOutcome({ kind: 'done', result, added, merged });
    } catch (error) {
      setOutcome({
        kind: 'failed',
        fileName: file.name,
        message: String((error as Error)?.message ?? error),
      });
    }
  };

  return {
    button: (
      <FileButton onChange={(file) => void choose(file)} accept=".csv,.tsv,.txt,.xlsx">
        {(props) => (
          <Button
            {...props}
            variant="default"
            leftSection={<IconFileImport size={16} />}
            loading={outcome.kind === 'reading'}
            data-testid="roster-import"
          >
            {t('creators.rosterImport.button')}
          </Button>
        )}
      </FileButton>
    ),
    report:
      outcome.kind === 'done' || outcome.kind === 'failed' ? (
        <RosterImportReport outcome={outcome} onClose={() => setOutcome({ kind: 'idle' })} />
      ) : null,
  };
}

function RosterImportReport({
  outcome,
  onClose,
}: {
  outcome: Extract<Outcome, { kind: 'done' | 'failed' }>;
  onClose(): void;
}) {
  const { t } = useT();
  if (outcome.kind === 'failed')
    return (
      <Alert color="red" withCloseButton onClose={onClose} data-testid="roster-import-result">
        {t('creators.rosterImport.failed', { file: outcome.fileName, message: outcome.message })}
      </Alert>
    );
  const { result, added, merged } = outcome;
  const errors = result.errors;
  return (
    <Alert
      color={errors.length > 0 ? 'yellow' : 'teal'}
      withCloseButton
      onClose={onClose}

      data-testid="roster-import-result"
      title={t('creators.rosterImport.summary', {
        file: result.fileName,
        added,
        merged,
        skipped: result.dataRows - result.entries.length - result.duplicatesInFile,
      })}
    >
      {result.duplicatesInFile > 0 && (
        <Text size="sm">{t('creators.rosterImport.inFile', { count: result.duplicatesInFile })}</Text>
      )}
      {errors.length > 0 && (
        <List size="sm" spacing={2}>
          {errors.slice(0, SHOWN_ERRORS).map((error, i) => (
            <List.Item key={i}>
              {error.row === null
                ? error.message
                : t('creators.rosterImport.problem', {
                    row: error.row,
                    column: error.column ?? '',
                    message: error.message,
                  })}
            </List.Item>
          ))}
        </List>
      )}
      {errors.length > SHOWN_ERRORS && (
        <Text size="sm">{t('creators.rosterImport.more', { count: errors.length - SHOWN_ERRORS })}</Text>
      )}
    </Alert>
  );
}
