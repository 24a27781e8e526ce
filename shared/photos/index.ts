export * from './presets';
export * from './layout';
export * from './fileName';
export * from './phash';
export * from './sniff';
export * from './issues';
