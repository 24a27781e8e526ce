/**
 * Parses buyer conversations from a JSON or CSV file (the format is in README "Inbox"). Every bad row is
 * reported with where it is (CSV line or JSON conversation number), the field and what was expected; every
 * good row is kept (ARCHITECTURE §13). Language may be left out: the importer detects it from the messages.
 *
 * JSON: an array (or { "conversations": [...] }) of
 *   { id, buyerName, buyerId?, country, language?, orderId?, subject?, labels?, messages: [{ author, body, sentAt }] }
 * CSV: one message per row, header
 *   conversation_id,buyer_name,country,language,order_id,subject,labels,author,body,sent_at
 *   (labels separated by ';'; rows with the same conversation_id form one conversation, its fields from the first row).
 */
import Papa from 'papaparse';
import { BUYER_LANGUAGES, type BuyerLanguage, type Message } from '@shared/domain/types';

export interface ImportIssue {
  /** CSV: line in the file (header is line 1). JSON: conversation number, from 1. */
  row: number;
  field: string;
  reason: string;
}

export type ImportedAuthor = Exclude<Message['author'], 'platform'>;

export interface ImportedMessage {
  author: ImportedAuthor;
  body: string;
  sentAt: number;
}

export interface ImportedConversation {
  key: string;
  buyerName: string;
  buyerId?: string;
  country: string;
  language?: BuyerLanguage;
  orderNumber?: string;
  subject?: string;
  labels: string[];
  messages: ImportedMessage[];
}

export interface ConversationImportResult {
  conversations: ImportedConversation[];
  issues: ImportIssue[];
}

const AUTHORS: readonly ImportedAuthor[] = ['buyer', 'seller', 'note'];
export const CONVERSATION_CSV_COLUMNS = [
  'conversation_id',
  'buyer_name',
  'country',
  'language',
  'order_id',
  'subject',
  'labels',
  'author',
  'body',
  'sent_at',
] as const;
const REQUIRED_CSV = ['conversation_id', 'buyer_name', 'country', 'author', 'body', 'sent_at'] as const;

type Check<T> = { ok: true; value: T } | { ok: false; reason: string };

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');

function checkTime(v: unknown): Check<number> {
  if (typeof v === 'number' && Number.isFinite(v) && v > 0) return { ok: true, value: Math.round(v) };
  const s = text(v);
  if (/^\d{10,13}$/.test(s)) return { ok: true, value: s.length === 10 ? Number(s) * 1000 : Number(s) };
  const at = Date.parse(s);
  return Number.isNaN(at)
    ? { ok: false, reason: 'expected an ISO 8601 date-time (2025-05-01T10:00:00Z) or epoch milliseconds' }
    : { ok: true, value: at };
}

function checkCountry(v: unknown): Check<string> {
  const s = text(v).toUpperCase();
  return /^[A-Z]{2}$/.test(s)
    ? { ok: true, value: s }
    : { ok: false, reason: 'expected a two-letter country code (ISO 3166-1), e.g. RU' };
}

function checkLanguage(v: unknown): Check<BuyerLanguage | undefined> {
  const s = text(v).toLowerCase();
  if (!s) return { ok: true, value: undefined };
  return (BUYER_LANGUAGES as readonly string[]).includes(s)
    ? { ok: true, value: s as BuyerLanguage }
    : { ok: false, reason: `expected one of ${BUYER_LANGUAGES.join(', ')} or empty (detected)` };
}

function checkAuthor(v: unknown): Check<ImportedAuthor> {
  const s = text(v).toLowerCase();
  return (AUTHORS as readonly string[]).includes(s)
    ? { ok: true, value: s as ImportedAuthor }
    : { ok: false, reason: `expected ${AUTHORS.join(', ')}` };
}

function checkRequired(v: unknown): Check<string> {
  const s = text(v);
  return s ? { ok: true, value: s } : { ok: false, reason: 'required, was empty' };
}

/** Runs the checks of one row; records every failing field, returns values only when all passed. */
function validate<T extends Record<string, Check<unknown>>>(
  row: number,
  checks: T,
  issues: ImportIssue[],
): { [K in keyof T]: T[K] extends Check<infer V> ? V : never } | undefined {
  let ok = true;
  const out: Record<string, unknown> = {};
  for (const [field, check] of Object.entries(checks)) {
    if (check.ok) out[field] = check.value;
    else {
      ok = false;
      issues.push({ row, field, reason: check.reason });
    }
  }
  return ok ? (out as { [K in keyof T]: T[K] extends Check<infer V> ? V : never }) : undefined;
}

