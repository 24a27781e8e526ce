import type { ImportKind, MappingOverride } from '@shared/import';
import type { WorkstationDb } from '../../db/db';

export async function rememberedMapping(
  db: WorkstationDb,
  fingerprint: string | null,
  kind: ImportKind,
): Promise<MappingOverride | undefined> {
  if (!fingerprint) return undefined;
  const layout = await db.importLayouts.get(fingerprint);
  return layout?.kind === kind ? layout.mapping : undefined;
}

export async function rememberMapping(
  db: WorkstationDb,
  fingerprint: string,
  kind: ImportKind,
  mapping: MappingOverride,
): Promise<void> {
  await db.importLayouts.put({ fingerprint, kind, mapping, updatedAt: Date.now() });
}
