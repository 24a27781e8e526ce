import Dexie from 'dexie';
import { exportDB } from 'dexie-export-import';
import { emptyRollup, mergeRollupsInto, rollupOrders } from '@shared/analytics/rollup';
import { monthsOfDays } from '@shared/analytics/monthly';
import type {
  BuyerLanguage,
  CarrierId,
  Conversation,
  ConversationStatus,
  CountryCode,
  HostingMode,
  Order,
  OrderLine,
  OrderStatus,
} from '@shared/domain/types';
import type { Counters } from '@shared/inbox/counters';
import { indexTokens } from '@shared/inbox/tokenize';
import { dayKeyOf } from '@shared/util/days';
import { DB_NAME, db, type InboxMessage } from '../src/db/db';
import { deriveConversation } from '../src/data/conversations/derive';
import { writeCountsAndMark } from '../src/data/conversations/ensureIndex';
import { addDeltas, inboxCounterDeltas } from '../src/data/conversations/counters';

/**
 * The backup benchmark's page side, built on its own (BENCH_PAGE=backupBench with bench/page.vite.config.ts →
 * out/bench/backupBench.js) and injected by bench/backup.ts: the shipped bundle carries none of it.
 *   seed      fills the active store with a year of orders (their lines and the dashboard rollups the
 *             import would keep), conversations linked to them and their messages (tokens, derived fields and
 *             counters as the inbox writes them) — the row shapes of renderer/src/db/rows.ts and
 *             shared/domain/types.ts, in large bulkPut transactions;
 *   hashes    every table's row count and a SHA-256 of its rows in primary-key order (JSON per row), computed
 *             here, apart from the backup's own manifest, to tell whether a restore gave the same store back;
 *   exportDb  dexie-export-import's exportDB over the same database, the baseline the backup is compared with.
 */
const CHUNK = 5_000;
const DAY_MS = 86_400_000;
const COUNTRIES: { code: CountryCode; language: BuyerLanguage }[] = [
  { code: 'RU', language: 'ru' },
  { code: 'US', language: 'en' },
  { code: 'BR', language: 'pt' },
  { code: 'ES', language: 'es' },
  { code: 'FR', language: 'fr' },
  { code: 'PL', language: 'en' },
  { code: 'KZ', language: 'ru' },
  { code: 'MX', language: 'es' },
  { code: 'GB', language: 'en' },
  { code: 'PT', language: 'pt' },
  { code: 'UA', language: 'ru' },
  { code: 'CL', language: 'es' },
];
const STATUSES: OrderStatus[] = [
  'completed',
  'completed',
  'completed',
  'delivered',
  'delivered',
  'shipped',
  'awaiting-shipment',
  'refunded',
  'cancelled',
  'disputed',
];
const MODES: HostingMode[] = ['self-operated', 'semi-managed', 'fully-managed'];
const CARRIERS: CarrierId[] = ['cainiao', 'china-post', 'yanwen', '4px'];
const PRODUCTS = 120;
const PHRASES: Record<BuyerLanguage, string[]> = {
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
};
const CONVERSATION_STATUSES: ConversationStatus[] = [
  'open',
  'pending',
  'resolved',
  'resolved',
  'resolved',
  'snoozed',
];

export interface SeedCounts {
  orders: number;
  orderLines: number;
  conversations: number;
  messages: number;
  dailyStats: number;
  dimensionMonths: number;
}

interface SeedPlan {
  storeId: string;
  currency: Order['currency'];
  orders: number;
  buyers: number;
  start: number;
  step: number;
  now: number;
}

