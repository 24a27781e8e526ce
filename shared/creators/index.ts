export * from './types';
export * from './rules';
export * from './attribution';
export * from './fanZonePost';
export * from './campaignFile';
export * from './attributionReport';
