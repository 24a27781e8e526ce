/**
 * English and Simplified Chinese strings for every key the hosting module hands to the UI. The app merges
 * these objects into its i18next resources; a test keeps both trees' keys identical.
 */
import { hostingUiEn, hostingUiZh } from './i18nUi';

export const hostingEn = {
  hosting: {
    mode: {
      'fully-managed': {
        name: 'Fully managed',
        summary:
          'You supply goods at a supply price and send stock to the platform warehouse; the platform prices, sells, serves buyers and ships.',
      },
      'semi-managed': {
        name: 'Semi-managed',
        summary:
          'You keep photos, listing and price; the platform handles marketing, customer service and international shipping for a fee.',
      },
      'self-operated': {
        name: 'Self-operated',
        summary: 'You run everything: listing, price, promotion, buyer service, shipping and returns.',
      },
    },
    party: { merchant: 'You', platform: 'Platform', shared: 'Shared' },
    area: {
      'photography-and-listing': 'Photos and listing',
      pricing: 'Pricing',
      'marketing-and-promotion': 'Marketing and promotion',
      'customer-service': 'Customer service',
      'fulfilment-and-shipping': 'Fulfilment and shipping',
      warehousing: 'Warehousing',
      'returns-and-after-sales': 'Returns and after-sales',
      'store-data-access': 'Store data',
    },
    matrix: {
      'fully-managed': {
        'photography-and-listing':
          'You provide samples and specs; the platform shoots and writes the listing.',
        pricing: 'You agree a supply price; the platform sets the retail price.',
        'marketing-and-promotion': 'The platform decides campaigns and traffic.',
        'customer-service': 'The platform answers buyers; you see conversations read-only.',
        'fulfilment-and-shipping': 'You ship stock to the warehouse; the platform ships to buyers.',
        warehousing: 'Stock sits in the platform warehouse, at a storage fee.',
        'returns-and-after-sales': 'The platform handles returns and refunds.',
        'store-data-access': 'You see supply and sales figures, not buyers or traffic detail.',
      },
      'semi-managed': {
        'photography-and-listing': 'You shoot photos and write the listing.',
        pricing: 'You set the price.',
        'marketing-and-promotion': 'The platform promotes the product in its channels.',
        'customer-service':
          'You answer buyer messages in your store; the platform handles delivery problems and after-sales claims.',
        'fulfilment-and-shipping': 'You pack and hand parcels over in China; the platform ships abroad.',
        warehousing: 'Stock stays in your own storage.',
        'returns-and-after-sales': 'The platform handles after-sales under its rules.',
        'store-data-access': 'You see orders and sales; buyer contact goes through the platform.',
      },
      'self-operated': {
        'photography-and-listing': 'You shoot photos and write the listing.',
        pricing: 'You set the price and discounts.',
        'marketing-and-promotion': 'You run promotions, affiliates and ads.',
        'customer-service': 'You answer every buyer message.',
        'fulfilment-and-shipping': 'You pick a carrier and ship each parcel.',
        warehousing: 'Stock stays in your own storage.',
        'returns-and-after-sales': 'You handle returns, refunds and disputes.',
        'store-data-access': 'You see all store data.',
      },
    },
    pros: {
      'fully-managed': {
        'least-work': 'Least day-to-day work.',
        'platform-traffic': 'Strong platform traffic and campaigns.',
        'no-buyer-service': 'No buyer messages or disputes to handle.',
      },
      'semi-managed': {
        'keep-price-and-listing': 'You keep control of price and listing.',
        'platform-logistics': 'Platform logistics, usually cheaper per parcel.',
        'platform-after-sales': 'The platform handles delivery claims and after-sales.',
      },
      'self-operated': {
        'full-control': 'Full control of price, listing and promotion.',
        'all-data': 'All buyer and traffic data.',
        'no-stock-at-platform': 'No stock tied up in a platform warehouse.',
      },
    },
    cons: {
      'fully-managed': {
        'no-price-control': 'No control of the retail price.',
        'stock-tied-up': 'Stock and cash tied up in the warehouse.',
        'thin-data': 'Little buyer and traffic data.',
      },
      'semi-managed': {
        'service-fee': 'A service fee on top of commission.',
        'less-marketing-control': 'Less control of promotion.',
        'handover-rules': 'Strict packing and handover rules.',
      },
      'self-operated': {
        'most-work': 'Most work: service, shipping and returns are yours.',
        'own-logistics-risk': 'You carry delivery delays and lost parcels.',
        'own-traffic': 'You must bring your own traffic.',
      },
    },
    rateSource: {
      'platform-published': 'Published by the platform; check it is still current.',
      'seller-reported': 'Typical figure reported by sellers; verify in your seller centre.',
      assumption: 'Our assumption for a small seller; replace it with your own figure.',
      user: 'Set by you.',
    },
    rateNote: {
      commission: 'Category commission on the sale price, typically 5–8 %.',
      affiliateRate: 'Commission you offer affiliates, commonly 3–10 %.',
      affiliateShare: 'Share of your orders that come through affiliates.',
      affiliateShareFully: 'In fully managed mode the platform pays affiliates from its own margin.',
      serviceFeeSemi: 'Semi-managed service fee varies by programme and country; check your agreement.',
      serviceFeeFully: 'The supply price is usually paid without a further fee; check your agreement.',
      platformLogistics:
        'Ballpark for a light parcel; use the platform logistics quote for your destinations.',
      ownLogistics: 'Ballpark for an economy carrier; use your carrier contract.',
      inbound: 'Your freight to the platform warehouse, per unit.',
      warehousing: 'Warehouse storage per unit per month.',
      storageMonths: 'How long a unit waits in the warehouse on average.',
      supplyShare: 'Used only when a SKU has no supply price yet: supply price ≈ retail × this share.',
      returnRate: 'Share of orders returned or refunded.',
      writeOff: 'Share of a returned item’s cost you cannot recover.',
      hourlyCost: 'What an hour of your or your staff’s time costs.',
    },
    line: {
      revenue: 'Revenue',
      commission: 'Commission',
      serviceFee: 'Service fee',
      affiliate: 'Affiliate commission',
      logistics: 'Logistics',
      warehousing: 'Warehousing',
      returns: 'Expected returns',
      goodsCost: 'Cost of goods',
      timeCost: 'Your time',
      margin: 'Margin',
      profit: 'Profit',
      marginPct: 'Margin %',
      workHours: 'Your work (hours/month)',
    },
    logisticsKind: {
      'own-carrier': 'Own carrier',
      'platform-logistics': 'Platform logistics',
      'warehouse-inbound': 'Inbound to warehouse',
    },
    direction: {
      'less-for-merchant': 'Moves to the platform',
      'shared-with-platform': 'Shared with the platform',
      'more-for-merchant': 'Comes back to you',
    },
    switch: {
      screen: {
        catalog: {
          toSupplyPrice: 'Catalog asks for a supply price instead of a retail price.',
          toRetailPrice: 'Catalog asks for a retail price again.',
        },
        inbox: {
          becomesReadOnly: 'Inbox becomes read-only for these products: the platform answers buyers.',
          becomesEditable: 'You answer buyers for these products in the inbox again.',
        },
        fulfilment: {
          toWarehouseInbound: 'Fulfilment becomes inbound shipments to the platform warehouse.',
          toPlatformHandover: 'Fulfilment becomes handing parcels over to platform logistics.',
          toBuyerParcels: 'Fulfilment becomes shipping parcels to buyers yourself.',
        },
        analytics: {
          splitByMode: 'Analytics shows figures before and after the switch separately.',
        },
      },
    },
    estimatedSupplyPrice: 'Estimated supply price: no supply price set for this SKU.',
    ui: hostingUiEn,
  },
};

