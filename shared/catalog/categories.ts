import type { CategoryId } from '../domain/types';

/**
 * The platform's names of the categories the app knows, as the seller centre's category picker and its bulk-upload
 * sheets show them (English and Chinese seller centre). Data, not code: AliExpress renames and regroups categories,
 * so the path is kept here with its source and date and corrected in one place.
 */
export const CATEGORY_PATHS = {
  source:
    'AliExpress seller centre category picker, as seen 2026-11; re-check when the platform regroups categories',
  paths: {
    'phone-accessories': {
      en: 'Cellphones & Telecommunications > Mobile Phone Accessories',
      zh: '手机和通讯 > 手机配件',
    },
    'led-lighting': { en: 'Lights & Lighting > LED Lighting', zh: '灯具照明 > LED照明' },
    'womens-clothing': { en: "Women's Clothing", zh: '女装' },
    'kids-smart-watches': {
      en: 'Consumer Electronics > Smart Electronics > Smart Watches',
      zh: '消费电子 > 智能电子 > 智能手表',
    },
    'kitchen-tools': {
      en: 'Home & Garden > Kitchen, Dining & Bar > Kitchen Tools & Gadgets',
      zh: '家居用品 > 厨房、餐厅与酒吧 > 厨房工具',
    },
  } satisfies Record<CategoryId, { en: string; zh: string }>,
};

/** The category's platform path in English and Chinese, or undefined for a category the app does not know. */
export function categoryPath(category: string): { en: string; zh: string } | undefined {
  return (CATEGORY_PATHS.paths as Record<string, { en: string; zh: string }>)[category];
}
