/** Currencies a seller most often reads reports in; amounts convert at the editable rates in settings. */
export const DISPLAY_CURRENCIES = ['USD', 'CNY', 'EUR', 'RUB', 'BRL', 'PLN', 'KRW', 'GBP'];
