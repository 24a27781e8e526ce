import type { BuyerLanguage } from '@shared/domain/types';
import type { LanguageGuess } from '@shared/inbox/language';

export interface DetectRequest {
  id: number;
  text: string;
  fallback?: BuyerLanguage;
}
export interface DetectReply {
  id: number;
  guess: LanguageGuess;
}

let worker: Worker | undefined;
let nextId = 0;
const waiting = new Map<number, (guess: LanguageGuess) => void>();

/**
 * The language of a buyer's words, guessed in a Web Worker: loading and compiling the detector took the page's
 * thread for tens of milliseconds right after a conversation opened. One worker for the page, started on the
 * first guess. Where there is no Worker (unit tests), the detector runs here.
 */
export async function detectLanguageOffThread(
  text: string,
  fallback?: BuyerLanguage,
): Promise<LanguageGuess> {
  if (typeof Worker === 'undefined')
    return (await import('@shared/inbox/language')).detectLanguage(text, fallback);
  if (!worker) {
    worker = new Worker(new URL('./language.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<DetectReply>) => {
      waiting.get(event.data.id)?.(event.data.guess);
      waiting.delete(event.data.id);
    };
  }
  const id = nextId++;
  const request: DetectRequest = { id, text, ...(fallback ? { fallback } : {}) };
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    worker!.postMessage(request);
  });
}