export const hostingZh: typeof hostingEn = {
  hosting: {
    mode: {
      'fully-managed': {
        name: '全托管',
        summary: '您按供货价供货并把库存发到平台仓；定价、销售、客服和物流由平台负责。',
      },
      'semi-managed': {
        name: '半托管',
        summary: '您保留图片、商品信息和定价；营销、客服和国际物流由平台负责，收取一定服务费。',
      },
      'self-operated': {
        name: '自运营',
        summary: '所有环节由您负责：上架、定价、推广、客服、发货和退货。',
      },
    },
    party: { merchant: '商家', platform: '平台', shared: '共同' },
    area: {
      'photography-and-listing': '拍图与上架',
      pricing: '定价',
      'marketing-and-promotion': '营销推广',
      'customer-service': '客服',
      'fulfilment-and-shipping': '履约与发货',
      warehousing: '仓储',
      'returns-and-after-sales': '退货与售后',
      'store-data-access': '店铺数据',
    },
    matrix: {
      'fully-managed': {
        'photography-and-listing': '您提供样品和规格；平台拍图并编写商品信息。',
        pricing: '您确定供货价；零售价由平台制定。',
        'marketing-and-promotion': '活动和流量由平台决定。',
        'customer-service': '平台回复买家；您只能查看会话。',
        'fulfilment-and-shipping': '您把货发到平台仓；平台发给买家。',
        warehousing: '库存存放在平台仓，收取仓储费。',
        'returns-and-after-sales': '退货和退款由平台处理。',
        'store-data-access': '您能看到供货和销售数据，看不到买家和流量明细。',
      },
      'semi-managed': {
        'photography-and-listing': '您拍图并编写商品信息。',
        pricing: '价格由您制定。',
        'marketing-and-promotion': '平台在其渠道推广商品。',
        'customer-service': '买家消息仍由您在店铺中回复；物流问题和售后申请由平台处理。',
        'fulfilment-and-shipping': '您在国内打包交货；平台负责国际运输。',
        warehousing: '库存放在您自己的仓库。',
        'returns-and-after-sales': '售后按平台规则由平台处理。',
        'store-data-access': '您能看到订单和销售；与买家的联系经由平台。',
      },
      'self-operated': {
        'photography-and-listing': '您拍图并编写商品信息。',
        pricing: '价格和折扣由您制定。',
        'marketing-and-promotion': '促销、联盟和广告由您运营。',
        'customer-service': '每条买家消息都由您回复。',
        'fulfilment-and-shipping': '您选择物流并逐单发货。',
        warehousing: '库存放在您自己的仓库。',
        'returns-and-after-sales': '退货、退款和纠纷由您处理。',
        'store-data-access': '您能看到全部店铺数据。',
      },
    },
    pros: {
      'fully-managed': {
        'least-work': '日常工作最少。',
        'platform-traffic': '平台流量和活动资源强。',
        'no-buyer-service': '无需处理买家消息和纠纷。',
      },
      'semi-managed': {
        'keep-price-and-listing': '价格和商品信息仍由您掌控。',
        'platform-logistics': '使用平台物流，单件运费通常更低。',
        'platform-after-sales': '物流问题和售后由平台处理。',
      },
      'self-operated': {
        'full-control': '价格、商品信息和推广完全自主。',
        'all-data': '掌握全部买家和流量数据。',
        'no-stock-at-platform': '无需在平台仓压库存。',
      },
    },
    cons: {
      'fully-managed': {
        'no-price-control': '无法控制零售价。',
        'stock-tied-up': '库存和资金压在平台仓。',
        'thin-data': '买家和流量数据很少。',
      },
      'semi-managed': {
        'service-fee': '佣金之外还有服务费。',
        'less-marketing-control': '对推广的掌控较少。',
        'handover-rules': '打包和交货规则严格。',
      },
      'self-operated': {
        'most-work': '工作量最大：客服、发货和退货都由您负责。',
        'own-logistics-risk': '物流延误和丢件风险由您承担。',
        'own-traffic': '需要自己获取流量。',
      },
    },
    rateSource: {
      'platform-published': '平台公布的数据；请确认仍然有效。',
      'seller-reported': '卖家反馈的常见数值；请在卖家后台核实。',
      assumption: '我们对小卖家的估计；请替换为您自己的数值。',
      user: '由您设置。',
    },
    rateNote: {
      commission: '按售价收取的类目佣金，通常为 5–8%。',
      affiliateRate: '您给联盟客的佣金，常见 3–10%。',
      affiliateShare: '通过联盟成交的订单占比。',
      affiliateShareFully: '全托管模式下联盟佣金由平台从自身利润中支付。',
      serviceFeeSemi: '半托管服务费因项目和国家而异；请查看您的协议。',
      serviceFeeFully: '供货价通常不再另收费用；请查看您的协议。',
      platformLogistics: '轻小件的大致运费；请使用平台物流对您目的国的报价。',
      ownLogistics: '经济型物流的大致运费；请使用您的物流合同价。',
      inbound: '您发往平台仓的单件头程运费。',
      warehousing: '每件每月的仓储费。',
      storageMonths: '每件商品在仓库平均存放的月数。',
      supplyShare: '仅在 SKU 尚无供货价时使用：供货价 ≈ 零售价 × 此比例。',
      returnRate: '退货或退款订单的占比。',
      writeOff: '退货商品中无法收回的成本比例。',
      hourlyCost: '您或员工每小时的时间成本。',
    },
    line: {
      revenue: '收入',
      commission: '佣金',
      serviceFee: '服务费',
      affiliate: '联盟佣金',
      logistics: '物流',
      warehousing: '仓储',
      returns: '预计退货成本',
      goodsCost: '商品成本',
      timeCost: '您的时间',
      margin: '毛利',
      profit: '利润',
      marginPct: '利润率',
      workHours: '您的工作量（小时/月）',
    },
    logisticsKind: {
      'own-carrier': '自选物流',
      'platform-logistics': '平台物流',
      'warehouse-inbound': '头程入仓',
    },
    direction: {
      'less-for-merchant': '转交平台',
      'shared-with-platform': '与平台分担',
      'more-for-merchant': '回到您手中',
    },
    switch: {
      screen: {
        catalog: {
          toSupplyPrice: '商品页改为填写供货价，而不是零售价。',
          toRetailPrice: '商品页重新填写零售价。',
        },
        inbox: {
          becomesReadOnly: '这些商品的会话变为只读：由平台回复买家。',
          becomesEditable: '这些商品的买家消息重新由您在收件箱回复。',
        },
        fulfilment: {
          toWarehouseInbound: '履约改为向平台仓发头程。',
          toPlatformHandover: '履约改为把包裹交给平台物流。',
          toBuyerParcels: '履约改为由您直接发货给买家。',
        },
        analytics: {
          splitByMode: '数据分析将切换前后的数据分开显示。',
        },
      },
    },
    estimatedSupplyPrice: '供货价为估算值：此 SKU 尚未设置供货价。',
    ui: hostingUiZh,
  },
};
