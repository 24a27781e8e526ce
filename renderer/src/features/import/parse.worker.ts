/// <reference lib="webworker" />
import { parseImportInChunks, type ImportKind } from '@shared/import';
import type { ParseReply, ParseRequest } from './parseInWorker';

/**
 * Parses an import file one chunk per 'next', on a thread of its own, so the import worker's thread stays
 * free for its IndexedDB transactions while the following chunk is read.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
let events: AsyncGenerator<unknown> | undefined;

scope.onmessage = async (message: MessageEvent<ParseRequest>) => {
  const request = message.data;
  if (request.type === 'start') {
    events = parseImportInChunks(
      request.bytes,
      request.fileName,
      request.kind as ImportKind,
      request.options,
    );
    return;
  }
  try {
    if (!events) throw new Error('parse worker: "next" before "start"');
    const next = await events.next();
    scope.postMessage({ type: 'event', event: next.done ? undefined : next.value } as ParseReply);
  } catch (error) {
    scope.postMessage({
      type: 'error',
      message: error instanceof Error ? error.message : String(error),
    } satisfies ParseReply);
  }
};
