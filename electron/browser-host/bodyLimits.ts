import { MAX_UPLOAD_BYTES } from '@shared/bridge/channels/photos';
import { MAX_LOGO_BYTES } from '@shared/bridge/channels/media';
import { MAX_BACKUP_UPLOAD_BYTES, MAX_ROWS_TEXT } from '@shared/bridge/channels/backup';

const KIB = 1024;
const MIB = 1024 * KIB;

/** Base64 grows bytes by 4/3; the JSON around them (names, keys) gets a little slack. */
function base64Body(bytes: number): number {
  return Math.ceil((bytes * 4) / 3) + 64 * KIB;
}

/**
 * Most channels carry a few ids or a form: 1 MiB is generous. The few that carry file bytes get what their
 * biggest legal payload needs and no more, so a runaway or hostile page cannot make the host buffer 64 MiB per call.
 * A channel added later without an entry gets the default; give it one here if it legitimately carries more.
 */
export const DEFAULT_BODY_LIMIT = 1 * MIB;
const CHANNEL_BODY_LIMITS: Readonly<Record<string, number>> = {
  // The page uploads photos in chunks of about 8 MiB, but one photo alone may be up to MAX_UPLOAD_BYTES.
  'photos:stage': base64Body(MAX_UPLOAD_BYTES),
  'media:importLogo': base64Body(MAX_LOGO_BYTES),
  // Up to 5000 products with titles in several languages and SKUs.
  'export:package': 16 * MIB,
  // A backup's rows travel as JSON-line text (MAX_ROWS_TEXT characters, up to 3 UTF-8 bytes each, some escaped).
  'backup:rows': MAX_ROWS_TEXT * 3 + 64 * KIB,
  'backup:upload': base64Body(MAX_BACKUP_UPLOAD_BYTES),
};

export function bodyLimitFor(channel: string): number {
  return Object.hasOwn(CHANNEL_BODY_LIMITS, channel)
    ? (CHANNEL_BODY_LIMITS[channel] as number)
    : DEFAULT_BODY_LIMIT;
}

/**
 * All request bodies being read at once share one budget: ten parallel uploads wait their turn (503, the page
 * retries) instead of taking the host to a gigabyte and stalling every poll.
 */
export class BodyBudget {
  private inFlight = 0;
  constructor(readonly totalBytes: number) {}

  /** Reserves `bytes`; false when the budget is spent (the caller answers 503). */
  take(bytes: number): boolean {
    if (this.inFlight > 0 && this.inFlight + bytes > this.totalBytes) return false;
    this.inFlight += bytes;
    return true;
  }

  give(bytes: number): void {
    this.inFlight = Math.max(0, this.inFlight - bytes);
  }
}
