import { describe, expect, it, vi } from 'vitest';
import { throttled } from './databaseWorker';

describe('throttled', () => {
  it('passes the first call and the final one, drops calls in between', () => {
    const send = vi.fn();
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const report = throttled<{ done: number; total: number }>(send, (p) => p.done >= p.total, 100);
    report({ done: 1, total: 10 });
    now = 50;
    report({ done: 2, total: 10 });
    now = 60;
    report({ done: 10, total: 10 });
    now = 200;
    report({ done: 3, total: 10 });
    expect(send.mock.calls.map(([p]) => p.done)).toEqual([1, 10, 3]);
  });
});
