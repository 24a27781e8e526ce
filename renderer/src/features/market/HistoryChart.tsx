import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useT } from '../../i18n/useT';
import type { CompetitorSnapshot } from '@shared/domain/types';
import { fromMinorUnits } from '@shared/market/prices';
import { localeOf } from '../../i18n';
import { thin } from './format';

export interface OwnLine {
  label: string;
  /** Step series in the competitor's currency (minor units), oldest first. */
  steps: { at: number; amount: number }[];
  current: number | null;
}

interface Props {
  snapshots: CompetitorSnapshot[];
  own: OwnLine | null;
  metric: 'price' | 'sold';
}

/** Price (with the own price on the same axis) or sold count over time; numeric time axis, no animation. */
export function HistoryChart({ snapshots, own, metric }: Props) {
  const { t, i18n } = useT();
  const locale = localeOf(i18n.language);
  const currency = snapshots.at(-1)?.price.currency ?? 'USD';
  const points = thin(snapshots.filter((s) => metric === 'sold' || s.price.currency === currency)).map(
    (s) => {
      const step = own?.steps.filter((candidate) => candidate.at <= s.takenAt).at(-1);
      return {
        at: s.takenAt,
        value: metric === 'price' ? fromMinorUnits(s.price.amount, currency) : s.orders,
        own: metric === 'price' && step ? fromMinorUnits(step.amount, currency) : undefined,
      };
    },
  );
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const label =
    metric === 'price'
      ? `${t('market.detail.competitorPrice')} (${currency})`
      : t('market.detail.soldHistory');
  return (
    <ResponsiveContainer width="100%" height={220}>
      <LineChart data={points} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" opacity={0.3} />
        <XAxis
          dataKey="at"
          type="number"
          scale="time"
          domain={['dataMin', 'dataMax']}
          tickFormatter={(value: number) => date.format(value)}
          fontSize={11}
        />
        <YAxis fontSize={11} width={60} domain={['auto', 'auto']} />
        <Tooltip labelFormatter={(value) => date.format(Number(value))} />
        <Legend />
        <Line
          type="linear"
          dataKey="value"
          name={label}
          stroke="var(--mantine-color-blue-6)"
          dot={points.length < 60}
          isAnimationActive={false}
        />
        {metric === 'price' && own && (
          <Line
            type="stepAfter"
            dataKey="own"
            name={own.label}
            stroke="var(--mantine-color-orange-6)"
            dot={false}
            isAnimationActive={false}
            connectNulls
          />
        )}
        {metric === 'price' && own?.current != null && (
          <ReferenceLine
            y={fromMinorUnits(own.current, currency)}
            stroke="var(--mantine-color-orange-6)"
            strokeDasharray="4 4"
            label={{ value: own.label, fontSize: 11, position: 'insideTopRight' }}
          />
        )}
      </LineChart>
    </ResponsiveContainer>
  );
}