/** Order n of the plan: placed later the larger n is, so a buyer's first order is the one with n < buyers. */
function makeOrder(plan: SeedPlan, n: number): { order: Order; lines: OrderLine[] } {
  const past = (ms: number) => Math.min(plan.now - 60_000, ms);
  const buyer = n % plan.buyers;
  const country = COUNTRIES[buyer % COUNTRIES.length]!;
  const product = (n * 37) % PRODUCTS;
  const status = STATUSES[(n * 7) % STATUSES.length]!;
  const placedAt = plan.start + Math.floor(n * plan.step) + ((n * 7919) % Math.max(1, Math.floor(plan.step)));
  const quantity = 1 + (n % 3);
  const unitPrice = 199 + ((n * 3571) % 4800);
  const second = n % 4 === 0;
  const lines: OrderLine[] = [
    {
      id: `${plan.storeId}:${8_100_000_000_000 + n}:1`,
      orderId: `${plan.storeId}:${8_100_000_000_000 + n}`,
      storeId: plan.storeId,
      productId: `bench-p${product}`,
      skuId: `bench-p${product}-s${n % 4}`,
      title: `Product ${product} — LED strip ${product % 9} m`,
      quantity,
      unitPrice,
      currency: plan.currency,
    },
  ];
  if (second)
    lines.push({
      id: `${plan.storeId}:${8_100_000_000_000 + n}:2`,
      orderId: `${plan.storeId}:${8_100_000_000_000 + n}`,
      storeId: plan.storeId,
      productId: `bench-p${(product + 1) % PRODUCTS}`,
      title: `Product ${(product + 1) % PRODUCTS} — phone case`,
      quantity: 1,
      unitPrice: 299,
      currency: plan.currency,
    });
  const amount = lines.reduce((sum, line) => sum + line.quantity * line.unitPrice, 0);
  const shipped = status !== 'awaiting-shipment' && status !== 'cancelled';
  const order: Order = {
    id: `${plan.storeId}:${8_100_000_000_000 + n}`,
    storeId: plan.storeId,
    orderId: String(8_100_000_000_000 + n),
    buyerId: `bench-b${buyer}`,
    buyerName: `Buyer ${buyer}`,
    country: country.code,
    placedAt,
    day: dayKeyOf(placedAt),
    status,
    amount,
    shippingFee: n % 5 === 0 ? 0 : 150,
    refundAmount: status === 'refunded' ? amount : 0,
    currency: plan.currency,
    itemCount: lines.reduce((sum, line) => sum + line.quantity, 0),
    hostingMode: MODES[product % MODES.length]!,
    paidAt: placedAt + 120_000,
    shipTo: `Buyer ${buyer}\n${10 + (buyer % 90)} Main street\n${country.code}`,
    ...(shipped
      ? {
          carrier: CARRIERS[n % CARRIERS.length]!,
          trackingNumber: `LP${String(100_000_000 + n)}CN`,
          shippedAt: past(placedAt + 2 * DAY_MS),
        }
      : {}),
    ...(status === 'delivered' || status === 'completed'
      ? { deliveredAt: past(placedAt + 14 * DAY_MS) }
      : {}),
    ...(status === 'disputed' ? { disputeDeadline: placedAt + 30 * DAY_MS } : {}),
    ...(n % 13 === 0 ? { promoCode: 'SPRING10' } : {}),
  };
  return { order, lines };
}

