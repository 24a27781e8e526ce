import { useSyncExternalStore } from 'react';
import type { ImportKind, MappingOverride } from '@shared/import';
import type { ImportEvent } from './protocol';
import { startWorkerTask, type WorkerTask } from './workerTask';

export type ImportRunState =
  | { status: 'idle' }
  | {
      status: 'running';
      fileName: string;
      rowsDone: number;
      rowsTotal: number;
      etaSeconds?: number;
      cancelling: boolean;
    }
  | { status: 'done'; fileName: string; rows: number }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

/**
 * The running import lives outside React, so leaving the Import screen neither stops nor orphans it:
 * coming back shows its progress again.
 */
let state: ImportRunState = { status: 'idle' };
let task: WorkerTask | undefined;
let startedAt = 0;
const listeners = new Set<() => void>();

function setState(next: ImportRunState): void {
  state = next;
  for (const listener of listeners) listener();
}

function etaSeconds(rowsDone: number, rowsTotal: number): number | undefined {
  const elapsed = (performance.now() - startedAt) / 1000;
  if (rowsDone === 0 || elapsed < 0.5) return undefined;
  return Math.max(0, Math.round(((rowsTotal - rowsDone) * elapsed) / rowsDone));
}

function onEvent(fileName: string, event: ImportEvent): void {
  if (event.type === 'progress') {
    const cancelling = state.status === 'running' && state.cancelling;
    setState({
      status: 'running',
      fileName,
      rowsDone: event.rowsDone,
      rowsTotal: event.rowsTotal,
      etaSeconds: etaSeconds(event.rowsDone, event.rowsTotal),
      cancelling,
    });
    return;
  }
  task = undefined;
  if (event.type === 'done') setState({ status: 'done', fileName, rows: event.rows });
  else if (event.type === 'cancelled') setState({ status: 'cancelled' });
  else if (event.type === 'failed') setState({ status: 'failed', message: event.message });
}

export async function startImport(
  file: File,
  request: { storeId: string; kind: ImportKind; mapping?: MappingOverride },
): Promise<void> {
  if (state.status === 'running') return;
  startedAt = performance.now();
  setState({ status: 'running', fileName: file.name, rowsDone: 0, rowsTotal: 0, cancelling: false });
  const bytes = await file.arrayBuffer();
  task = startWorkerTask({ type: 'import', fileName: file.name, bytes, ...request }, (event) =>
    onEvent(file.name, event),
  );
}

export function cancelImport(): void {
  if (state.status !== 'running' || !task) return;
  task.cancel();
  setState({ ...state, cancelling: true });
}

export function dismissImportResult(): void {
  if (state.status !== 'running') setState({ status: 'idle' });
}

export function useImportRun(): ImportRunState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}
