/**
 * A creator roster from CSV/XLSX (an agency's list, an export of the seller's own spreadsheet), read with the
 * order importer's engine: any encoding incl. GBK, CSV/TSV/XLSX, a header row among title lines, English or
 * Chinese headers. A bad cell is reported by row and column and only that row is left out; merging rows of the
 * same platform + handle is the data layer's job (see `saveCreator`).
 */
import { readTable } from '@shared/import/read-table';
import { cellText, isBlankRow, type Cell } from '@shared/import/cells';
import { countryFromText } from '@shared/import/countries';
import { minorDigits } from '@shared/import/currency';
import { normalizeKey } from '@shared/import/text';
import { COUNT_PATTERN, parseCount, parseLocaleNumber } from '@shared/market/numbers';
import { CREATOR_PLATFORMS, handleKeyOf, type CreatorPlatform, type CreatorRow } from './types';

export type RosterEntry = Pick<CreatorRow, 'handle' | 'platform' | 'tags'> &
  Partial<
    Pick<
      CreatorRow,
      | 'profileUrl'
      | 'country'
      | 'language'
      | 'followers'
      | 'engagementRate'
      | 'rateCard'
      | 'commissionRate'
      | 'contact'
      | 'notes'
    >
  > & { row: number };

export interface RosterImportError {
  row: number | null;
  column: string | null;
  message: string;
}

export interface RosterImportResult {
  fileName: string;
  entries: RosterEntry[];
  dataRows: number;
  /** Rows that name a creator already named higher up in the same file (merged into that one). */
  duplicatesInFile: number;
  errors: RosterImportError[];
}

const FIELDS = {
  handle: [
    'handle',
    'name',
    'creator',
    'influencer',
    'nickname',
    'username',
    'account',
    '达人',
    '昵称',
    '账号',
    '红人',
    '博主',
    '达人名称',
  ],
  platform: ['platform', 'channel', 'network', 'site', '平台', '渠道'],
  profileUrl: ['profile url', 'url', 'link', 'profile', 'profile link', '主页', '主页链接', '链接'],
  country: ['country', 'region', 'market', '国家', '地区', '国家地区'],
  language: ['language', 'lang', '语言'],
  followers: ['followers', 'subscribers', 'fans', 'audience', '粉丝', '粉丝数', '订阅数'],
  engagement: ['engagement', 'engagement rate', 'er', '互动率'],
  rate: ['rate', 'rate card', 'price', 'fee', 'price per post', '报价', '费用', '单价'],
  currency: ['currency', '币种', '货币'],
  commission: ['commission', 'commission rate', '佣金', '佣金率', '佣金比例'],
  contact: ['contact', 'email', 'e-mail', 'telegram', 'whatsapp', '联系方式', '邮箱'],
  tags: ['tags', 'tag', 'category', 'niche', '标签', '类目', '分类'],
  notes: ['notes', 'note', 'comment', 'comments', 'remarks', '备注', '说明'],
} as const;
type Field = keyof typeof FIELDS;
const KEYS = Object.fromEntries(
  Object.entries(FIELDS).map(([field, names]) => [field, new Set(names.map(normalizeKey))]),
) as Record<Field, Set<string>>;

/** How platforms are written in rosters, by normalised key; anything unknown is refused by name. */
const PLATFORM_ALIASES: Record<string, CreatorPlatform> = {
  aliexpresslive: 'aliexpress-live',
  aelive: 'aliexpress-live',
  live: 'aliexpress-live',
  速卖通直播: 'aliexpress-live',
  直播: 'aliexpress-live',
  fanzone: 'fan-zone',
  starblogger: 'fan-zone',
  粉丝趴: 'fan-zone',
  aliexpressconnect: 'aliexpress-connect',
  connect: 'aliexpress-connect',
  youtube: 'youtube',
  yt: 'youtube',
  instagram: 'instagram',
  ig: 'instagram',
  insta: 'instagram',
  tiktok: 'tiktok',
  抖音: 'tiktok',
  vk: 'vk',
  vkontakte: 'vk',
  вконтакте: 'vk',
  telegram: 'telegram',
  tg: 'telegram',
  other: 'other',
  其他: 'other',
};

export function platformFromText(text: string): CreatorPlatform | undefined {
  const key = normalizeKey(text);
  if ((CREATOR_PLATFORMS as readonly string[]).includes(text.trim().toLowerCase()))
    return text.trim().toLowerCase() as CreatorPlatform;
  return PLATFORM_ALIASES[key];
}

/** The platform a profile link belongs to, when the file has no platform column. */
function platformFromUrl(url: string): CreatorPlatform | undefined {
  const host = /^https?:\/\/([^/]+)/iu.exec(url.trim())?.[1]?.toLowerCase() ?? '';
  if (/(^|\.)youtube\.com$|(^|\.)youtu\.be$/u.test(host)) return 'youtube';
  if (/(^|\.)instagram\.com$/u.test(host)) return 'instagram';
  if (/(^|\.)tiktok\.com$/u.test(host)) return 'tiktok';
  if (/(^|\.)vk\.(com|ru)$/u.test(host)) return 'vk';
  if (/(^|\.)t\.me$|(^|\.)telegram\.me$/u.test(host)) return 'telegram';
  return undefined;
}

function headerMap(headers: readonly string[]): Partial<Record<Field, number>> {
  const map: Partial<Record<Field, number>> = {};
  headers.forEach((header, column) => {
    const key = normalizeKey(header);
    for (const field of Object.keys(FIELDS) as Field[])
      if (map[field] === undefined && KEYS[field].has(key)) map[field] = column;
  });
  return map;
}

const COUNT = new RegExp(`^${COUNT_PATTERN}$`, 'u');