async function seed(options: {
  orders: number;
  conversations: number;
  messages: number;
}): Promise<SeedCounts> {
  const store = (await db.stores.toArray())[0];
  if (!store) throw new Error('bench: create a store first');
  const now = Date.now();
  const span = 364 * DAY_MS;
  const plan: SeedPlan = {
    storeId: store.id,
    currency: store.currency,
    orders: options.orders,
    buyers: Math.max(1, Math.ceil(options.orders * 0.6)),
    start: now - span - DAY_MS,
    step: span / Math.max(1, options.orders),
    now,
  };
  const counts: SeedCounts = {
    orders: 0,
    orderLines: 0,
    conversations: 0,
    messages: 0,
    dailyStats: 0,
    dimensionMonths: 0,
  };
  const rollup = emptyRollup();

  for (let from = 0; from < plan.orders; from += CHUNK) {
    const orders: Order[] = [];
    const lines: OrderLine[] = [];
    const firstOrders = new Map<string, string>();
    for (let n = from; n < Math.min(plan.orders, from + CHUNK); n++) {
      const made = makeOrder(plan, n);
      orders.push(made.order);
      lines.push(...made.lines);
      if (n < plan.buyers) firstOrders.set(made.order.buyerId, made.order.id);
    }
    mergeRollupsInto(rollup, rollupOrders(orders, lines, firstOrders), 1);
    await db.transaction('rw', [db.orders, db.orderLines], async () => {
      await db.orders.bulkPut(orders);
      await db.orderLines.bulkPut(lines);
    });
    counts.orders += orders.length;
    counts.orderLines += lines.length;
  }
  const daily = [...rollup.daily.values()];
  const months = [...monthsOfDays(rollup.dimensions.values()).values()];
  for (let i = 0; i < daily.length; i += CHUNK) await db.dailyStats.bulkPut(daily.slice(i, i + CHUNK));
  for (let i = 0; i < months.length; i += 1000) await db.dimensionMonths.bulkPut(months.slice(i, i + 1000));
  counts.dailyStats = daily.length;
  counts.dimensionMonths = months.length;

  const counters: Counters = {};
  const each = Math.max(1, Math.round(options.messages / Math.max(1, options.conversations)));
  const perChunk = Math.max(1, Math.floor(CHUNK / each));
  for (let from = 0; from < options.conversations; from += perChunk) {
    const conversations: ReturnType<typeof deriveConversation>[] = [];
    const messages: InboxMessage[] = [];
    for (let i = from; i < Math.min(options.conversations, from + perChunk); i++) {
      // Most conversations are about an order: the i-th newest order is the i-th conversation's.
      const orderN = plan.orders - 1 - ((i * 3) % plan.orders);
      const linked = plan.orders > 0 && i % 5 !== 4;
      const order = linked ? makeOrder(plan, orderN).order : undefined;
      const buyer = order ? orderN % plan.buyers : i % plan.buyers;
      const country = COUNTRIES[buyer % COUNTRIES.length]!;
      const status = CONVERSATION_STATUSES[i % CONVERSATION_STATUSES.length]!;
      const last = Math.min(now - 60_000, (order?.placedAt ?? now - i * 600_000) + 3 * DAY_MS);
      const id = `bench-c${i}`;
      const conversation: Conversation = {
        id,
        storeId: store.id,
        buyerId: `bench-b${buyer}`,
        buyerName: `Buyer ${buyer}`,
        country: country.code,
        language: country.language,
        ...(order ? { orderId: order.id } : {}),
        subject: PHRASES[country.language][i % 5]!,
        status,
        labels: i % 7 === 0 ? ['urgent'] : [],
        lastMessageAt: last,
        platformHandled: order?.hostingMode === 'fully-managed',
        messageCount: each,
        ...(status === 'open' ? { awaitingReplySince: last } : {}),
        ...(status === 'snoozed' ? { snoozedUntil: now + 3 * DAY_MS } : {}),
      };
      const row = deriveConversation(conversation, order?.status);
      conversations.push(row);
      addDeltas(counters, inboxCounterDeltas(null, row));
      for (let m = 0; m < each; m++) {
        const body = `${PHRASES[country.language][(i + m) % 5]!} #${i}-${m}`;
        messages.push({
          id: `${id}-m${m}`,
          conversationId: id,
          storeId: store.id,
          author: m % 2 ? 'seller' : 'buyer',
          body,
          sentAt: last - (each - 1 - m) * 3_600_000,
          language: country.language,
          tokens: indexTokens(body),
        });
      }
    }
    await db.transaction('rw', [db.conversations, db.messages], async () => {
      await db.conversations.bulkPut(conversations);
      await db.messages.bulkPut(messages);
    });
    counts.conversations += conversations.length;
    counts.messages += messages.length;
  }
  await writeCountsAndMark(db, store.id, counters);
  return counts;
}

const hex = (buffer: ArrayBuffer) =>
  [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');

/** Per table: rows and SHA-256 over the SHA-256 of each page of 2,000 rows (JSON lines, primary-key order). */
async function hashes(): Promise<Record<string, { rows: number; sha256: string }>> {
  const dynamic = new Dexie(DB_NAME);
  await dynamic.open();
  const encoder = new TextEncoder();
  const out: Record<string, { rows: number; sha256: string }> = {};
  try {
    for (const table of [...dynamic.tables].sort((a, b) => a.name.localeCompare(b.name))) {
      const keyPath = table.schema.primKey.keyPath;
      const keyOf = (row: Record<string, unknown>) =>
        Array.isArray(keyPath) ? keyPath.map((k) => row[k]) : row[keyPath as string];
      let last: unknown;
      let rows = 0;
      let digests = '';
      for (;;) {
        const collection =
          last === undefined ? table.orderBy(':id') : table.where(':id').above(last as string);
        const page = (await collection.limit(2000).toArray()) as Record<string, unknown>[];
        if (page.length === 0) break;
        let text = '';
        for (const row of page) text += `${JSON.stringify(row)}\n`;
        digests += hex(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
        rows += page.length;
        last = keyOf(page.at(-1)!);
        if (page.length < 2000) break;
      }
      out[table.name] = {
        rows,
        sha256: hex(await crypto.subtle.digest('SHA-256', encoder.encode(digests))),
      };
    }
  } finally {
    dynamic.close();
  }
  return out;
}

/** dexie-export-import's exportDB of the whole database into a Blob, on the page's thread as its docs show it. */
async function exportDb(): Promise<{ seconds: number; bytes: number }> {
  const dynamic = new Dexie(DB_NAME);
  await dynamic.open();
  try {
    const started = performance.now();
    const blob = await exportDB(dynamic);
    return { seconds: (performance.now() - started) / 1000, bytes: blob.size };
  } finally {
    dynamic.close();
  }
}

(window as unknown as { __backupBench: unknown }).__backupBench = { seed, hashes, exportDb };
