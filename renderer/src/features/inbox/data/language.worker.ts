/// <reference lib="webworker" />
import { detectLanguage } from '@shared/inbox/language';
import type { DetectRequest, DetectReply } from './detectLanguage';

/** tinyld (~800 KB of code and n-gram tables) loads and runs here, never on the page's thread. */
self.onmessage = (event: MessageEvent<DetectRequest>) => {
  const { id, text, fallback } = event.data;
  const reply: DetectReply = { id, guess: detectLanguage(text, fallback) };
  self.postMessage(reply);
};
