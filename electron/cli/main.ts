/**
 * Command-line front of the services: `npm run --silent cli -- <command> …`.
 * Each command lives in commands/<name>.ts and exports `run(argv): Promise<number>` (the exit code).
 */
type CommandModule = { run: (argv: string[]) => Promise<number>; usage: string };

const commands: Record<string, () => Promise<CommandModule>> = {
  photos: () => import('./commands/photos'),
  'import-check': () => import('./commands/import-check'),
  'listing-parse': () => import('./commands/listing-parse'),
  'tracking-check': () => import('./commands/tracking-check'),
  'shipping-quote': () => import('./commands/shipping-quote'),
  attribution: () => import('./commands/attribution'),
  backup: () => import('./commands/backup'),
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const load = name ? commands[name] : undefined;
  if (!load) {
    const lines = await Promise.all(Object.values(commands).map(async (l) => (await l()).usage));
    process.stderr.write(`Usage:\n${lines.map((l) => `  ${l}`).join('\n')}\n`);
    return 2;
  }
  return (await load()).run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
