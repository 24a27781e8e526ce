/** Strings of the dashboard's country/product filter (the rest of the dashboard is in i18n/locales). */
export const dashboardFilterEn = {
  dashboardFilter: {
    country: 'Country: {{name}}',
    product: 'Product: {{name}}',
    clear: 'Clear filter',
    escHint: 'Esc clears it',
    hint: 'Click a country or a product to see only its figures.',
    pick: 'Show only {{name}}',
    notAvailable: { country: 'Not available per country', product: 'Not available per product' },
    why: {
      country:
        'Countries are tracked with their orders, units, GMV and refund amounts. Buyers, refunded and disputed order counts and traffic are counted for the whole store only.',
      product:
        'Products are tracked with their orders, units, GMV, refund amounts and traffic. Buyers and refunded and disputed order counts are counted for the whole store only.',
    },
    wholeStore: {
      country: 'Whole store: products are not split by country',
      product: 'Whole store: countries are not split by product',
    },
    overTime: 'GMV and orders over time · {{name}}',
  },
};

export const dashboardFilterZh: typeof dashboardFilterEn = {
  dashboardFilter: {
    country: '国家/地区：{{name}}',
    product: '商品：{{name}}',
    clear: '清除筛选',
    escHint: '按 Esc 清除',
    hint: '点击国家/地区或商品，只看它的数据。',
    pick: '只看{{name}}',
    notAvailable: { country: '无法按国家/地区细分', product: '无法按商品细分' },
    why: {
      country:
        '国家/地区只记录订单数、件数、成交额和退款额；买家数、退款订单数、纠纷订单数和流量只按整个店铺统计。',
      product: '商品记录订单数、件数、成交额、退款额和流量；买家数、退款订单数和纠纷订单数只按整个店铺统计。',
    },
    wholeStore: {
      country: '整个店铺：商品数据不能按国家/地区细分',
      product: '整个店铺：国家/地区数据不能按商品细分',
    },
    overTime: '成交额与订单趋势 · {{name}}',
  },
};
