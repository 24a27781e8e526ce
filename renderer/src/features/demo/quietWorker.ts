/**
 * Imported before Dexie in bulk-writing workers. Dexie broadcasts every committed change to every open
 * page so live queries can refresh; for a bulk job of a quarter-million rows, decoding those messages
 * costs the page 50–120 ms per chunk. The job announces itself once when it is done instead.
 */
(self as unknown as { BroadcastChannel?: unknown }).BroadcastChannel = undefined;
export {};
