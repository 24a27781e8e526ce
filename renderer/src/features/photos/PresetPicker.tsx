import { useState } from 'react';
import { ActionIcon, Group, Select, Tooltip } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';

import { BUILT_IN_PRESET_IDS, findPreset, isBuiltInPresetId, type PhotoPreset } from '@shared/photos';
import { db, type UserPresetRow } from '../../db/db';
import { PresetEditorModal } from './PresetEditorModal';
import { deleteUserPreset, listUserPresets } from './userPresets';
import { useT } from '../../i18n/useT';
import { AfterPaint, InputStandIn } from '../../components/AfterPaint';

interface Props {
  value: string;
  onChange(id: string): void;
  disabled?: boolean;
}

/** The built-in presets, then the seller's own, with create / edit / delete next to the list. */
export function PresetPicker({ value, onChange, disabled }: Props) {
  const { t } = useT();
  const userPresets = useLiveQuery(() => listUserPresets(db), []);
  const [editing, setEditing] = useState<UserPresetRow | 'new'>();
  const current = userPresets?.find((row) => row.id === value);
  const data = [
    {
      group: t('photos.preset.builtIn'),
      items: BUILT_IN_PRESET_IDS.map((id) => ({ value: id, label: t(`photos.preset.${id}`) })),
    },
    ...(userPresets && userPresets.length > 0
      ? [
          {
            group: t('photos.preset.mine'),
            items: userPresets.map((row) => ({ value: row.id, label: row.name })),
          },
        ]
      : []),
  ];
  return (
    <Group gap="xs" align="flex-end">
      {/* The select's popover machinery measures the page when it mounts: it comes after the first paint. */}
      <AfterPaint
        fallback={
          <InputStandIn
            size="sm"
            label={t('photos.preset.label')}
            value={data.flatMap((g) => g.items).find((item) => item.value === value)?.label ?? ''}
            w={320}
            disabled={disabled}
          />
        }
      >
        <Select
          label={t('photos.preset.label')}
          data={data}
          value={value}
          onChange={(v) => v && onChange(v)}
          allowDeselect={false}
          w={320}
          disabled={disabled}
          data-testid="preset-select"
        />
      </AfterPaint>
      <Tooltip label={t('photos.preset.new')}>
        <ActionIcon
          variant="default"
          size="lg"
          onClick={() => setEditing('new')}
          aria-label={t('photos.preset.new')}
          disabled={disabled}
        >
          <IconPlus size={16} />
        </ActionIcon>
      </Tooltip>
      {current && (
        <>
          <Tooltip label={t('photos.preset.edit')}>
            <ActionIcon
              variant="default"
              size="lg"
              onClick={() => setEditing(current)}
              aria-label={t('photos.preset.edit')}
              disabled={disabled}
            >
              <IconPencil size={16} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('photos.preset.delete')}>
            <ActionIcon
              variant="default"
              color="red"
              size="lg"
              aria-label={t('photos.preset.delete')}
              disabled={disabled}
              onClick={() => {
                if (!window.confirm(t('photos.preset.deleteConfirm', { name: current.name }))) return;
                void deleteUserPreset(db, current.id).then(() => onChange('main-image'));
              }}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Tooltip>
        </>
      )}
      {editing && (
        <PresetEditorModal
          editing={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(undefined)}
          onSaved={(row) => {
            setEditing(undefined);
            onChange(row.id);
          }}
        />
      )}
    </Group>
  );
}

/** The preset behind an id, from the built-ins or the seller's own list. */
export function usePreset(id: string): PhotoPreset | undefined {
  const userPresets = useLiveQuery(
    () => (isBuiltInPresetId(id) ? Promise.resolve([]) : listUserPresets(db)),
    [id],
  );
  return findPreset(id, userPresets?.map((row) => row.preset) ?? []);
}
