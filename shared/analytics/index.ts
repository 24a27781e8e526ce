export * from './rollup';
export * from './query';
export * from './money';
export * from './monthly';
