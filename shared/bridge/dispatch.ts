import { bridgeContract, isChannel, type Channel, type ParsedArgsOf, type ResultOf } from './contract';
import { BridgeFailure, fail, ok, type BridgeResult } from './result';

/** Both shells register this same map; `context` carries what only a shell knows (who called). */
export type HandlerMap<Ctx = unknown> = {
  [C in Channel]: (args: ParsedArgsOf<C>, context: Ctx) => Promise<ResultOf<C>> | ResultOf<C>;
};

/**
 * Validate the payload against the contract, run the handler, validate its result, and answer a
 * BridgeResult — never throw. Authorisation (sender origin, token) happens in the shell before this.
 */
export async function dispatch<Ctx>(
  handlers: HandlerMap<Ctx>,
  channelName: string,
  rawArgs: unknown,
  context: Ctx,
): Promise<BridgeResult<unknown>> {
  if (!isChannel(channelName)) return fail('unknown-channel', `Unknown bridge channel "${channelName}"`);
  const channel: Channel = channelName;
  const spec = bridgeContract[channel];
  const parsed = spec.args.safeParse(rawArgs ?? {});
  if (!parsed.success) {
    return fail(
      'invalid-arguments',
      `Invalid arguments for ${channel}: ${summarizeIssues(parsed.error.issues)}`,
    );
  }
  try {
    const handler = handlers[channel] as (args: unknown, ctx: Ctx) => Promise<unknown> | unknown;
    const value = await handler(parsed.data, context);
    const checked = spec.result.safeParse(value);
    if (!checked.success) {
      return fail(
        'invalid-result',
        `Handler for ${channel} returned an invalid result: ${summarizeIssues(checked.error.issues)}`,
      );
    }
    return ok(checked.data);
  } catch (error) {
    if (error instanceof BridgeFailure) return fail(error.code, error.message, error.details);
    const fsError = fileSystemFailure(error);
    if (fsError) return fsError;
    return fail('failed', error instanceof Error ? error.message : String(error));
  }
}

/**
 * Node's file-system errors carry the absolute path in their message ("ENOENT: …, open '/home/…/media/…'"):
 * the page gets the file's name only, so the data folder's location never reaches a screen or a screenshot.
 */
function fileSystemFailure(error: unknown): BridgeResult<unknown> | undefined {
  if (!(error instanceof Error)) return undefined;
  const { code, path } = error as Error & { code?: unknown; path?: unknown };
  if (typeof code !== 'string' || typeof path !== 'string') return undefined;
  const name = path.split(/[\\/]/).pop() || 'file';
  if (code === 'ENOENT' || code === 'ENOTDIR') return fail('not-found', `${name} is not there any more`);
  return fail('failed', `${name}: ${code}`);
}

function summarizeIssues(
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>,
): string {
  return issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}
