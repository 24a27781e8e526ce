/** The demo store's public face: what other features may use. Everything else in demo/ is internal. */
export { DemoProgress } from './DemoProgress';
export { DEMO_SEED, useDemoGenerator, type DemoState } from './useDemoGenerator';
