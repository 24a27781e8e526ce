/**
 * Order statuses as the seller centre (Chinese and English UI) and the AliExpress open API write them →
 * OrderStatus. A refund or return still in progress counts as 'disputed': on AliExpress it is handled as
 * a dispute until it closes.
 */
import type { OrderStatus } from '../domain/types';
import { memoizeByText, normalizeKey } from './text';

const STATUS_NAMES: Record<OrderStatus, string> = {
  'awaiting-payment':
    '等待买家付款|待付款|未付款|待支付|awaiting payment|waiting for payment|pending payment|unpaid|not paid|' +
    'place_order_success|wait_seller_examine_money|risk_control|payment verification',
  'awaiting-shipment':
    '等待发货|待发货|等待卖家发货|买家已付款|已付款|待卖家发货|awaiting shipment|waiting for shipment|' +
    'awaiting dispatch|to be shipped|to ship|paid|not shipped|wait_seller_send_goods|ready to ship',
  shipped:
    '已发货|等待买家收货|卖家已发货|部分发货|运输中|shipped|awaiting delivery|awaiting receipt|in transit|' +
    'partially shipped|wait_buyer_accept_goods|seller_part_send_goods|sent',
  delivered: '已收货|买家已收货|已签收|已妥投|妥投|delivered|received|receipt confirmed|fund_processing',
  completed: '交易完成|已完成|完成|交易成功|订单完成|finished|completed|complete|finish|success|successful',
  cancelled:
    '已取消|交易关闭|订单关闭|已关闭|取消|关闭|closed|cancelled|canceled|order closed|order cancelled|' +
    'trade closed|cancel',
  refunded: '已退款|退款成功|退款完成|全额退款|refunded|refund completed|refund successful|fully refunded',
  disputed:
    '纠纷中|纠纷|纠纷处理中|退款中|退款处理中|售后中|in dispute|disputed|dispute|dispute in progress|' +
    'refund in progress|refunding|in_issue|in_frozen|frozen',
};

function buildIndex(): Map<string, OrderStatus> {
  const index = new Map<string, OrderStatus>();
  for (const [status, names] of Object.entries(STATUS_NAMES) as [OrderStatus, string][]) {
    index.set(normalizeKey(status), status);
    for (const name of names.split('|')) index.set(normalizeKey(name), status);
  }
  return index;
}

const INDEX = buildIndex();

export const statusFromText: (text: string) => OrderStatus | undefined = memoizeByText((text) =>
  INDEX.get(normalizeKey(text)),
);
