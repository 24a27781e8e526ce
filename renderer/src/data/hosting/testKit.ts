/** Fixtures for this feature's database tests: a store, products, SKUs, orders with lines, conversations. */
import type { Conversation, OrderLine, Product, Sku, Store } from '@shared/domain/types';
import { openWorkstationDb, type WorkstationDb } from '../../db/db';

let count = 0;
export const freshDb = (): WorkstationDb => openWorkstationDb(`hosting-test-${Date.now()}-${count++}`);

export const store = (over: Partial<Store> = {}): Store => ({
  id: 's1',
  name: 'Test store',
  hostingMode: 'self-operated',
  currency: 'USD',
  createdAt: 0,
  isDemo: false,
  ...over,
});

export const product = (id: string, over: Partial<Product> = {}): Product => ({
  id,
  storeId: 's1',
  code: id.toUpperCase(),
  title: { en: `Product ${id}` },
  description: {},
  category: 'phone-accessories',
  attributes: {},
  weightGrams: 150,
  packageCm: { length: 10, width: 10, height: 5 },
  handlingDays: 3,
  mainImageIds: [],
  createdAt: 0,
  updatedAt: 0,
  ...over,
});

export const sku = (id: string, productId: string, over: Partial<Sku> = {}): Sku => ({
  id,
  productId,
  storeId: 's1',
  code: id,
  options: {},
  price: { amount: 1000, currency: 'USD' },
  cost: { amount: 300, currency: 'USD' },
  stock: 10,
  ...over,
});

export const line = (orderId: string, productId: string): OrderLine => ({
  id: `${orderId}-${productId}`,
  orderId,
  storeId: 's1',
  productId,
  title: productId,
  quantity: 1,
  unitPrice: 1000,
  currency: 'USD',
});

export const conversation = (
  id: string,
  orderId: string,
  over: Partial<Conversation> = {},
): Conversation => ({
  id,
  storeId: 's1',
  buyerId: `b-${id}`,
  buyerName: 'Ana',
  country: 'BR',
  language: 'pt',
  orderId,
  subject: 'Pedido',
  status: 'open',
  labels: [],
  lastMessageAt: 1_000,
  awaitingReplySince: 1_000,
  platformHandled: false,
  messageCount: 1,
  ...over,
});
