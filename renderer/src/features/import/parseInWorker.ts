import type { ImportEvent, ImportKind, ImportOptions } from '@shared/import';

export type ParseRequest =
  | { type: 'start'; bytes: Uint8Array; fileName: string; kind: ImportKind; options: ImportOptions }
  | { type: 'next' };

export type ParseReply =
  { type: 'event'; event: ImportEvent<ImportKind> | undefined } | { type: 'error'; message: string };

/** The replies of a worker in arrival order, awaited one at a time. */
function replyQueue(worker: Worker): () => Promise<ParseReply> {
  const arrived: ParseReply[] = [];
  const waiting: ((reply: ParseReply) => void)[] = [];
  const deliver = (reply: ParseReply) => {
    const waiter = waiting.shift();
    if (waiter) waiter(reply);
    else arrived.push(reply);
  };
  worker.onmessage = (message: MessageEvent<ParseReply>) => deliver(message.data);
  worker.onerror = (error) =>
    deliver({ type: 'error', message: error.message || 'The parse worker stopped.' });
  return () => {
    const reply = arrived.shift();
    return reply ? Promise.resolve(reply) : new Promise((resolve) => waiting.push(resolve));
  };
}

/**
 * parseImportInChunks on a thread of its own, one chunk ahead: while the caller writes a chunk, the next one
 * is parsed beside it. The events are the same as the in-thread generator's; the worker ends with the generator.
 */
export async function* parseInWorker<K extends ImportKind>(
  bytes: Uint8Array,
  fileName: string,
  kind: K,
  options: ImportOptions = {},
): AsyncGenerator<ImportEvent<K>, void, void> {
  const worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
  const nextReply = replyQueue(worker);
  try {
    worker.postMessage({ type: 'start', bytes, fileName, kind, options } satisfies ParseRequest);
    worker.postMessage({ type: 'next' } satisfies ParseRequest);
    for (;;) {
      const reply = await nextReply();
      if (reply.type === 'error') throw new Error(reply.message);
      const event = reply.event as ImportEvent<K> | undefined;
      if (!event) return;
      if (event.type === 'done') {
        yield event;
        return;
      }
      worker.postMessage({ type: 'next' } satisfies ParseRequest);
      yield event;
    }
  } finally {
    worker.terminate();
  }
}
