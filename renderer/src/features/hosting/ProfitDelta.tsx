import { Text } from '@mantine/core';

/** A signed money change, green when it earns more and red when it earns less. */
export function ProfitDelta({
  value,
  currency,
  format,
}: {
  value: number;
  currency: string;
  format(minor: number, currency: string): string;
}) {
  const sign = value > 0 ? '+' : '';
  return (
    <Text span inherit c={value > 0 ? 'teal' : value < 0 ? 'red' : 'dimmed'}>
      {sign}
      {format(value, currency)}
    </Text>
  );
}