/** "3.5%", "3,5 %", "0.035" → 0.035; a bare number above 1 is read as a percentage. */
function parseRate(text: string): number | null {
  const value = parseLocaleNumber(text.replace(/\s*%\s*$/u, ''));
  if (value === null) return null;
  return text.includes('%') || value > 1 ? value / 100 : value;
}

export async function parseRosterFile(
  bytes: Uint8Array,
  fileName: string,
  defaultCurrency = 'USD',
): Promise<RosterImportResult> {
  const result: RosterImportResult = { fileName, entries: [], dataRows: 0, duplicatesInFile: 0, errors: [] };
  const read = await readTable(bytes, fileName);
  if (!read.ok) {
    result.errors.push({ row: null, column: null, message: `${fileName}: ${read.error.message}` });
    return result;
  }
  const table = read.table.rows;
  const headerIndex = table
    .slice(0, 30)
    .findIndex((row) => headerMap(row.map((cell) => cellText(cell))).handle !== undefined);
  if (headerIndex < 0) {
    result.errors.push({
      row: null,
      column: null,
      message: `${fileName}: no header row with a creator column ("Handle", "Name", "达人", "昵称") in the first 30 rows.`,
    });
    return result;
  }
  const headers = table[headerIndex]!.map((cell) => cellText(cell).trim());
  const map = headerMap(headers);
  const seen = new Map<string, RosterEntry>();
  table.slice(headerIndex + 1).forEach((row, offset) => {
    if (isBlankRow(row)) return;
    result.dataRows += 1;
    const entry = readRow(row, headerIndex + offset + 2, headers, map, defaultCurrency, result.errors);
    if (!entry) return;
    const key = `${entry.platform}\u0000${handleKeyOf(entry.handle)}`;
    const earlier = seen.get(key);
    if (earlier) {
      result.duplicatesInFile += 1;
      const tags = [...new Set([...earlier.tags, ...entry.tags])];
      Object.assign(earlier, { ...definedOnly(entry), row: earlier.row, handle: earlier.handle, tags });
      return;
    }
    seen.set(key, entry);
    result.entries.push(entry);
  });
  return result;
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function readRow(
  row: readonly Cell[],
  rowNumber: number,
  headers: readonly string[],
  map: Partial<Record<Field, number>>,
  defaultCurrency: string,
  errors: RosterImportError[],
): RosterEntry | undefined {
  const text = (field: Field) => (map[field] === undefined ? '' : cellText(row[map[field]]).trim());
  const failures: RosterImportError[] = [];
  const fail = (field: Field, message: string) =>
    void failures.push({ row: rowNumber, column: headers[map[field] ?? -1] ?? field, message });

  const handle = text('handle').replace(/^@+/u, '').trim();
  if (!handle) fail('handle', 'No creator handle.');
  const profileUrl = text('profileUrl') || undefined;
  if (profileUrl && !/^https?:\/\/\S+$/iu.test(profileUrl))
    fail('profileUrl', `"${profileUrl}" is not a web link (expected https://…).`);
  const platformText = text('platform');
  const platform = platformText
    ? platformFromText(platformText)
    : ((profileUrl && platformFromUrl(profileUrl)) ?? 'other');
  if (!platform)
    fail(
      'platform',
      `"${platformText}" is not a platform (expected AliExpress LIVE, Fan Zone, AliExpress Connect, YouTube, Instagram, TikTok, VK, Telegram or Other).`,
    );
  const countryText = text('country');
  const country = countryText ? countryFromText(countryText) : undefined;
  if (countryText && !country)
    fail('country', `"${countryText}" is not a country (e.g. Russia, RU, 俄罗斯).`);
  const followersText = text('followers');
  const count = followersText ? COUNT.exec(followersText) : null;
  const followers = count ? parseCount(count[1] ?? '', count[2], count[3])?.value : undefined;
  if (followersText && followers === undefined)
    fail('followers', `"${followersText}" is not a follower count (e.g. 12500, 12.5K or 1,2 млн).`);
  const engagementText = text('engagement');
  const engagementRate = engagementText ? parseRate(engagementText) : undefined;
  if (engagementRate === null || (engagementRate !== undefined && engagementRate > 1))
    fail('engagement', `"${engagementText}" is not an engagement rate (e.g. 3.5%).`);
  const commissionText = text('commission');
  const commissionRate = commissionText ? parseRate(commissionText) : undefined;
  if (commissionRate === null || (commissionRate !== undefined && commissionRate > 1))
    fail('commission', `"${commissionText}" is not a commission rate (e.g. 10%).`);
  const rateText = text('rate');
  const rateAmount = rateText ? parseLocaleNumber(rateText.replace(/^[^\d]+|[^\d]+$/gu, '')) : undefined;
  if (rateAmount === null) fail('rate', `"${rateText}" is not an amount (e.g. 150 or 150.00).`);
  const currencyText = text('currency').toUpperCase();
  const currency = /^[A-Z]{3}$/u.test(currencyText) ? currencyText : defaultCurrency;
  if (failures.length > 0 || !platform) {
    errors.push(...failures);
    return undefined;
  }
  const tags = text('tags')
    .split(/[;,，、|/]/u)
    .map((tag) => tag.trim())
    .filter(Boolean);
  return {
    row: rowNumber,
    handle,
    platform,
    tags,
    ...definedOnly({
      profileUrl,
      country,
      language: text('language') || undefined,
      followers,
      engagementRate: engagementRate ?? undefined,
      commissionRate: commissionRate ?? undefined,
      rateCard:
        rateAmount == null
          ? undefined
          : { amount: Math.round(rateAmount * 10 ** minorDigits(currency)), currency },
      contact: text('contact') || undefined,
      notes: text('notes') || undefined,
    }),
  };
}
