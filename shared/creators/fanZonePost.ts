/**
 * The Fan Zone post composer's checks, from the editable rules (./rules.ts): title, introduction, hashtags,
 * product links and the banner. Characters are counted as the user sees them (code points), so a Chinese
 * character or an emoji counts once.
 */
import type { CreatorRules } from './rules';

export interface FanZoneBanner {
  width: number;
  height: number;
  bytes: number;
  format: string;
}

export interface FanZonePost {
  title: string;
  intro: string;
  hashtags: string[];
  productIds: string[];
  banner?: FanZoneBanner;
}

export type FanZoneProblem =
  | { code: 'titleMissing' }
  | { code: 'titleTooLong'; length: number; max: number }
  | { code: 'introTooLong'; length: number; max: number }
  | { code: 'tooManyHashtags'; n: number; max: number }
  | { code: 'hashtagInvalid'; tag: string }
  | { code: 'noProducts' }
  | { code: 'tooManyProducts'; n: number; max: number }
  | { code: 'bannerMissing' }
  | { code: 'bannerTooSmall'; width: number; height: number; minWidth: number; minHeight: number }
  | { code: 'bannerTooLarge'; bytes: number; maxBytes: number }
  | { code: 'bannerFormat'; format: string; formats: string };

export function visibleLength(text: string): number {
  return [...text].length;
}

/** "#a #b, c" → ['a', 'b', 'c']: the composer takes hashtags typed any way. */
export function parseHashtags(text: string): string[] {
  return text
    .split(/[\s,，、#]+/u)
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
}

export function checkFanZonePost(post: FanZonePost, rules: CreatorRules): FanZoneProblem[] {
  const problems: FanZoneProblem[] = [];
  const title = visibleLength(post.title.trim());
  if (title === 0) problems.push({ code: 'titleMissing' });
  if (title > rules.fanZoneTitleMax.value)
    problems.push({ code: 'titleTooLong', length: title, max: rules.fanZoneTitleMax.value });
  const intro = visibleLength(post.intro);
  if (intro > rules.fanZoneIntroMax.value)
    problems.push({ code: 'introTooLong', length: intro, max: rules.fanZoneIntroMax.value });
  if (post.hashtags.length > rules.fanZoneHashtagsMax.value)
    problems.push({
      code: 'tooManyHashtags',
      n: post.hashtags.length,
      max: rules.fanZoneHashtagsMax.value,
    });
  for (const tag of post.hashtags)
    if (!/^[\p{L}\p{N}_]+$/u.test(tag)) problems.push({ code: 'hashtagInvalid', tag });
  if (post.productIds.length === 0) problems.push({ code: 'noProducts' });
  if (post.productIds.length > rules.fanZoneProductsMax.value)
    problems.push({
      code: 'tooManyProducts',
      n: post.productIds.length,
      max: rules.fanZoneProductsMax.value,
    });
  const banner = post.banner;
  if (!banner) problems.push({ code: 'bannerMissing' });
  else {
    const minWidth = rules.bannerMinWidth.value;
    const minHeight = rules.bannerMinHeight.value;
    if (banner.width < minWidth || banner.height < minHeight)
      problems.push({
        code: 'bannerTooSmall',
        width: banner.width,
        height: banner.height,
        minWidth,
        minHeight,
      });
    if (banner.bytes > rules.bannerMaxBytes.value)
      problems.push({ code: 'bannerTooLarge', bytes: banner.bytes, maxBytes: rules.bannerMaxBytes.value });
    const formats = rules.bannerFormats.value as readonly string[];
    if (!formats.includes(banner.format))
      problems.push({ code: 'bannerFormat', format: banner.format, formats: formats.join(', ') });
  }
  return problems;
}

/** The post as plain text for the seller centre's editor (copy or .txt export). */
export function fanZonePostText(post: FanZonePost, productLinks: readonly string[]): string {
  const tags = post.hashtags.map((tag) => `#${tag}`).join(' ');
  return [post.title.trim(), '', post.intro.trim(), '', tags, '', ...productLinks].join('\n').trim() + '\n';
}
