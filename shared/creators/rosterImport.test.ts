import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { parseRosterFile, platformFromText } from './rosterImport';

const csv = (text: string) => new TextEncoder().encode(text);

describe('parseRosterFile', () => {
  it('reads an English roster, names every bad cell by row and column, keeps the good rows', async () => {
    const file = [
      'Handle,Platform,Country,Followers,Engagement rate,Rate,Currency,Tags,Profile URL',
      '@anna_style,Instagram,Russia,12.5K,3.5%,150,USD,fashion; beauty,https://instagram.com/anna_style',
      'maria.reviews,YouTube,BR,"1,200,000",0.021,"1.200,50",BRL,tech,',
      'nobody,MySpace,US,100,1%,10,USD,,',
      'bad_followers,TikTok,Atlantis,lots,,,,,',
      ',Instagram,US,100,,,,,',
    ].join('\n');
    const result = await parseRosterFile(csv(file), 'roster.csv');
    expect(result.dataRows).toBe(5);
    expect(result.entries.map((e) => [e.handle, e.platform, e.country, e.followers])).toEqual([
      ['anna_style', 'instagram', 'RU', 12500],
      ['maria.reviews', 'youtube', 'BR', 1_200_000],
    ]);
    expect(result.entries[0]).toMatchObject({
      engagementRate: 0.035,
      rateCard: { amount: 15000, currency: 'USD' },
      tags: ['fashion', 'beauty'],
    });
    expect(result.entries[1]!.rateCard).toEqual({ amount: 120050, currency: 'BRL' });
    expect(result.errors).toEqual([
      expect.objectContaining({ row: 4, column: 'Platform', message: expect.stringContaining('MySpace') }),
      expect.objectContaining({ row: 5, column: 'Country', message: expect.stringContaining('Atlantis') }),
      expect.objectContaining({ row: 5, column: 'Followers', message: expect.stringContaining('lots') }),
      expect.objectContaining({ row: 6, column: 'Handle' }),
    ]);
  });

  it('reads a GBK file with Chinese headers under a title line, and folds duplicates of the file into one', async () => {
    const file = [
      '达人名单 2026年11月',
      '达人,平台,国家,粉丝数,报价,标签,备注',
      '@Ivan_Obzor,VK,俄罗斯,5万,3000,数码,第一次合作',
      'ivan_obzor,vk,俄罗斯,5.2万,,开箱,',
      'lucia_mx,抖音,墨西哥,8000,,,',
    ].join('\r\n');
    const result = await parseRosterFile(new Uint8Array(iconv.encode(file, 'gbk')), 'roster.csv', 'CNY');
    expect(result.errors).toEqual([]);
    expect(result.duplicatesInFile).toBe(1);
    expect(result.entries).toHaveLength(2);
    expect(result.entries[0]).toMatchObject({
      handle: 'Ivan_Obzor',
      platform: 'vk',
      country: 'RU',
      followers: 52000,
      rateCard: { amount: 300000, currency: 'CNY' },
      tags: ['数码', '开箱'],
      notes: '第一次合作',
      row: 3,
    });
    expect(result.entries[1]).toMatchObject({ handle: 'lucia_mx', platform: 'tiktok', country: 'MX' });
  });

  it('takes the platform from the profile link when there is no platform column', async () => {
    const result = await parseRosterFile(
      csv('Name,Link\nkate,https://www.youtube.com/@kate\nbob,https://example.com/bob\n'),
      'r.csv',
    );
    expect(result.entries.map((e) => e.platform)).toEqual(['youtube', 'other']);
  });

  it('says so when no column names the creator, and when the file is empty', async () => {
    const noHeader = await parseRosterFile(csv('a,b\n1,2\n'), 'x.csv');
    expect(noHeader.errors[0]!.message).toMatch(/x\.csv: no header row with a creator column/);
    const empty = await parseRosterFile(new Uint8Array(0), 'empty.csv');
    expect(empty.entries).toEqual([]);
    expect(empty.errors[0]!.message).toMatch(/^empty\.csv: /);
  });

  it('knows the platforms by their common names', () => {
    expect(platformFromText('AliExpress LIVE')).toBe('aliexpress-live');
    expect(platformFromText('Star Blogger')).toBe('fan-zone');
    expect(platformFromText('ВКонтакте')).toBe('vk');
    expect(platformFromText('fan-zone')).toBe('fan-zone');
    expect(platformFromText('Friendster')).toBeUndefined();
  });
});
