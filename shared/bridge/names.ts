/**
 * Names both sides of the IPC agree on. Kept free of imports: the sandboxed preload may require nothing
 * but 'electron', so it must not pull the contract (and zod) in.
 */
/** The single IPC channel the preload uses; the bridge channel travels inside the message. */
export const IPC_INVOKE = 'bridge:invoke';
/** Global under which the preload exposes the API in the renderer. */
export const BRIDGE_GLOBAL = 'sellerBridge';
