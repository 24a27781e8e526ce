/** Random ids for rows the inbox creates; the prefix tells a row's kind when reading raw data. */
export const newId = (prefix: string) => `${prefix}-${crypto.randomUUID()}`;
