import type { ArgsOf, Channel, ResultOf } from './contract';
import type { BridgeResult } from './result';

/** The renderer's view of the bridge: one `invoke` typed by channel. Preload and HTTP client both satisfy it. */
export interface BridgeApi {
  invoke<C extends Channel>(channel: C, args: ArgsOf<C>): Promise<BridgeResult<ResultOf<C>>>;
}
