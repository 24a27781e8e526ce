import type { ImportEvent, ImportRequest } from './protocol';

export interface WorkerTask {
  cancel(): void;
  terminate(): void;
}

/** One worker per task: a preview, an import or an undo. The worker ends when the task reports its end. */
export function startWorkerTask(
  request: Exclude<ImportRequest, { type: 'cancel' }>,
  onEvent: (event: ImportEvent) => void,
): WorkerTask {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (message: MessageEvent<ImportEvent>) => {
    if (message.data.type !== 'progress') worker.terminate();
    onEvent(message.data);
  };
  worker.onerror = (error) => {
    worker.terminate();
    onEvent({ type: 'failed', message: error.message });
  };
  const transfer = 'bytes' in request ? [request.bytes] : [];
  worker.postMessage(request, transfer);
  return {
    cancel: () => worker.postMessage({ type: 'cancel' } satisfies ImportRequest),
    terminate: () => worker.terminate(),
  };
}

/** Runs an undo in the worker (it can touch 100k orders) and resolves with its outcome. */
export function undoInWorker(batchId: string): Promise<ImportEvent> {
  return new Promise((resolve) => startWorkerTask({ type: 'undo', batchId }, resolve));
}
