import type { BuyerLanguage, Conversation, Order } from '@shared/domain/types';
import { platformAnswersBuyers } from '@shared/hosting/responsibilities';
import type { ImportedConversation } from '@shared/inbox/conversationImport';
import { indexTokens } from '@shared/inbox/tokenize';
import { conversationIntent } from '@shared/inbox/intents';
import type { WorkstationDb, InboxConversation, InboxMessage } from '../../../db/db';
import { putConversationInTx, WRITE_SCOPE } from '../../../data/conversations/writes';

const CHUNK = 200;

export interface ImportOptions {
  /** Language for conversations whose file gives none (detectLanguage of the buyer's messages). */
  detect?(text: string): BuyerLanguage;
  onProgress?(done: number, total: number): void;
}

/** Stable ids, so importing the same file again updates instead of duplicating. */
export const importedConversationId = (storeId: string, key: string) => `${storeId}:import:${key}`;

function toConversation(
  storeId: string,
  c: ImportedConversation,
  language: BuyerLanguage,
  order: Order | undefined,
): Conversation & Partial<InboxConversation> {
  const spoken = c.messages.filter((m) => m.author !== 'note');
  const last = spoken.at(-1) ?? c.messages.at(-1)!;
  const waiting = last.author === 'buyer';
  const out: Conversation & Partial<InboxConversation> = {
    id: importedConversationId(storeId, c.key),
    storeId,
    buyerId: c.buyerId ?? `${storeId}:buyer:${c.buyerName.toLowerCase()}`,
    buyerName: c.buyerName,
    country: c.country,
    language,
    subject: c.subject ?? c.messages[0]!.body.slice(0, 80),
    status: waiting ? 'open' : 'pending',
    labels: c.labels,
    lastMessageAt: c.messages.at(-1)!.sentAt,
    platformHandled: order ? platformAnswersBuyers(order.hostingMode) : false,
    messageCount: c.messages.length,
  };
  if (c.orderNumber) out.orderId = `${storeId}:${c.orderNumber}`;
  if (order) out.orderStatus = order.status;
  if (waiting) out.awaitingReplySince = last.sentAt;
  const intent = conversationIntent(c.messages, language);
  if (intent) out.intent = intent;
  return out;
}

/** Writes parsed conversations with their messages, tokens and counters, a chunk per transaction. */
export async function importConversations(
  db: WorkstationDb,
  storeId: string,
  parsed: ImportedConversation[],
  options: ImportOptions = {},
): Promise<number> {
  const { conversations, messages } = db;
  for (let i = 0; i < parsed.length; i += CHUNK) {
    const chunk = parsed.slice(i, i + CHUNK);
    const orders = await db.orders.bulkGet(
      chunk.map((c) => (c.orderNumber ? `${storeId}:${c.orderNumber}` : '')),
    );
    await db.transaction('rw', [...WRITE_SCOPE, 'orders'], async () => {
      for (const [j, c] of chunk.entries()) {
        const id = importedConversationId(storeId, c.key);
        const buyerText = c.messages
          .filter((m) => m.author === 'buyer')
          .map((m) => m.body)
          .join('\n');
        const language = c.language ?? options.detect?.(buyerText) ?? 'en';
        const before = await conversations.get(id);
        await putConversationInTx(db, before, toConversation(storeId, c, language, orders[j]));
        await messages.where('[conversationId+sentAt]').between([id, -Infinity], [id, Infinity]).delete();
        await messages.bulkPut(
          c.messages.map((m, k): InboxMessage => ({
            id: `${id}:${k}`,
            conversationId: id,
            storeId,
            author: m.author,
            body: m.body,
            sentAt: m.sentAt,
            language,
            tokens: indexTokens(m.body),
          })),
        );
      }
    });
    options.onProgress?.(Math.min(parsed.length, i + CHUNK), parsed.length);
  }
  return parsed.length;
}
