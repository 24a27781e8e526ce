import { inSellerOrder } from '@shared/catalog/skuOrder';
import { toMajor, toMinor } from '@shared/domain/money';
import {
  BUYER_LANGUAGES,
  type BuyerLanguage,
  type HostingMode,
  type Product,
  type Sku,
} from '@shared/domain/types';

/** What the editor holds: numbers as typed (major units), empty fields allowed until saved. */
export interface SkuForm {
  id: string;
  code: string;
  colour: string;
  size: string;
  price: number | '';
  supplyPrice: number | '';
  cost: number | '';
  stock: number | '';
  imageId?: string;
}

export interface ProductForm {
  id: string;
  storeId: string;
  code: string;
  /** The team's own (usually Chinese) name; never uploaded. */
  internalName: string;
  category: string;
  hostingMode: HostingMode | 'store';
  title: Record<BuyerLanguage, string>;
  description: Record<BuyerLanguage, string>;
  attributes: { name: string; value: string }[];
  weightGrams: number | '';
  length: number | '';
  width: number | '';
  height: number | '';
  handlingDays: number | '';
  mainImageIds: string[];
  createdAt: number;
}

const byLanguage = (values: Partial<Record<BuyerLanguage, string>>) =>
  Object.fromEntries(BUYER_LANGUAGES.map((l) => [l, values[l] ?? ''])) as Record<BuyerLanguage, string>;

const onlyFilled = (values: Record<BuyerLanguage, string>) =>
  Object.fromEntries(
    Object.entries(values)
      .filter(([, v]) => v.trim() !== '')
      .map(([k, v]) => [k, v.trim()]),
  ) as Partial<Record<BuyerLanguage, string>>;

const num = (value: number | '', fallback = 0) => (value === '' || Number.isNaN(value) ? fallback : value);

export function newSkuForm(id: string, code = ''): SkuForm {
  return { id, code, colour: '', size: '', price: '', supplyPrice: '', cost: '', stock: 0 };
}

export function newProductForm(id: string, storeId: string, skuId: string, now: number): ProductForm {
  return {
    id,
    storeId,
    code: '',
    internalName: '',
    category: 'phone-accessories',
    hostingMode: 'store',
    title: byLanguage({}),
    description: byLanguage({}),
    attributes: [],
    weightGrams: '',
    length: '',
    width: '',
    height: '',
    handlingDays: 5,
    mainImageIds: [],
    createdAt: now,
  };
}

export function formFromProduct(product: Product, skus: Sku[]): ProductForm & { skus: SkuForm[] } {
  return {
    id: product.id,
    storeId: product.storeId,
    code: product.code,
    internalName: product.internalName ?? '',
    category: product.category,
    hostingMode: product.hostingMode ?? 'store',
    title: byLanguage(product.title),
    description: byLanguage(product.description),
    attributes: Object.entries(product.attributes).map(([name, value]) => ({ name, value })),
    weightGrams: product.weightGrams ?? '',
    length: product.packageCm.length,
    width: product.packageCm.width,
    height: product.packageCm.height,
    handlingDays: product.handlingDays,
    mainImageIds: product.mainImageIds,
    createdAt: product.createdAt,
    skus: inSellerOrder(skus).map((s) => ({
      id: s.id,
      code: s.code,
      colour: s.options.colour ?? s.options.color ?? '',
      size: s.options.size ?? '',
      price: toMajor(s.price.amount, s.price.currency),
      supplyPrice: s.supplyPrice ? toMajor(s.supplyPrice.amount, s.supplyPrice.currency) : '',
      cost: toMajor(s.cost.amount, s.cost.currency),
      stock: s.stock,
      imageId: s.imageId,
    })),
  };
}

/** The records the editor's state stands for; the listing check runs on these as the user types. */
export function recordsFromForm(
  form: ProductForm,
  skus: SkuForm[],
  currency: string,
  now: number,
): { product: Product; skus: Sku[] } {
  const product: Product = {
    id: form.id,
    storeId: form.storeId,
    code: form.code.trim(),
    ...(form.internalName.trim() ? { internalName: form.internalName.trim() } : {}),
    title: onlyFilled(form.title),
    description: onlyFilled(form.description),
    category: form.category,
    attributes: Object.fromEntries(
      form.attributes.filter((a) => a.name.trim()).map((a) => [a.name.trim(), a.value.trim()]),
    ),
    // Blank stays blank (undefined): the listing check and the upload package report it as missing.
    ...(form.weightGrams === '' || Number.isNaN(form.weightGrams) ? {} : { weightGrams: form.weightGrams }),
    packageCm: { length: num(form.length), width: num(form.width), height: num(form.height) },
    handlingDays: num(form.handlingDays),
    hostingMode: form.hostingMode === 'store' ? undefined : form.hostingMode,
    mainImageIds: form.mainImageIds,
    createdAt: form.createdAt,
    updatedAt: now,
  };
  return {
    product,
    skus: skus.map((s, position) => ({
      id: s.id,
      productId: form.id,
      position,
      storeId: form.storeId,
      code: s.code.trim(),
      options: Object.fromEntries(
        [
          ['colour', s.colour.trim()],
          ['size', s.size.trim()],
        ].filter(([, v]) => v),
      ),
      price: { amount: toMinor(num(s.price), currency), currency },
      supplyPrice: s.supplyPrice === '' ? undefined : { amount: toMinor(s.supplyPrice, currency), currency },
      cost: { amount: toMinor(num(s.cost), currency), currency },
      stock: num(s.stock),
      imageId: s.imageId,
    })),
  };
}
