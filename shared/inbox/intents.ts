/**
 * What a buyer's message asks for, from the offline rules in intentRules.ts: each intent with its confidence
 * and the spans of the words that matched (in the original text, for highlighting). No model, no network: a
 * shop where no one reads Russian or Portuguese still sees "asks where the order is" at a glance.
 */
import type { BuyerLanguage } from '@shared/domain/types';
import { INTENT_RULES, INTENTS, type Intent } from './intentRules';
import { fold } from './tokenize';

export { INTENTS, type Intent } from './intentRules';

export interface IntentSpan {
  start: number;
  end: number;
}

export interface IntentHit {
  intent: Intent;
  /** 0–1: grows with the weight of the distinct patterns that matched. */
  confidence: number;
  spans: IntentSpan[];
}

/** Below this an intent is not reported: a lone hint word ("size", "taxa") is not enough. */
export const MIN_CONFIDENCE = 0.45;

interface Compiled {
  intent: Intent;
  patterns: { re: RegExp; weight: number }[];
}

/** Folds a pattern's letters like the text; its `\\p{L}` / `\\p{N}` escapes keep their capital. */
const foldPattern = (pattern: string) =>
  fold(pattern).replace(/\\p\{([ln])\}/g, (_, c: string) => `\\p{${c.toUpperCase()}}`);

const compiled = new Map<BuyerLanguage, Compiled[]>();

function rulesFor(language: BuyerLanguage): Compiled[] {
  const hit = compiled.get(language);
  if (hit) return hit;
  const rules = INTENT_RULES[language];
  const out = INTENTS.flatMap((intent): Compiled[] => {
    const list = rules[intent];
    if (!list?.length) return [];
    return [
      {
        intent,
        patterns: list.map(([pattern, weight]) => ({
          // A match starts at a word start; the pattern is folded like the text it runs on.
          re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${foldPattern(pattern)})`, 'gu'),
          weight,
        })),
      },
    ];
  });
  compiled.set(language, out);
  return out;
}

/** The text folded letter by letter, with where each folded code unit came from in the original. */
function foldWithMap(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const ch of text) {
    const f = fold(ch);
    for (let i = 0; i < f.length; i++) origin.push(index);
    folded += f;
    index += ch.length;
  }
  origin.push(index);
  return { folded, origin };
}

const confidenceOf = (score: number) => Math.min(0.97, 1 - 0.3 ** score);

/** Every intent the message shows, most confident first. */
export function detectIntents(text: string, language: BuyerLanguage): IntentHit[] {
  const { folded, origin } = foldWithMap(text);
  const hits: IntentHit[] = [];
  for (const { intent, patterns } of rulesFor(language)) {
    let score = 0;
    const spans: IntentSpan[] = [];
    for (const { re, weight } of patterns) {
      re.lastIndex = 0;
      let matched = false;
      for (const m of folded.matchAll(re)) {
        if (!m[0]) continue;
        matched = true;
        const start = origin[m.index]!;
        const end = origin[m.index + m[0].length]!;
        spans.push({ start, end: end > start ? end : start + 1 });
      }
      if (matched) score += weight;
    }
    const confidence = confidenceOf(score);
    if (confidence >= MIN_CONFIDENCE) hits.push({ intent, confidence, spans: mergeSpans(spans) });
  }
  return hits.sort(
    (a, b) => b.confidence - a.confidence || INTENTS.indexOf(a.intent) - INTENTS.indexOf(b.intent),
  );
}

/** The intent the message is mostly about, or undefined. */
export function primaryIntent(text: string, language: BuyerLanguage): IntentHit | undefined {
  return detectIntents(text, language)[0];
}

function mergeSpans(spans: IntentSpan[]): IntentSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: IntentSpan[] = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** The text cut into plain and matched segments, for highlighting. */
export function intentSegments(text: string, hits: readonly IntentHit[]): { text: string; match: boolean }[] {
  const spans = mergeSpans(hits.flatMap((h) => h.spans));
  const out: { text: string; match: boolean }[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start > at) out.push({ text: text.slice(at, s.start), match: false });
    out.push({ text: text.slice(s.start, s.end), match: true });
    at = s.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), match: false });
  return out;
}

/**
 * The conversation's intent: that of the buyer's latest message that says what they want ("спасибо" after a
 * complaint counts too — the latest word is the buyer's current state). Messages in any order.
 */
export function conversationIntent(
  messages: readonly { author: string; body: string; sentAt: number; language?: BuyerLanguage }[],
  language: BuyerLanguage,
): Intent | undefined {
  const buyer = messages.filter((m) => m.author === 'buyer').sort((a, b) => b.sentAt - a.sentAt);
  for (const m of buyer) {
    const hit = primaryIntent(m.body, m.language ?? language);
    if (hit) return hit.intent;
  }
  return undefined;
}
