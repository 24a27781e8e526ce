/** Messages between the page and the demo worker. */
export type DemoRequest =
  { type: 'start'; seed: number | string; endDay: string; nowMs: number } | { type: 'cancel' };

export type DemoEvent =
  | { type: 'progress'; done: number; total: number; phase: string }
  | { type: 'done'; storeIds: string[] }
  | { type: 'cancelled' }
  | { type: 'failed'; message: string };
