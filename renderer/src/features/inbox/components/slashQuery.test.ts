import { describe, expect, it } from 'vitest';
import { fillPlaceholder, replaceSlash, slashQueryAt, unfilledPlaceholders } from './slashQuery';

describe('composer slash query', () => {
  it('opens after a slash at the start or after a space, not inside a word or across lines', () => {
    expect(slashQueryAt('/где', 4)).toEqual({ start: 0, query: 'где' });
    expect(slashQueryAt('Hi /ship not', 8)).toEqual({ start: 3, query: 'ship' });
    expect(slashQueryAt('and/or', 6)).toBeUndefined();
    expect(slashQueryAt('/a\nb', 4)).toBeUndefined();
  });

  it('replaces the query with the template and tracks placeholders', () => {
    const { text, caret } = replaceSlash('Hi /wh', 3, 6, 'Order {order_id}, {eta} {eta}');
    expect(text).toBe('Hi Order {order_id}, {eta} {eta}');
    expect(caret).toBe(text.length);
    expect(unfilledPlaceholders(text)).toEqual(['order_id', 'eta']);
    expect(fillPlaceholder(text, 'eta', '5 May')).toBe('Hi Order {order_id}, 5 May 5 May');
  });
});
