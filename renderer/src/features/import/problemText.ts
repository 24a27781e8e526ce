import type { RecordProblem } from './records';
import { type Translate } from '../../i18n/useT';

/** Problems whose column is a field's name ("status", "productId") rather than a header of the file. */
const NAMED_BY_FIELD = new Set(['missingColumn', 'currencyMismatch', 'noProduct']);

/**
 * A problem as the user reads it: the reason in the UI language (`import.problem.<code>` with the engine's
 * parameters; the English `message` for a problem without a code), and its column, where a field's name
 * becomes the field's label ("Order status", "订单状态").
 */
export function problemText(t: Translate, problem: RecordProblem): { column: string | null; reason: string } {
  const label = (field: string) => t(`import.field.${field}`, { defaultValue: field });
  const byField = problem.code !== undefined && NAMED_BY_FIELD.has(problem.code);
  const column = byField && problem.column ? label(problem.column) : problem.column;
  if (!problem.code) return { column, reason: problem.message };
  const params = { ...problem.params };
  if (problem.code === 'missingColumn' && params.field) params.field = label(params.field);
  return {
    column,
    reason: t(`import.problem.${problem.code}`, { ...params, defaultValue: problem.message }),
  };
}
