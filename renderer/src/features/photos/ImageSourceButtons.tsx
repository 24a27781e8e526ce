import { useState } from 'react';
import { Button, Modal } from '@mantine/core';
import { IconLibraryPhoto, IconPhotoPlus } from '@tabler/icons-react';

import { LibraryPickerModal } from './LibraryPickerModal';
import { PhotoStudio } from './PhotoStudio';

interface Props {
  storeId: string;
  /** How many pictures may still be added; 0 disables both ways. */
  room: number;
  /** Already used: shown in the library, not selectable again. */
  exclude: readonly string[];
  onPick(mediaIds: string[]): void;
  labels: { library: string; studio: string; studioTitle: string; use?: string };
  /** The studio's preset when it opens. */
  preset?: string;
  studioTestId?: string;
}

/**
 * The two ways a picture enters a form: from the store's media library, or made from files with the photo studio
 * (in a modal, so the form's unsaved edits stay). Both hand back media ids.
 */
export function ImageSourceButtons({ storeId, room, exclude, onPick, labels, preset, studioTestId }: Props) {
  const [dialog, setDialog] = useState<'library' | 'studio'>();
  const pick = (ids: string[]) => {
    onPick(ids);
    setDialog(undefined);
  };
  return (
    <>
      <Button
        size="xs"
        variant="default"
        leftSection={<IconLibraryPhoto size={14} />}
        onClick={() => setDialog('library')}
        disabled={room <= 0}
      >
        {labels.library}
      </Button>
      <Button
        size="xs"
        variant="light"
        leftSection={<IconPhotoPlus size={14} />}
        onClick={() => setDialog('studio')}
        disabled={room <= 0}
        data-testid={studioTestId}
      >
        {labels.studio}
      </Button>
      {dialog === 'library' && (
        <LibraryPickerModal
          storeId={storeId}
          exclude={exclude}
          room={room}
          onClose={() => setDialog(undefined)}
          onPick={pick}
        />
      )}
      <Modal
        opened={dialog === 'studio'}
        onClose={() => setDialog(undefined)}
        title={labels.studioTitle}
        size="90%"
      >
        {dialog === 'studio' && (
          <PhotoStudio
            onUseAsMainImages={pick}
            {...(labels.use ? { useLabel: labels.use } : {})}
            {...(preset ? { initialPreset: preset } : {})}
          />
        )}
      </Modal>
    </>
  );
}
