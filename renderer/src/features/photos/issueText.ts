import type { FileResultView } from '@shared/bridge/channels/photos';
import { type Translate } from '../../i18n/useT';

type Issue = FileResultView['issues'][number];

/** An issue in the user's language (`photos.issue.<code>` with the pipeline's parameters), prefixed by its preset. */
export function issueText(t: Translate, issue: Issue): string {
  const kb = (value: string | number | undefined) =>
    typeof value === 'number' ? Math.round(value / 1024) : '';
  const params = {
    ...issue.params,
    kb: kb(issue.params.bytes),
    maxKb: kb(issue.params.maxBytes),
    format: String(issue.params.format ?? '').toUpperCase(),
  };
  // "Not an image" reads differently for a text file called .jpg than for unknown binary data.
  const key =
    issue.code === 'not-an-image' && issue.params.looksLike === 'text' ? 'not-an-image-text' : issue.code;
  const text = t(`photos.issue.${key}`, params);
  return issue.preset
    ? `[${t(`photos.preset.${issue.preset}`, { defaultValue: issue.preset })}] ${text}`
    : text;
}
