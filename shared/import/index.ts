/**
 * Import engine for seller-centre exports (orders, traffic): CSV/TSV in any common encoding, or .xlsx.
 * Pure TypeScript: runs in a Web Worker and in Node.
 */
export { checkImport, parseImport, parseImportInChunks } from './engine';
export { DEFAULT_TIME_ZONE_OFFSET_MINUTES } from './collectors';
export { layoutFingerprint } from './header';
export { ORDER_FIELD_SPECS, TRAFFIC_FIELD_SPECS, fieldSpecsFor, type FieldSpec } from './fields';
export { countryFromText } from './countries';
export { currencyFromText, minorDigits } from './currency';
export { statusFromText } from './statuses';
export * from './types';
export {
  IMPORT_PROBLEM_CODES,
  IMPORT_PROBLEMS_EN,
  fillTemplate,
  problem as importProblem,
  type ImportProblemCode,
} from './problems';
