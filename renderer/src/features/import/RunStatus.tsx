import { Alert, Button, Card, Group, Progress, Stack, Text } from '@mantine/core';

import { cancelImport, dismissImportResult, type ImportRunState } from './importRunner';
import { useT } from '../../i18n/useT';

function Running({ state }: { state: Extract<ImportRunState, { status: 'running' }> }) {
  const { t } = useT();
  const percent = state.rowsTotal === 0 ? 0 : Math.round((state.rowsDone / state.rowsTotal) * 100);
  return (
    <Card withBorder padding="md" data-testid="import-progress">
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600}>{t('import.progress.title', { file: state.fileName })}</Text>
          <Text size="sm" c="dimmed">
            {percent}%
          </Text>
        </Group>
        <Progress
          value={percent}
          animated
          aria-label={t('import.progress.title', { file: state.fileName })}
        />
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {state.cancelling
              ? t('import.progress.cancelling')
              : t('import.progress.rows', {
                  done: state.rowsDone.toLocaleString(),
                  total: state.rowsTotal.toLocaleString(),
                }) +
                (state.etaSeconds === undefined
                  ? ''
                  : ` · ${t('import.progress.eta', { seconds: state.etaSeconds })}`)}
          </Text>
          <Button size="xs" variant="subtle" color="gray" onClick={cancelImport} disabled={state.cancelling}>
            {t('import.progress.cancel')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

export function RunStatus({ state }: { state: ImportRunState }) {
  const { t } = useT();
  if (state.status === 'idle') return null;
  if (state.status === 'running') return <Running state={state} />;
  const [color, text] =
    state.status === 'done'
      ? ['teal', t('import.result.done', { count: state.rows, file: state.fileName })]
      : state.status === 'cancelled'
        ? ['yellow', t('import.result.cancelled')]
        : ['red', t('import.result.failed', { message: state.message })];
  return (
    <Alert color={color} withCloseButton onClose={dismissImportResult} data-testid="import-result">
      {text}
    </Alert>
  );
}
