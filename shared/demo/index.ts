export { generateDemo, DEMO_DAY_COUNT, DEMO_TARGET_ORDERS, type DemoOptions } from './generate';
export { DEMO_TABLES, MAX_CHUNK_ROWS, type DemoChunk, type DemoProgress, type DemoRows, type DemoTable } from './chunks';
export { collectDemo, type DemoDataset } from './collect';
export { buyerLanguageOf } from './countries';
