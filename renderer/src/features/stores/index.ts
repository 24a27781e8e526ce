/** The stores feature's public face: what other features may use. Everything else in stores/ is internal. */
export { CreateStoreForm } from './CreateStoreForm';
