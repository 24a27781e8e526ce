/**
 * `listing-parse <file> [--json]`: reads one pasted AliExpress listing page (UTF-8 text) with the same parser the
 * app's paste dialog uses. Amounts are in the currency's major unit as the page shows them (4.05, not 405).
 * Exit codes: 0 when the file could be read (fields it could not find are in `errors`), 1 when it could not be
 * read, 2 for unusable arguments.
 */
import { readFile } from 'node:fs/promises';
import { parseListing, type ParsedListing } from '@shared/market/listingParse';

export const usage =
  'listing-parse <file> [--json]  read price, sold count, rating… from a pasted listing page';

function toText(parsed: ParsedListing): string {
  const money = (range: ParsedListing['price']) =>
    range ? `${range.min}${range.max !== range.min ? ` – ${range.max}` : ''} ${range.currency}` : '—';
  const shipping = parsed.shipping
    ? 'free' in parsed.shipping
      ? 'free'
      : `${parsed.shipping.amount} ${parsed.shipping.currency}`
    : '—';
  const lines = [
    `item id:   ${parsed.itemId ?? '—'}`,
    `title:     ${parsed.title ?? '—'}`,
    `price:     ${money(parsed.price)}`,
    `original:  ${money(parsed.originalPrice)}`,
    `sold:      ${parsed.sold ? `${parsed.sold.min}${parsed.sold.rounded ? '+' : ''}` : '—'}`,
    `rating:    ${parsed.rating ?? '—'}`,
    `reviews:   ${parsed.reviews ?? '—'}`,
    `shipping:  ${shipping}`,
    `store:     ${parsed.store ?? '—'}`,
    ...parsed.errors.map((error) => `! ${error.field}: ${error.message}`),
  ];
  return `${lines.join('\n')}\n`;
}

export async function run(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const files = argv.filter((arg) => !arg.startsWith('--'));
  const unknown = argv.filter((arg) => arg.startsWith('--') && arg !== '--json');
  if (files.length !== 1 || unknown.length > 0) {
    const message = files.length !== 1 ? 'expected exactly one file' : `unknown option ${unknown.join(' ')}`;
    if (json) process.stdout.write(`${JSON.stringify({ errors: [{ field: 'arguments', message }] })}\n`);
    else process.stderr.write(`${message}\nUsage: ${usage}\n`);
    return 2;
  }
  const file = files[0] as string;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const message = `cannot read ${file}: ${error instanceof Error && 'code' in error ? String(error.code) : 'unreadable'}`;
    if (json) process.stdout.write(`${JSON.stringify({ errors: [{ field: 'file', message }] })}\n`);
    else process.stderr.write(`${message}\n`);
    return 1;
  }
  let parsed: ParsedListing;
  try {
    parsed = parseListing(text);
  } catch {
    // The parser is total; this only guards the contract "never a stack trace".
    parsed = {
      ...parseListing(''),
      errors: [{ field: 'text', message: 'The text could not be read as a page.' }],
    };
  }
  process.stdout.write(json ? `${JSON.stringify(parsed)}\n` : toText(parsed));
  return 0;
}
