import type { OrderStatus } from '@shared/domain/types';

const COLORS: Record<OrderStatus, string> = {
  'awaiting-payment': 'gray',
  'awaiting-shipment': 'orange',
  shipped: 'blue',
  delivered: 'cyan',
  completed: 'green',
  cancelled: 'gray',
  refunded: 'grape',
  disputed: 'red',
};

export const statusColor = (status: OrderStatus): string => COLORS[status];
