/**
 * The composer's `/` search over reply templates. Simple, explainable scoring: each query word must match the
 * template's name, topic or body (best place wins), and the buyer's language is preferred but not required, so
 * a rep can still pick an English template for a French buyer.
 */
import type { BuyerLanguage, ReplyTemplate } from '@shared/domain/types';
import { ownValue } from '@shared/util/ownRecord';
import { fold, queryTokens } from './tokenize';

export interface TemplateSearchOptions {
  /** The conversation's language; its templates rank first. */
  language?: BuyerLanguage;
  /** Topic labels in the rep's UI language (e.g. zh '物流查询'), so topics can be searched in that language. */
  topicLabels?: Readonly<Record<string, string>>;
  limit?: number;
}

export interface TemplateHit {
  template: ReplyTemplate;
  score: number;
}

const SCORE = {
  nameExact: 8,
  namePrefix: 6,
  topicPrefix: 5,
  bodyExact: 3,
  bodyPrefix: 2,
  language: 4,
  /** A rep's own templates edge out built-ins on a tie: they were written for this shop. */
  custom: 0.5,
} as const;

const words = (text: string) => Array.from(fold(text).matchAll(/[\p{L}\p{N}]+/gu), (m) => m[0]);

function tokenScore(
  token: { text: string; prefix: boolean },
  fields: { name: string[]; topic: string[]; body: string[]; raw: string },
): number {
  if (!token.prefix) {
    // Chinese bigram or single character: plain substring of the folded text.
    return fields.raw.includes(token.text) ? SCORE.bodyPrefix : 0;
  }
  const t = token.text;
  if (fields.name.includes(t)) return SCORE.nameExact;
  if (fields.name.some((w) => w.startsWith(t))) return SCORE.namePrefix;
  if (fields.topic.some((w) => w.startsWith(t))) return SCORE.topicPrefix;
  if (fields.body.includes(t)) return SCORE.bodyExact;
  if (fields.body.some((w) => w.startsWith(t))) return SCORE.bodyPrefix;
  return 0;
}

export function searchTemplates(
  templates: readonly ReplyTemplate[],
  query: string,
  options: TemplateSearchOptions = {},
): TemplateHit[] {
  const tokens = queryTokens(query);
  const hits: TemplateHit[] = [];
  for (const template of templates) {
    // The topic is text the rep typed: `constructor` must not find Object.prototype.constructor.
    const label = ownValue(options.topicLabels, template.topic) ?? '';
    const fields = {
      name: words(template.name),
      topic: [...words(template.topic), ...words(label)],
      body: words(template.body),
      raw: fold(`${template.name} ${label} ${template.body}`),
    };
    let score = 0;
    let allMatched = true;
    for (const token of tokens) {
      const s = tokenScore(token, fields);
      if (s === 0) {
        allMatched = false;
        break;
      }
      score += s;
    }
    if (!allMatched) continue;
    if (options.language && template.language === options.language) score += SCORE.language;
    if (!template.builtIn) score += SCORE.custom;
    hits.push({ template, score });
  }
  hits.sort((a, b) => b.score - a.score || a.template.name.localeCompare(b.template.name));
  return options.limit === undefined ? hits : hits.slice(0, options.limit);
}
