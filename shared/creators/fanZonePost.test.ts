import { describe, expect, it } from 'vitest';
import { checkFanZonePost, parseHashtags, type FanZonePost } from './fanZonePost';
import { DEFAULT_CREATOR_RULES } from './rules';

const good: FanZonePost = {
  title: 'a'.repeat(60),
  intro: '好物推荐',
  hashtags: ['led', '灯带'],
  productIds: ['p1'],
  banner: { width: 750, height: 360, bytes: 400_000, format: 'jpeg' },
};
const codes = (post: FanZonePost) => checkFanZonePost(post, DEFAULT_CREATOR_RULES).map((p) => p.code);

describe('Fan Zone post check', () => {
  it('accepts 60 title characters and refuses 61', () => {
    expect(codes(good)).toEqual([]);
    expect(codes({ ...good, title: 'a'.repeat(61) })).toEqual(['titleTooLong']);
  });
  it('counts a Chinese character or an emoji as one', () => {
    expect(codes({ ...good, title: '灯'.repeat(60) })).toEqual([]);
    expect(codes({ ...good, title: '😀'.repeat(61) })).toEqual(['titleTooLong']);
  });
  it('limits hashtags, intro and the banner', () => {
    expect(codes({ ...good, hashtags: ['a', 'b', 'c', 'd', 'e', 'f'] })).toEqual(['tooManyHashtags']);
    expect(codes({ ...good, intro: 'x'.repeat(1001) })).toEqual(['introTooLong']);
    expect(codes({ ...good, banner: { width: 749, height: 360, bytes: 1, format: 'png' } })).toEqual([
      'bannerTooSmall',
    ]);
    expect(codes({ ...good, banner: { width: 750, height: 360, bytes: 6e6, format: 'webp' } })).toEqual([
      'bannerTooLarge',
      'bannerFormat',
    ]);
  });
  it('reads hashtags typed any way', () => {
    expect(parseHashtags('#led #灯带, gift，礼物')).toEqual(['led', '灯带', 'gift', '礼物']);
  });
});
