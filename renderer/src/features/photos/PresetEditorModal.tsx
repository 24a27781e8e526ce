import { useState } from 'react';
import {
  Alert,
  Button,
  ColorInput,
  FileButton,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  Select,
  Slider,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconPhoto } from '@tabler/icons-react';

import { IMAGE_FORMATS, WATERMARK_POSITIONS } from '@shared/photos';
import { call } from '../../bridge/client';
import { db, type UserPresetRow } from '../../db/db';
import { fileToBase64 } from './photoFiles';
import { defaultPresetForm, formFromPreset, presetFromForm, type PresetForm } from './presetForm';
import { presetIdFor, saveUserPreset } from './userPresets';
import { useT } from '../../i18n/useT';

interface Props {
  /** The preset to edit; undefined creates a new one. */
  editing?: UserPresetRow;
  onClose(): void;
  onSaved(row: UserPresetRow): void;
}

const num = (value: string | number, fallback: number) => (value === '' ? fallback : Number(value));

/** Create or edit a seller's own preset; it is validated with the pipeline's own schema before it is saved. */
export function PresetEditorModal({ editing, onClose, onSaved }: Props) {
  const { t } = useT();
  const [form, setForm] = useState<PresetForm>(() =>
    editing ? formFromPreset(editing.name, editing.preset, editing.logoName) : defaultPresetForm(),
  );
  const [issues, setIssues] = useState<string[]>([]);
  const [logoError, setLogoError] = useState<string>();
  const update = (change: Partial<PresetForm>) => setForm((f) => ({ ...f, ...change }));

  const chooseLogo = async (file: File | null) => {
    if (!file) return;
    setLogoError(undefined);
    try {
      const logo = await call('media:importLogo', { name: file.name, bytesBase64: await fileToBase64(file) });
      update({ logoRef: logo.ref, logoName: file.name });
    } catch (error) {
      setLogoError(error instanceof Error ? error.message : String(error));
    }
  };

  const save = async () => {
    if (!form.name.trim()) return setIssues([t('photos.presetEditor.nameRequired')]);
    const id = editing?.id ?? presetIdFor(form.name);
    const result = await saveUserPreset(db, {
      id,
      name: form.name.trim(),
      preset: presetFromForm(id, form),
      ...(form.logoName ? { logoName: form.logoName } : {}),
    });
    if (!result.ok) return setIssues(result.issues);
    onSaved(result.row);
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={editing ? t('photos.presetEditor.editTitle') : t('photos.presetEditor.newTitle')}
      size="lg"
    >
      <Stack gap="sm">
        <TextInput
          label={t('photos.presetEditor.name')}
          value={form.name}
          onChange={(e) => update({ name: e.currentTarget.value })}
          data-autofocus
          required
        />
        <SegmentedControl
          value={form.layout}
          onChange={(v) => update({ layout: v as PresetForm['layout'] })}
          data={[
            { value: 'canvas-contain', label: t('photos.presetEditor.layoutContain') },
            { value: 'canvas-cover', label: t('photos.presetEditor.layoutCover') },
            { value: 'width', label: t('photos.presetEditor.layoutWidth') },
          ]}
        />
        <Group grow>
          <NumberInput
            label={t('photos.presetEditor.width')}
            min={16}
            max={16383}
            allowDecimal={false}
            value={form.width}
            onChange={(v) => update({ width: num(v, 1000) })}
          />
          {form.layout !== 'width' && (
            <NumberInput
              label={t('photos.presetEditor.height')}
              min={16}
              max={16383}
              allowDecimal={false}
              value={form.height}
              onChange={(v) => update({ height: num(v, 1000) })}
            />
          )}
          <NumberInput
            label={t('photos.presetEditor.margin')}
            min={0}
            max={30}
            value={form.marginPct}
            onChange={(v) => update({ marginPct: num(v, 0) })}
          />
        </Group>
        <Group grow>
          <ColorInput
            label={t('photos.presetEditor.background')}
            format="hex"
            value={form.background}
            onChange={(v) => update({ background: v })}
          />
          <Select
            label={t('photos.presetEditor.format')}
            data={IMAGE_FORMATS.map((f) => ({ value: f, label: f.toUpperCase() }))}
            value={form.format}
            onChange={(v) => v && update({ format: v as PresetForm['format'] })}
            allowDeselect={false}
          />
        </Group>
        <Group grow>
          <NumberInput
            label={t('photos.presetEditor.quality')}
            min={1}
            max={100}
            allowDecimal={false}
            value={form.quality}
            onChange={(v) => update({ quality: num(v, 88) })}
          />
          <NumberInput
            label={t('photos.presetEditor.maxKb')}
            description={t('photos.presetEditor.maxKbHelp')}
            min={0}
            allowDecimal={false}
            value={form.maxKb}
            onChange={(v) => update({ maxKb: num(v, 0) })}
          />
        </Group>
        <Stack gap={6}>
          <Text size="sm" fw={500}>
            {t('photos.presetEditor.logo')}
          </Text>
          <Group gap="xs">
            <FileButton onChange={(file) => void chooseLogo(file)} accept="image/png,image/jpeg,image/webp">
              {(props) => (
                <Button {...props} size="xs" variant="default" leftSection={<IconPhoto size={14} />}>
                  {form.logoRef ? t('photos.presetEditor.replaceLogo') : t('photos.presetEditor.chooseLogo')}
                </Button>
              )}
            </FileButton>
            {form.logoRef && (
              <>
                <Text size="sm">{form.logoName}</Text>
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  onClick={() => update({ logoRef: undefined, logoName: undefined })}
                >
                  {t('photos.presetEditor.removeLogo')}
                </Button>
              </>
            )}
          </Group>
          {logoError && <Alert color="red">{logoError}</Alert>}
          {form.logoRef && (
            <Group grow align="flex-end">
              <Select
                label={t('photos.presetEditor.logoPosition')}
                data={WATERMARK_POSITIONS.map((p) => ({ value: p, label: t(`photos.position.${p}`) }))}
                value={form.logoPosition}
                onChange={(v) => v && update({ logoPosition: v as PresetForm['logoPosition'] })}
                allowDeselect={false}
              />
              <NumberInput
                label={t('photos.presetEditor.logoWidth')}
                min={2}
                max={100}
                value={form.logoWidthPct}
                onChange={(v) => update({ logoWidthPct: num(v, 20) })}
              />
              <Stack gap={4}>
                <Text size="sm">
                  {t('photos.presetEditor.logoOpacity', { percent: Math.round(form.logoOpacity * 100) })}
                </Text>
                <Slider
                  min={0}
                  max={1}
                  step={0.05}
                  value={form.logoOpacity}
                  onChange={(v) => update({ logoOpacity: v })}
                  label={null}
                />
              </Stack>
            </Group>
          )}
        </Stack>
        {issues.length > 0 && (
          <Alert color="red" title={t('photos.presetEditor.invalid')}>
            {issues.map((issue) => (
              <Text key={issue} size="sm">
                {issue}
              </Text>
            ))}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('photos.cancel')}
          </Button>
          <Button onClick={() => void save()}>{t('photos.presetEditor.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
