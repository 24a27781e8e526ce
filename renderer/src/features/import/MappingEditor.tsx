import { Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { fieldSpecsFor, type ColumnMapping, type ImportField, type MappingOverride } from '@shared/import';

import type { ImportPreview } from './preview';
import { useT } from '../../i18n/useT';

/** Every field spelled out (index or null), so the saved mapping means the same on any later file. */
function fullOverride(preview: ImportPreview, mapping: ColumnMapping): MappingOverride {
  return Object.fromEntries(
    fieldSpecsFor(preview.kind).map((spec) => [spec.field, mapping[spec.field as ImportField] ?? null]),
  );
}

export function MappingEditor({
  preview,
  onChange,
}: {
  preview: ImportPreview;
  onChange(mapping: MappingOverride): void;
}) {
  const { t } = useT();
  const columns = preview.headers.map((header, index) => ({
    value: String(index),
    label: header.trim() || `#${index + 1}`,
  }));
  const change = (field: string, value: string | null) => {
    const next = fullOverride(preview, preview.mapping);
    next[field as ImportField] = value === null ? null : Number(value);
    onChange(next);
  };
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('import.mapping.hint')} · {t(`import.mapping.source.${preview.mappingSource}`)}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3, lg: 5 }}>
        {fieldSpecsFor(preview.kind).map((spec) => {
          const index = preview.mapping[spec.field as ImportField];
          return (
            <Select
              key={spec.field}
              label={t(`import.field.${spec.field}`)}
              description={spec.required ? t('import.mapping.required') : undefined}
              placeholder={t('import.mapping.notMapped')}
              data={columns}
              value={index === undefined ? null : String(index)}
              onChange={(value) => change(spec.field, value)}
              clearable
              searchable
              size="xs"
              data-testid={`mapping-${spec.field}`}
            />
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}
