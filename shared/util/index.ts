export * from './prng';
export * from './days';
export * from './ids';