const labelsOf = (v: unknown): string[] =>
  (Array.isArray(v) ? v.map(text) : text(v).split(';')).map((l) => l.trim()).filter(Boolean);

function finish(map: Map<string, ImportedConversation>): ImportedConversation[] {
  const out = [...map.values()].filter((c) => c.messages.length > 0);
  for (const c of out) c.messages.sort((a, b) => a.sentAt - b.sentAt);
  return out;
}

export function parseConversationsCsv(content: string): ConversationImportResult {
  const issues: ImportIssue[] = [];
  const parsed = Papa.parse<Record<string, string>>(content.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  const headers = parsed.meta.fields ?? [];
  const absent = REQUIRED_CSV.filter((c) => !headers.includes(c));
  if (absent.length)
    return {
      conversations: [],
      issues: absent.map((field) => ({ row: 1, field, reason: 'column missing from the header' })),
    };
  const map = new Map<string, ImportedConversation>();
  parsed.data.forEach((r, i) => {
    const line = i + 2;
    const v = validate(
      line,
      {
        conversation_id: checkRequired(r.conversation_id),
        buyer_name: checkRequired(r.buyer_name),
        country: checkCountry(r.country),
        language: checkLanguage(r.language),
        author: checkAuthor(r.author),
        body: checkRequired(r.body),
        sent_at: checkTime(r.sent_at),
      },
      issues,
    );
    if (!v) return;
    let c = map.get(v.conversation_id);
    if (!c) {
      c = {
        key: v.conversation_id,
        buyerName: v.buyer_name,
        country: v.country,
        labels: labelsOf(r.labels),
        messages: [],
      };
      if (v.language) c.language = v.language;
      if (text(r.order_id)) c.orderNumber = text(r.order_id);
      if (text(r.subject)) c.subject = text(r.subject);
      map.set(v.conversation_id, c);
    }
    c.messages.push({ author: v.author, body: v.body, sentAt: v.sent_at });
  });
  return { conversations: finish(map), issues };
}

export function parseConversationsJson(content: string): ConversationImportResult {
  let data: unknown;
  try {
    data = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      conversations: [],
      issues: [{ row: 0, field: 'file', reason: `not valid JSON: ${(error as Error).message}` }],
    };
  }
  const list = Array.isArray(data) ? data : (data as { conversations?: unknown })?.conversations;
  if (!Array.isArray(list))
    return {
      conversations: [],
      issues: [
        { row: 0, field: 'file', reason: 'expected an array of conversations or { "conversations": [...] }' },
      ],
    };
  const issues: ImportIssue[] = [];
  const map = new Map<string, ImportedConversation>();
  list.forEach((raw: Record<string, unknown>, i) => {
    const row = i + 1;
    const v = validate(
      row,
      {
        id: checkRequired(raw?.id),
        buyerName: checkRequired(raw?.buyerName),
        country: checkCountry(raw?.country),
        language: checkLanguage(raw?.language),
      },
      issues,
    );
    if (!v) return;
    if (!Array.isArray(raw.messages) || raw.messages.length === 0) {
      issues.push({
        row,
        field: 'messages',
        reason: 'expected a non-empty array of { author, body, sentAt }',
      });
      return;
    }
    const c: ImportedConversation = map.get(v.id) ?? {
      key: v.id,
      buyerName: v.buyerName,
      country: v.country,
      labels: labelsOf(raw.labels),
      messages: [],
    };
    if (v.language) c.language = v.language;
    if (text(raw.buyerId)) c.buyerId = text(raw.buyerId);
    if (text(raw.orderId)) c.orderNumber = text(raw.orderId);
    if (text(raw.subject)) c.subject = text(raw.subject);
    (raw.messages as Record<string, unknown>[]).forEach((m, j) => {
      const checked: ImportIssue[] = [];
      const mv = validate(
        row,
        { author: checkAuthor(m?.author), body: checkRequired(m?.body), sentAt: checkTime(m?.sentAt) },
        checked,
      );
      issues.push(...checked.map((issue) => ({ ...issue, field: `messages[${j + 1}].${issue.field}` })));
      if (mv) c.messages.push(mv);
    });
    if (c.messages.length === 0)
      issues.push({ row, field: 'messages', reason: 'no valid message: the conversation was skipped' });
    map.set(v.id, c);
  });
  return { conversations: finish(map), issues };
}

/** By file name, falling back to the content's first character. */
export function parseConversationFile(fileName: string, content: string): ConversationImportResult {
  const json =
    /\.json$/i.test(fileName) ||
    (!/\.csv$/i.test(fileName) && /^\s*[[{]/.test(content.replace(/^\uFEFF/, '')));
  return json ? parseConversationsJson(content) : parseConversationsCsv(content);
}
