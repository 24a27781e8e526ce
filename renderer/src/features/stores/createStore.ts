import type { HostingMode } from '@shared/domain/types';
import { db } from '../../db/db';
import { setPreference } from '../../app/preferences';

export async function createStore(input: {
  name: string;
  hostingMode: HostingMode;
  currency: string;
}): Promise<string> {
  const id = `store_${crypto.randomUUID()}`;
  await db.transaction('rw', db.stores, db.settings, async () => {
    await db.stores.add({
      id,
      name: input.name,
      hostingMode: input.hostingMode,
      currency: input.currency,
      createdAt: Date.now(),
      isDemo: false,
    });
    await setPreference('activeStoreId', id);
  });
  return id;
}
