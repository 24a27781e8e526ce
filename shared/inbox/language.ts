/**
 * Which of the five buyer languages a message is in. Buyers write very short messages ("Где мой заказ?",
 * "oi", "hola"), where n-gram detectors are weakest, so a cheap layer of script, diacritic and keyword cues is
 * added to the offline detector's (tinyld, limited to our five languages) probabilities:
 * - Cyrillic letters can only be Russian among our five;
 * - ã õ are Portuguese, ñ ¿ ¡ Spanish, è ù œ î û ë ï French; á í ó ú rule French out;
 * - a few hundred very common words per language.
 * tinyld was chosen over franc (wrong on most two- and three-word messages) and eld (about as accurate, but its
 * language subset is global state): it takes the subset per call, is pure JS and runs in Node and the browser.
 */
import { detectAll } from 'tinyld';
import { BUYER_LANGUAGES, type BuyerLanguage } from '@shared/domain/types';
import { fold } from './tokenize';
import { KEYWORDS } from './languageKeywords';

export interface LanguageGuess {
  language: BuyerLanguage;
  /** 0–1: the winner's share of the combined evidence, scaled down for very short Latin text; under ~0.5 treat it as a suggestion. */
  confidence: number;
}

type Scores = Record<BuyerLanguage, number>;
const zero = (): Scores => ({ en: 0, ru: 0, pt: 0, es: 0, fr: 0 });

const ONLY = [...BUYER_LANGUAGES];
/** Weight of one cue point against the detector's probabilities (which sum to about 1). */
const CUE_WEIGHT = 0.35;

const CUES: ReadonlyArray<[RegExp, Partial<Scores>]> = [
  [/[ãõ]/giu, { pt: 3 }],
  [/[ñ¿¡]/giu, { es: 3 }],
  [/[èùœîûëïÿ]/giu, { fr: 3 }],
  [/[áíóú]/giu, { es: 1, pt: 1, fr: -2 }],
  [/[âêô]/giu, { pt: 1, fr: 1 }],
  [/[çà]/giu, { pt: 1, fr: 1 }],
  [/\b(?:j|l|d|n|qu|c|s)['’]\p{L}/giu, { fr: 2 }],
];

function cueScores(text: string): Scores {
  const scores = zero();
  for (const [pattern, weights] of CUES) {
    const hits = text.match(pattern)?.length ?? 0;
    if (hits === 0) continue;
    for (const [lang, w] of Object.entries(weights) as [BuyerLanguage, number][])
      scores[lang] += w * Math.min(hits, 2);
  }
  for (const word of fold(text).match(/\p{L}+/gu) ?? []) {
    const langs = KEYWORDS.get(word);
    if (!langs) continue;
    for (const lang of langs) scores[lang] += 2 / langs.length;
  }
  return scores;
}

export function detectLanguage(text: string, fallback: BuyerLanguage = 'en'): LanguageGuess {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return { language: fallback, confidence: 0 };
  const cyrillic = letters.filter((ch) => /\p{Script=Cyrillic}/u.test(ch)).length;
  if (cyrillic * 2 > letters.length) return { language: 'ru', confidence: 0.99 };

  const combined = zero();
  for (const { lang, accuracy } of detectAll(text, { only: ONLY })) {
    if ((ONLY as string[]).includes(lang)) combined[lang as BuyerLanguage] += accuracy;
  }
  const cues = cueScores(text);
  for (const lang of ONLY) combined[lang] = Math.max(0, combined[lang] + CUE_WEIGHT * cues[lang]);

  let best: BuyerLanguage = fallback;
  let total = 0;
  for (const lang of ONLY) {
    total += combined[lang];
    if (combined[lang] > combined[best]) best = lang;
  }
  if (total === 0) return { language: fallback, confidence: 0 };
  // Two Latin letters are thin evidence however lopsided the scores: scale down below ~10 letters.
  const evidence = Math.min(1, 0.5 + letters.length / 20);
  return { language: best, confidence: Math.round((combined[best] / total) * evidence * 100) / 100 };
}
