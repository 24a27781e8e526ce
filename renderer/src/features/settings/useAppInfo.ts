import { useEffect, useState } from 'react';
import type { ResultOf } from '@shared/bridge/contract';
import { bridge } from '../../bridge/client';

type Info = { info: ResultOf<'app:info'>; paths: ResultOf<'paths:get'> };
type State = { data?: Info; error?: string };

/**
 * One request per session for what never changes while the app runs (version, shell, folders): the cards
 * that show it share it, and a second visit to Settings shows it in its first frame. A failure is not kept,
 * so the next visit asks again.
 */
let request: Promise<State> | undefined;
let answer: Info | undefined;

function loadAppInfo(): Promise<State> {
  request ??= Promise.all([bridge.invoke('app:info', {}), bridge.invoke('paths:get', {})]).then(
    ([info, paths]): State => {
      if (!info.ok) return { error: info.error.message };
      if (!paths.ok) return { error: paths.error.message };
      answer = { info: info.value, paths: paths.value };
      return { data: answer };
    },
  );
  return request;
}

/** App version, shell and data folders from the Node side; an error names what failed. */
export function useAppInfo(): State {
  // Asked for while the screen renders, not after it committed, so the answer is on its way meanwhile.
  const [state, setState] = useState<State>(() => {
    if (answer) return { data: answer };
    void loadAppInfo();
    return {};
  });
  useEffect(() => {
    if (state.data) return;
    let live = true;
    void loadAppInfo().then((next) => {
      if (next.error) request = undefined;
      if (live) setState(next);
    });
    return () => {
      live = false;
    };
  }, [state.data]);
  return state;
}

export function usePersistedStorage(): boolean | undefined {
  const [persisted, setPersisted] = useState<boolean>();
  useEffect(() => {
    void navigator.storage?.persisted?.().then(setPersisted);
  }, []);
  return persisted;
}
