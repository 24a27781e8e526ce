import { describe, expect, it } from 'vitest';
import { parseTrendFile } from './trendImport';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('parseTrendFile', () => {
  it('reads a Chinese weekly keyword export with a title line, percent metrics and a bad cell', async () => {
    const file = [
      '热搜词分析 2026',
      '关键词,统计周期,搜索人气,点击率,竞争指数,热门国家',
      'led strip,2026-01-05~2026-01-11,1200,3.2%,40,RU',
      'led strip,2026-01-12~2026-01-18,1500,3.5%,41,RU',
      'gan charger,2026-01-05~2026-01-11,abc,2.0%,10,US',
    ].join('\n');
    const result = await parseTrendFile(bytes(file), 'trend.csv');
    expect(result.period).toBe('week');
    expect(result.kind).toBe('keyword');
    expect(result.metrics.map((m) => m.metric)).toEqual(['popularity', 'clickRate', 'competition']);
    expect(
      result.rows
        .filter((r) => r.series === 'led strip' && r.metric === 'popularity')
        .map((r) => [r.day, r.value]),
    ).toEqual([
      ['2026-01-05', 1200],
      ['2026-01-12', 1500],
    ]);
    expect(result.errors).toEqual([{ row: 5, column: '搜索人气', message: '"abc" is not a number.' }]);
    expect(result.rows.some((r) => r.series === 'gan charger' && r.metric === 'competition')).toBe(true);
  });

  it('reads an English daily category export and says when no header is found', async () => {
    const ok = await parseTrendFile(
      bytes('Category;Date;Search Index\nLighting;2026-03-01;55\nLighting;2026-03-02;57\n'),
      'c.csv',
    );
    expect(ok.kind).toBe('category');
    expect(ok.period).toBe('day');
    expect(ok.rows).toHaveLength(2);
    const bad = await parseTrendFile(bytes('a,b\n1,2\n'), 'bad.csv');
    expect(bad.ok).toBe(false);
    expect(bad.errors[0]?.message).toMatch(/bad\.csv: no header row/u);
  });
});
