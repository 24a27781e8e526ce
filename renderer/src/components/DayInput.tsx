import { DateInput, DatesProvider, type DateInputProps } from '@mantine/dates';
import 'dayjs/locale/zh-cn';
import { useT } from '../i18n/useT';
import { dateFormatFor, dayjsLocaleFor, parseUserDate } from '../i18n/dayFormat';

type Props = Omit<
  DateInputProps,
  'value' | 'onChange' | 'valueFormat' | 'dateParser' | 'minDate' | 'maxDate'
> & {
  /** A `YYYY-MM-DD` day, or null when empty. */
  value: string | null;
  onChange(day: string | null): void;
  min?: string | undefined;
  max?: string | undefined;
};

/**
 * A day field that shows and reads dates in the UI language (3 Nov 2025 / 2025-11-03), whatever the browser's
 * own locale: a native date input would show mm/dd/yyyy to a Chinese UI on an English Windows.
 */
export function DayInput({ value, onChange, min, max, ...rest }: Props) {
  const { i18n } = useT();
  return (
    <DatesProvider settings={{ locale: dayjsLocaleFor(i18n.language), firstDayOfWeek: 1 }}>
      <DateInput
        {...rest}
        value={value}
        onChange={(day) => onChange(day ?? null)}
        valueFormat={dateFormatFor(i18n.language)}
        dateParser={parseUserDate}
        {...(min ? { minDate: min } : {})}
        {...(max ? { maxDate: max } : {})}
      />
    </DatesProvider>
  );
}
