import type { BuyerLanguage, Conversation, ConversationStatus } from '@shared/domain/types';
import type { Counters } from '@shared/inbox/counters';
import { indexTokens } from '@shared/inbox/tokenize';
import { db, type InboxMessage } from '../src/db/db';
import { deriveConversation } from '../src/data/conversations/derive';
import { writeCountsAndMark } from '../src/data/conversations/ensureIndex';
import { addDeltas, inboxCounterDeltas } from '../src/data/conversations/counters';

/**
 * The inbox benchmark's seeder, built on its own (bench/page.vite.config.ts → out/bench/inboxSeed.js) and
 * injected by bench/inbox.ts into the running app, so the shipped bundle carries no benchmark hook. It opens the
 * app's own database (same name, same schema) and fills the active store with N synthetic conversations, tokens
 * and counters included as the inbox writes them, without a UI round trip per row.
 */
const PHRASES: Record<BuyerLanguage | 'zh', string[]> = {
  ru: [
    'Здравствуйте, где мой заказ?',
    'Посылка не обновляется уже неделю',
    'Спасибо, всё получил',
    'Можно поменять размер?',
    'Трек-номер не работает',
  ],
  en: [
    'Hello, where is my order?',
    'The parcel has not moved for a week',
    'Thanks, got it',
    'Can I change the size?',
    'Tracking number does not work',
  ],
  pt: [
    'Olá, cadê meu pedido?',
    'O pacote não atualiza há uma semana',
    'Obrigado, recebi',
    'Posso trocar o tamanho?',
    'O código de rastreio não funciona',
  ],
  es: [
    'Hola, ¿dónde está mi pedido?',
    'El paquete no se mueve desde hace una semana',
    'Gracias, lo recibí',
    '¿Puedo cambiar la talla?',
    'El número de seguimiento no funciona',
  ],
  fr: [
    'Bonjour, où est ma commande ?',
    'Le colis ne bouge plus depuis une semaine',
    'Merci, bien reçu',
    'Puis-je changer la taille ?',
    'Le numéro de suivi ne marche pas',
  ],
  zh: ['你好，我的包裹在哪里？', '物流信息一周没有更新', '谢谢，已经收到', '可以换尺码吗？', '运单号查不到'],
};
const LANGS: BuyerLanguage[] = ['ru', 'en', 'pt', 'es', 'fr'];
const COUNTRY: Record<BuyerLanguage, string> = { ru: 'RU', en: 'US', pt: 'BR', es: 'ES', fr: 'FR' };
const STATUSES: ConversationStatus[] = ['open', 'open', 'pending', 'resolved', 'resolved', 'snoozed'];
const CHUNK = 1_000;

async function seed(
  count: number,
  messagesEach = 5,
): Promise<{ storeId: string; conversations: number; messages: number }> {
  const store = (await db.stores.toArray())[0];
  if (!store) throw new Error('bench: create a store first');
  const now = Date.now();
  const counters: Counters = {};
  let messageTotal = 0;
  for (let start = 0; start < count; start += CHUNK) {
    const conversations: ReturnType<typeof deriveConversation>[] = [];
    const messages: InboxMessage[] = [];
    for (let i = start; i < Math.min(count, start + CHUNK); i++) {
      const language = LANGS[i % LANGS.length]!;
      const status = STATUSES[i % STATUSES.length]!;
      const last = now - i * 60_000;
      const id = `bench-c${i}`;
      const c: Conversation = {
        id,
        storeId: store.id,
        buyerId: `bench-b${i % 20_000}`,
        buyerName: `Buyer ${i}`,
        country: COUNTRY[language],
        language,
        subject: PHRASES[language][i % 5]!,
        status,
        labels: i % 7 === 0 ? ['urgent'] : [],
        lastMessageAt: last,
        platformHandled: i % 11 === 0,
        messageCount: messagesEach,
        ...(status === 'open' ? { awaitingReplySince: last } : {}),
        ...(status === 'snoozed' ? { snoozedUntil: now + 86_400_000 } : {}),
      };
      const row = deriveConversation(c);
      conversations.push(row);
      addDeltas(counters, inboxCounterDeltas(null, row));
      for (let m = 0; m < messagesEach; m++) {
        const phrases = PHRASES[m === 2 && i % 3 === 0 ? 'zh' : language];
        const body = `${phrases[(i + m) % 5]} #${i}-${m}`;
        messages.push({
          id: `${id}-m${m}`,
          conversationId: id,
          storeId: store.id,
          author: m % 2 ? 'seller' : 'buyer',
          body,
          sentAt: last - (messagesEach - m) * 3_600_000,
          language,
          tokens: indexTokens(body),
        });
      }
    }
    await db.transaction('rw', [db.conversations, db.messages], async () => {
      await db.conversations.bulkPut(conversations);
      await db.messages.bulkPut(messages);
    });
    messageTotal += messages.length;
  }
  await writeCountsAndMark(db, store.id, counters);
  return { storeId: store.id, conversations: count, messages: messageTotal };
}

(window as unknown as { __inboxBench: { seed: typeof seed } }).__inboxBench = { seed };
