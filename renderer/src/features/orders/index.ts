/** Public face of the orders feature: what other features may reuse of it. */
export { buyerNameOf } from './orderDetail';
