/**
 * English and Simplified Chinese strings for the inbox keys this module hands to the UI (topics, SLA states,
 * filters, template variables). Interpolation uses i18next's {{name}}. A test keeps both trees' keys identical.
 */

export const inboxEn = {
  inbox: {
    topic: {
      'where-is-my-order': 'Where is my order',
      'shipped-notice': 'Shipped notice',
      'delay-apology': 'Delay apology',
      'size-help': 'Size help',
      'out-of-stock': 'Out of stock',
      'dispute-response': 'Dispute response',
      'review-request': 'Review request',
    },
    language: {
      en: 'English',
      ru: 'Russian',
      pt: 'Portuguese',
      es: 'Spanish',
      fr: 'French',
    },
    detectedLanguage: 'Looks like {{language}}',
    sla: {
      state: {
        none: 'No reply needed',
        'on-track': 'On track',
        'due-soon': 'Due soon',
        overdue: 'Overdue',
      },
      dueIn: 'Reply due in {{time}}',
      overdueBy: 'Overdue by {{time}}',
      businessHoursNote: 'Counted in business hours ({{timeZone}})',
    },
    dispute: {
      level: {
        ok: 'Dispute open',
        warning: 'Dispute deadline soon',
        expired: 'Dispute deadline passed',
      },
      deadlineIn: 'Dispute deadline in {{time}}',
    },
    template: {
      missing: 'Fill in before sending: {{names}}',
      builtIn: 'Built-in',
      searchPlaceholder: 'Type / to search templates',
      noResults: 'No template matches',
      variable: {
        buyer_name: 'Buyer name',
        order_id: 'Order number',
        tracking_number: 'Tracking number',
        carrier: 'Carrier',
        eta: 'Estimated delivery',
        store_name: 'Store name',
        product_title: 'Product title',
        rep_name: 'Your name',
        dispute_deadline: 'Dispute deadline',
        refund_amount: 'Refund amount',
      },
    },
    filter: {
      all: 'All',
      unanswered: 'Unanswered',
      unassigned: 'Unassigned',
      'platform-handled': 'Handled by platform',
      status: {
        open: 'Open',
        pending: 'Pending',
        snoozed: 'Snoozed',
        resolved: 'Resolved',
      },
      assignee: 'Assigned to {{name}}',
      language: 'Language: {{language}}',
      label: 'Label: {{label}}',
      store: 'Store: {{store}}',
    },
    search: {
      placeholder: 'Search messages',
      noResults: 'No messages match',
    },
  },
};

export const inboxZh: typeof inboxEn = {
  inbox: {
    topic: {
      'where-is-my-order': '查询订单',
      'shipped-notice': '发货通知',
      'delay-apology': '延迟致歉',
      'size-help': '尺码咨询',
      'out-of-stock': '缺货',
      'dispute-response': '纠纷回复',
      'review-request': '邀请评价',
    },
    language: {
      en: '英语',
      ru: '俄语',
      pt: '葡萄牙语',
      es: '西班牙语',
      fr: '法语',
    },
    detectedLanguage: '疑似{{language}}',
    sla: {
      state: {
        none: '无需回复',
        'on-track': '正常',
        'due-soon': '即将超时',
        overdue: '已超时',
      },
      dueIn: '需在 {{time}} 内回复',
      overdueBy: '已超时 {{time}}',
      businessHoursNote: '按工作时间计算（{{timeZone}}）',
    },
    dispute: {
      level: {
        ok: '纠纷处理中',
        warning: '纠纷即将到期',
        expired: '纠纷已过期',
      },
      deadlineIn: '纠纷将在 {{time}} 后到期',
    },
    template: {
      missing: '发送前请填写：{{names}}',
      builtIn: '内置',
      searchPlaceholder: '输入 / 搜索模板',
      noResults: '没有匹配的模板',
      variable: {
        buyer_name: '买家姓名',
        order_id: '订单号',
        tracking_number: '运单号',
        carrier: '物流商',
        eta: '预计送达',
        store_name: '店铺名称',
        product_title: '商品标题',
        rep_name: '您的名字',
        dispute_deadline: '纠纷截止时间',
        refund_amount: '退款金额',
      },
    },
    filter: {
      all: '全部',
      unanswered: '未回复',
      unassigned: '未分配',
      'platform-handled': '平台处理',
      status: {
        open: '进行中',
        pending: '待处理',
        snoozed: '已暂缓',
        resolved: '已解决',
      },
      assignee: '分配给 {{name}}',
      language: '语言：{{language}}',
      label: '标签：{{label}}',
      store: '店铺：{{store}}',
    },
    search: {
      placeholder: '搜索消息',
      noResults: '没有匹配的消息',
    },
  },
};
