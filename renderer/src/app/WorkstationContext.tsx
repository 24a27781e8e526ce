import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Store } from '@shared/domain/types';
import { db } from '../db/db';
import { setPreference, usePreferences } from './preferences';

export interface Workstation {
  stores: Store[];
  activeStore: Store | undefined;
  displayCurrency: string;
  selectStore(id: string): Promise<void>;
  setDisplayCurrency(code: string): Promise<void>;
}

const WorkstationContext = createContext<Workstation | undefined>(undefined);

/** Loads the stores and preferences once for every screen; renders nothing until both are read. */
export function WorkstationProvider({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  const stores = useLiveQuery(() => db.stores.orderBy('name').toArray(), []);
  const preferences = usePreferences();
  const value = useMemo<Workstation | undefined>(() => {
    if (!stores || !preferences) return undefined;
    const activeStore = stores.find((s) => s.id === preferences.activeStoreId) ?? stores[0];
    return {
      stores,
      activeStore,
      displayCurrency: preferences.displayCurrency,
      selectStore: (id) => setPreference('activeStoreId', id),
      setDisplayCurrency: (code) => setPreference('displayCurrency', code),
    };
  }, [stores, preferences]);
  if (!value) return fallback;
  return <WorkstationContext.Provider value={value}>{children}</WorkstationContext.Provider>;
}

export function useWorkstation(): Workstation {
  const value = useContext(WorkstationContext);
  if (!value) throw new Error('useWorkstation must be used inside <WorkstationProvider>');
  return value;
}
