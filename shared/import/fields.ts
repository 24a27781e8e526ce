/**
 * Header names each canonical field is recognised by, per import kind, best match first: when a file has
 * both "下单时间" and "付款时间", the order time wins placedAt.
 */
import type { ImportKind, OrderField, TrafficField } from './types';

export interface FieldSpec<F extends string = string> {
  field: F;
  /** Header names, best first; the first few are quoted in "missing column" messages. */
  aliases: readonly string[];
  required: boolean;
}

function spec<F extends string>(field: F, required: boolean, aliases: string): FieldSpec<F> {
  return { field, required, aliases: aliases.split('|') };
}

export const ORDER_FIELD_SPECS: readonly FieldSpec<OrderField>[] = [
  spec('orderId', true, 'Order ID|订单号|订单编号|Order No.|Order Number|订单ID|主订单号|OrderId'),
  spec(
    'placedAt',
    true,
    'Order Time|下单时间|Order Date|订单创建时间|创建时间|Created Time|Creation Time|Order Created|Order Placed|' +
      'Payment Time|付款时间|支付时间|Paid Time|Date|日期',
  ),
  spec(
    'country',
    true,
    'Country|买家国家|收货国家|Ship to country|国家|收货国家/地区|国家/地区|Buyer Country|Shipping Country|' +
      'Destination Country|Country/Region|Destination|Receiver Country',
  ),
  spec(
    'productTitle',
    false,
    'Product Name|商品名称|产品名称|商品标题|Product Title|Item Name|Item Title|Product|Title',
  ),
  spec('productId', false, 'Product ID|商品ID|产品ID|商品编号|Item ID|ProductId'),
  spec('sku', false, 'SKU|SKU编码|SKU ID|SKU Code|Seller SKU|商家编码|规格编码'),
  spec('quantity', false, 'Quantity|数量|商品数量|购买数量|Qty|Pieces|Units|件数'),
  spec(
    'amount',
    true,
    'Order Amount|订单金额|实付金额|Total|Order Total|支付金额|订单总额|商品总价|Payment Amount|Total Amount|' +
      '总金额|买家实际支付金额|买家实付金额|实付款|订单实付金额|交易金额|' +
      'Actual Paid|Amount|金额|Product Amount|Price|Sales Amount',
  ),
  spec('currency', false, 'Currency|币种|货币|结算币种|Currency Code|货币类型'),
  spec('status', true, 'Order Status|订单状态|Status|状态|交易状态'),
  spec('shippingFee', false, 'Shipping Fee|运费|Shipping Cost|物流费用|Freight|Shipping'),
  spec('refund', false, 'Refund|退款金额|Refund Amount|退款|Refunded Amount'),
  spec(
    'trackingNumber',
    false,
    'Tracking Number|物流单号|运单号|快递单号|Tracking No.|Tracking ID|跟踪号|Tracking|Waybill',
  ),
  spec('buyerName', false, 'Buyer Name|买家名称|买家姓名|买家|Buyer|Customer Name|Customer|收货人|Recipient'),
  spec(
    'carrier',
    false,
    'Carrier|物流公司|物流服务|物流方式|Logistics Company|Shipping Method|Logistics Service|Shipping Carrier|承运商',
  ),
  spec(
    'promoCode',
    false,
    'Promo code|促销码|优惠码|Coupon code|Promo Code Used|Coupon|优惠券码|Promotion Code',
  ),
];

export const TRAFFIC_FIELD_SPECS: readonly FieldSpec<TrafficField>[] = [
  spec('day', true, 'Date|日期|统计日期|Day|Stat Date|Statistics Date|时间'),
  spec('productId', false, 'Product ID|商品ID|产品ID|Item ID|商品编号'),
  spec('productTitle', false, 'Product Name|商品名称|产品名称|商品标题|Product Title|Product'),
  spec('visitors', true, 'Visitors|访客数|商品访客数|Unique Visitors|Product Visitors|UV'),
  spec('productViews', false, 'Product Views|浏览量|商品浏览量|Page Views|Views|Pageviews|PV'),
  spec(
    'addToCarts',
    false,
    'Add to Cart|加购人数|加购件数|加购次数|加入购物车人数|Add to Carts|Added to Cart|Cart Adds',
  ),
  spec('orders', false, 'Orders|支付订单数|订单数|下单数|Paid Orders|Order Count|Number of Orders'),
];

export function fieldSpecsFor(kind: ImportKind): readonly FieldSpec[] {
  return kind === 'orders' ? ORDER_FIELD_SPECS : TRAFFIC_FIELD_SPECS;
}
