/**
 * A stored order's id: the store, then the platform's order number. Demo and imported orders alike, so a
 * search by order number within a store is a primary-key prefix range.
 */
export const orderIdOf = (storeId: string, orderNumber: string): string => `${storeId}:${orderNumber}`;
