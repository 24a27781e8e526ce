import '@mantine/dropzone/styles.css';
import { useRef } from 'react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { notifications } from '@mantine/notifications';
import { IconFolder, IconPhotoPlus, IconUpload } from '@tabler/icons-react';

import { call } from '../../bridge/client';
import { imagesOfFolder } from './photoFiles';
import { useT } from '../../i18n/useT';

interface Props {
  shell: 'electron' | 'browser' | undefined;
  disabled: boolean;
  onFiles(files: File[]): void;
  onPicked(staged: { id: string; name: string; bytes: number }[]): void;
}

/**
 * Drop photos, choose files or a whole folder. Every dropped file is kept, whatever its type: a HEIC or a
 * renamed text file gets its own clear message from the pipeline instead of vanishing silently.
 */
export function PhotoDropzone({ shell, disabled, onFiles, onPicked }: Props) {
  const { t } = useT();
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const pick = async (folder: boolean) => {
    try {
      const { staged } = await call('photos:pickFiles', { folder });
      if (staged.length > 0) onPicked(staged);
    } catch (error) {
      notifications.show({ color: 'red', message: error instanceof Error ? error.message : String(error) });
    }
  };
  // The desktop app picks through its native dialog (originals are only read); the browser uploads.
  const choose = (folder: boolean) => {
    if (shell === 'electron') void pick(folder);
    else (folder ? folderInput : filesInput).current?.click();
  };
  const fromInput = (input: HTMLInputElement, folder: boolean) => {
    const files = [...(input.files ?? [])];
    input.value = '';
    const kept = folder ? imagesOfFolder(files) : files;
    if (kept.length > 0) onFiles(kept);
  };

  return (
    <Stack gap="xs">
      <Dropzone onDrop={onFiles} disabled={disabled} multiple data-testid="photo-dropzone">
        <Group justify="center" gap="md" mih={110} style={{ pointerEvents: 'none' }}>
          <Dropzone.Accept>
            <IconUpload size={40} stroke={1.5} />
          </Dropzone.Accept>
          <Dropzone.Idle>
            <IconPhotoPlus size={40} stroke={1.5} />
          </Dropzone.Idle>
          <div>
            <Text size="lg">{t('photos.drop.title')}</Text>
            <Text size="sm" c="dimmed">
              {t('photos.drop.hint')}
            </Text>
          </div>
        </Group>
      </Dropzone>
      <Group gap="xs">
        <Button
          variant="default"
          size="xs"
          leftSection={<IconPhotoPlus size={14} />}
          onClick={() => choose(false)}
          disabled={disabled}
        >
          {t('photos.drop.chooseFiles')}
        </Button>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconFolder size={14} />}
          onClick={() => choose(true)}
          disabled={disabled}
        >
          {t('photos.drop.chooseFolder')}
        </Button>
        <input
          ref={filesInput}
          type="file"
          multiple
          hidden
          data-testid="photo-files-input"
          onChange={(e) => fromInput(e.currentTarget, false)}
        />
        {/* webkitdirectory: the browser's way to pick a whole folder (Chromium, Firefox and Safari support it). */}
        <input
          ref={(node) => {
            folderInput.current = node;
            node?.setAttribute('webkitdirectory', '');
          }}
          type="file"
          multiple
          hidden
          data-testid="photo-folder-input"
          onChange={(e) => fromInput(e.currentTarget, true)}
        />
      </Group>
    </Stack>
  );
}
