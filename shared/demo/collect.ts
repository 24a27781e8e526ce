/** Runs the generator to the end and gathers every table: for tests, scripts and the CLI, not the worker. */
import { DEMO_TABLES, type DemoRows, type DemoTable } from './chunks';
import { generateDemo, type DemoOptions } from './generate';

export type DemoDataset = { [Table in DemoTable]: DemoRows[Table][] };

export function collectDemo(options: DemoOptions): DemoDataset {
  const dataset = Object.fromEntries(DEMO_TABLES.map((table) => [table, []])) as unknown as DemoDataset;
  for (const chunk of generateDemo(options)) {
    (dataset[chunk.table] as unknown[]).push(...chunk.rows);
  }
  return dataset;
}
