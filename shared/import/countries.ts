/**
 * Destination country names as seller-centre exports write them (English, Chinese, Russian, local forms,
 * ISO alpha-2 and alpha-3 codes) → ISO 3166-1 alpha-2. Covers the ~85 countries AliExpress ships to most.
 */
import { normalizeKey } from './text';

/** alpha-2 → alpha-3 and the names it is written as; matched after normalizeKey. */
const COUNTRY_NAMES: Record<string, string> = {
  RU: 'RUS|Russia|Russian Federation|The Russian Federation|俄罗斯|俄罗斯联邦|Россия|Российская Федерация|РФ',
  US: 'USA|United States|United States of America|US of America|America|美国|США|Соединенные Штаты',
  BR: 'BRA|Brazil|Brasil|巴西|Бразилия',
  ES: 'ESP|Spain|España|Espana|西班牙|Испания',
  FR: 'FRA|France|法国|Франция',
  PL: 'POL|Poland|Polska|波兰|Польша',
  KR: 'KOR|Korea|South Korea|Republic of Korea|Korea, Republic of|Korea Republic|Korea (South)|韩国|大韩民国|Южная Корея|Корея',
  IL: 'ISR|Israel|以色列|Израиль',
  UA: 'UKR|Ukraine|乌克兰|Украина',
  NL: 'NLD|Netherlands|The Netherlands|Holland|Nederland|荷兰|Нидерланды',
  DE: 'DEU|Germany|Deutschland|德国|Германия',
  GB: 'GBR|UK|United Kingdom|Great Britain|Britain|England|Scotland|Wales|Northern Ireland|英国|Великобритания',
  CL: 'CHL|Chile|智利|Чили',
  MX: 'MEX|Mexico|México|墨西哥|Мексика',
  KZ: 'KAZ|Kazakhstan|Qazaqstan|哈萨克斯坦|Казахстан',
  BY: 'BLR|Belarus|Byelorussia|白俄罗斯|Беларусь|Белоруссия',
  IT: 'ITA|Italy|Italia|意大利|Италия',
  JP: 'JPN|Japan|日本|Япония',
  AU: 'AUS|Australia|澳大利亚|澳洲|Австралия',
  CA: 'CAN|Canada|加拿大|Канада',
  TR: 'TUR|Turkey|Türkiye|Turkiye|土耳其|Турция',
  SA: 'SAU|Saudi Arabia|Kingdom of Saudi Arabia|KSA|沙特阿拉伯|沙特|Саудовская Аравия',
  AE: 'ARE|UAE|United Arab Emirates|Emirates|阿联酋|阿拉伯联合酋长国|ОАЭ',
  PT: 'PRT|Portugal|葡萄牙|Португалия',
  BE: 'BEL|Belgium|België|Belgique|比利时|Бельгия',
  CZ: 'CZE|Czech Republic|Czechia|捷克|Чехия',
  SK: 'SVK|Slovakia|斯洛伐克|Словакия',
  HU: 'HUN|Hungary|匈牙利|Венгрия',
  RO: 'ROU|Romania|罗马尼亚|Румыния',
  BG: 'BGR|Bulgaria|保加利亚|Болгария',
  GR: 'GRC|Greece|希腊|Греция',
  SE: 'SWE|Sweden|瑞典|Швеция',
  NO: 'NOR|Norway|挪威|Норвегия',
  FI: 'FIN|Finland|芬兰|Финляндия',
  DK: 'DNK|Denmark|丹麦|Дания',
  AT: 'AUT|Austria|奥地利|Австрия',
  CH: 'CHE|Switzerland|瑞士|Швейцария',
  IE: 'IRL|Ireland|爱尔兰|Ирландия',
  LT: 'LTU|Lithuania|立陶宛|Литва',
  LV: 'LVA|Latvia|拉脱维亚|Латвия',
  EE: 'EST|Estonia|爱沙尼亚|Эстония',
  SI: 'SVN|Slovenia|斯洛文尼亚|Словения',
  HR: 'HRV|Croatia|克罗地亚|Хорватия',
  RS: 'SRB|Serbia|塞尔维亚|Сербия',
  MD: 'MDA|Moldova|Republic of Moldova|摩尔多瓦|Молдова',
  UZ: 'UZB|Uzbekistan|乌兹别克斯坦|Узбекистан',
  KG: 'KGZ|Kyrgyzstan|吉尔吉斯斯坦|Киргизия|Кыргызстан',
  AZ: 'AZE|Azerbaijan|阿塞拜疆|Азербайджан',
  GE: 'GEO|Georgia|格鲁吉亚|Грузия',
  AM: 'ARM|Armenia|亚美尼亚|Армения',
  CO: 'COL|Colombia|哥伦比亚|Колумбия',
  PE: 'PER|Peru|Perú|秘鲁|Перу',
  AR: 'ARG|Argentina|阿根廷|Аргентина',
  EC: 'ECU|Ecuador|厄瓜多尔|Эквадор',
  UY: 'URY|Uruguay|乌拉圭|Уругвай',
  CR: 'CRI|Costa Rica|哥斯达黎加',
  PA: 'PAN|Panama|巴拿马',
  DO: 'DOM|Dominican Republic|多米尼加',
  NZ: 'NZL|New Zealand|新西兰|Новая Зеландия',
  SG: 'SGP|Singapore|新加坡|Сингапур',
  MY: 'MYS|Malaysia|马来西亚|Малайзия',
  TH: 'THA|Thailand|泰国|Таиланд',
  PH: 'PHL|Philippines|菲律宾|Филиппины',
  VN: 'VNM|Vietnam|Viet Nam|越南|Вьетнам',
  ID: 'IDN|Indonesia|印度尼西亚|印尼|Индонезия',
  IN: 'IND|India|印度|Индия',
  PK: 'PAK|Pakistan|巴基斯坦|Пакистан',
  BD: 'BGD|Bangladesh|孟加拉国|孟加拉',
  LK: 'LKA|Sri Lanka|斯里兰卡',
  EG: 'EGY|Egypt|埃及|Египет',
  MA: 'MAR|Morocco|摩洛哥|Марокко',
  DZ: 'DZA|Algeria|阿尔及利亚',
  TN: 'TUN|Tunisia|突尼斯',
  ZA: 'ZAF|South Africa|南非|ЮАР',
  NG: 'NGA|Nigeria|尼日利亚',
  KE: 'KEN|Kenya|肯尼亚',
  QA: 'QAT|Qatar|卡塔尔|Катар',
  KW: 'KWT|Kuwait|科威特|Кувейт',
  BH: 'BHR|Bahrain|巴林',
  OM: 'OMN|Oman|阿曼',
  JO: 'JOR|Jordan|约旦',
  LB: 'LBN|Lebanon|黎巴嫩',
  HK: 'HKG|Hong Kong|Hong Kong SAR|Hong Kong, China|中国香港|香港|Гонконг',
  MO: 'MAC|Macao|Macau|中国澳门|澳门',
  TW: 'TWN|Taiwan|Taiwan, China|中国台湾|台湾|Тайвань',
  CN: 'CHN|China|Mainland China|中国|中国大陆|Китай',
  CY: 'CYP|Cyprus|塞浦路斯|Кипр',
  MT: 'MLT|Malta|马耳他',
  LU: 'LUX|Luxembourg|卢森堡',
  IS: 'ISL|Iceland|冰岛',
  BA: 'BIH|Bosnia and Herzegovina|Bosnia|波黑|波斯尼亚和黑塞哥维那',
  MK: 'MKD|North Macedonia|Macedonia|北马其顿|马其顿',
  AL: 'ALB|Albania|阿尔巴尼亚',
  ME: 'MNE|Montenegro|黑山',
  MN: 'MNG|Mongolia|蒙古|Монголия',
  TJ: 'TJK|Tajikistan|塔吉克斯坦|Таджикистан',
  PR: 'PRI|Puerto Rico|波多黎各',
};

function buildIndex(): Map<string, string> {
  const index = new Map<string, string>();
  for (const [code, names] of Object.entries(COUNTRY_NAMES)) {
    index.set(code.toLowerCase(), code);
    for (const name of names.split('|')) index.set(normalizeKey(name), code);
  }
  return index;
}

const INDEX = buildIndex();

/** ISO alpha-2 for a country name or code, or undefined when not recognised. */
export function countryFromText(text: string): string | undefined {
  return INDEX.get(normalizeKey(text));
}
