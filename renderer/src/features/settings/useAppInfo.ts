import { useEffect, useState } from 'react';
import type { ResultOf } from '@shared/bridge/contract';
import { bridge } from '../../bridge/client';

type Info = { info: ResultOf<'app:info'>; paths: ResultOf<'paths:get'> };

/** App version, shell and data folders from the Node side; an error names what failed. */
export function useAppInfo(): { data?: Info; error?: string } {
  const [state, setState] = useState<{ data?: Info; error?: string }>({});
  useEffect(() => {
    let live = true;
    void Promise.all([bridge.invoke('app:info', {}), bridge.invoke('paths:get', {})]).then(
      ([info, paths]) => {
        if (!live) return;
        if (!info.ok) setState({ error: info.error.message });
        else if (!paths.ok) setState({ error: paths.error.message });
        else setState({ data: { info: info.value, paths: paths.value } });
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}

export function usePersistedStorage(): boolean | undefined {
  const [persisted, setPersisted] = useState<boolean>();
  useEffect(() => {
    void navigator.storage?.persisted?.().then(setPersisted);
  }, []);
  return persisted;
}
