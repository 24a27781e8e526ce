import type { WorkerAnswer, WorkerEnvelope, WorkerRequest } from './protocol';

/** An error from the worker keeps its name, so a full disk is still recognised as QuotaExceededError. */
export class WorkerError extends Error {
  constructor(message: string, name: string) {
    super(message);
    this.name = name;
  }
}

export interface BackupWorker {
  call<T extends WorkerAnswer['type']>(
    request: WorkerRequest,
    expect: T,
  ): Promise<Extract<WorkerAnswer, { type: T }>>;
  terminate(): void;
}

export function startBackupWorker(): BackupWorker {
  const worker = new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module' });
  let nextId = 1;
  const waiting = new Map<number, { resolve: (a: WorkerAnswer) => void; reject: (e: Error) => void }>();
  worker.onmessage = (event: MessageEvent<WorkerEnvelope>) => {
    const envelope = event.data;
    const pending = waiting.get(envelope.id);
    waiting.delete(envelope.id);
    if (!pending) return;
    if (envelope.ok) pending.resolve(envelope.answer);
    else pending.reject(new WorkerError(envelope.message, envelope.name));
  };
  worker.onerror = (event) => {
    for (const pending of waiting.values())
      pending.reject(new Error(event.message || 'Backup worker failed'));
    waiting.clear();
  };
  return {
    call(request, expect) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        waiting.set(id, {
          resolve: (answer) =>
            answer.type === expect
              ? resolve(answer as never)
              : reject(new Error(`Backup worker answered ${answer.type}, expected ${expect}`)),
          reject,
        });
        worker.postMessage({ id, request });
      });
    },
    terminate: () => worker.terminate(),
  };
}
