import { useEffect, useState } from 'react';
import type { ImportKind, MappingOverride } from '@shared/import';
import type { ImportPreview } from './preview';
import { startWorkerTask } from './workerTask';

export type PreviewState =
  | { status: 'idle' }
  | { status: 'reading'; fileName: string }
  | { status: 'ready'; preview: ImportPreview }
  | { status: 'failed'; message: string };

/** A dry run of the file in the worker; runs again when the file, the kind or the user's mapping changes. */
export function useImportPreview(
  file: File | undefined,
  kind: ImportKind,
  storeId: string | undefined,
  mapping: MappingOverride | undefined,
): PreviewState {
  const [state, setState] = useState<PreviewState>({ status: 'idle' });
  useEffect(() => {
    if (!file || !storeId) {
      setState({ status: 'idle' });
      return;
    }
    let live = true;
    let terminate: (() => void) | undefined;
    setState({ status: 'reading', fileName: file.name });
    void file.arrayBuffer().then((bytes) => {
      if (!live) return;
      const task = startWorkerTask(
        { type: 'preview', storeId, kind, fileName: file.name, bytes, ...(mapping ? { mapping } : {}) },
        (event) => {
          if (!live) return;
          if (event.type === 'preview') setState({ status: 'ready', preview: event.preview });
          else if (event.type === 'failed') setState({ status: 'failed', message: event.message });
        },
      );
      terminate = task.terminate;
    });
    return () => {
      live = false;
      terminate?.();
    };
  }, [file, kind, storeId, mapping]);
  return state;
}
