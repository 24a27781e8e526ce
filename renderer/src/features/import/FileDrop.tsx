import '@mantine/dropzone/styles.css';
import { Button, FileButton, Group, Stack, Text } from '@mantine/core';
import { Dropzone, type FileRejection } from '@mantine/dropzone';
import { IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../../i18n/useT';

const MAX_BYTES = 200 * 1024 * 1024;
/** By extension, not MIME type: Windows labels CSV files application/vnd.ms-excel, Linux often text/plain. */
const IMPORTABLE = /\.(csv|tsv|txt|xlsx)$/iu;

export function FileDrop({ onFile, disabled }: { onFile(file: File): void; disabled: boolean }) {
  const { t } = useT();
  const [rejected, setRejected] = useState(false);
  const accept = (file: File | null | undefined) => {
    const ok = Boolean(file && IMPORTABLE.test(file.name) && file.size <= MAX_BYTES);
    setRejected(!ok);
    if (file && ok) onFile(file);
  };
  return (
    <Stack gap="xs">
      <Dropzone
        onDrop={(files) => accept(files[0])}
        onReject={(rejections: FileRejection[]) => accept(rejections[0]?.file)}
        multiple={false}
        maxSize={MAX_BYTES}
        disabled={disabled}
        data-testid="import-dropzone"
      >
        <Group justify="center" gap="md" mih={110} style={{ pointerEvents: 'none' }}>
          <Dropzone.Accept>
            <IconUpload size={40} stroke={1.5} />
          </Dropzone.Accept>
          <Dropzone.Idle>
            <IconFileSpreadsheet size={40} stroke={1.5} />
          </Dropzone.Idle>
          <Stack gap={2}>
            <Text size="lg">{t('import.drop.title')}</Text>
            <Text size="sm" c="dimmed">
              {t('import.drop.hint')}
            </Text>
          </Stack>
        </Group>
      </Dropzone>
      <Group>
        <FileButton
          onChange={accept}
          accept=".csv,.tsv,.txt,.xlsx"
          disabled={disabled}
          inputProps={{ 'data-testid': 'import-file-input' } as object}
        >
          {(props) => (
            <Button variant="default" leftSection={<IconUpload size={16} />} {...props}>
              {t('import.drop.chooseFile')}
            </Button>
          )}
        </FileButton>
        {rejected && (
          <Text size="sm" c="red">
            {t('import.drop.reject')}
          </Text>
        )}
      </Group>
    </Stack>
  );
}
