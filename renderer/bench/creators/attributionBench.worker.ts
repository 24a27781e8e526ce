/// <reference lib="webworker" />
import { attributeOrders } from '@shared/creators/attribution';
import { attributionInput, syntheticDesk, syntheticOrders } from './syntheticDesk';

/**
 * Benchmark only: builds N synthetic orders in this worker's memory (writing a million orders to IndexedDB
 * would measure the disk, not attribution), then times attributeOrders over every campaign.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (
  message: MessageEvent<{ orders: number; creators: number; campaigns: number; touches: number }>,
) => {
  const { orders: count, creators, campaigns, touches } = message.data;
  const desk = syntheticDesk('bench', creators, campaigns, touches);
  const orders = syntheticOrders(count, campaigns);
  const input = attributionInput(desk);
  const started = performance.now();
  const result = attributeOrders(orders, input);
  const seconds = (performance.now() - started) / 1000;
  const attributed = result.campaigns.reduce((sum, c) => sum + c.orders + c.refundedOrders, 0);
  scope.postMessage({ seconds, attributed, unattributed: result.unattributed });
};
