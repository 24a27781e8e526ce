import { useEffect, useState } from 'react';
import { bridge } from '../../bridge/client';

/** Which shell serves the page: the desktop app has native pickers and save dialogs, the browser has neither. */
export function useShellKind(): 'electron' | 'browser' | undefined {
  const [kind, setKind] = useState<'electron' | 'browser'>();
  useEffect(() => {
    let live = true;
    void bridge
      .invoke('app:info', {})
      .then((result) => live && setKind(result.ok ? result.value.shell : 'browser'));
    return () => {
      live = false;
    };
  }, []);
  return kind;
}
