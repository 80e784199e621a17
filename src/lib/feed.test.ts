import { getRssString } from '@astrojs/rss';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { FEED_ITEM_LIMIT, feedCategories, feedOptions, rfc822InVietnam, type FeedArticle } from './feed.ts';

const site = 'https://bantin.example.vn';

const district = {
  id: 'tan-tru-long-an',
  name: { vi: 'Tân Trụ', en: 'Tan Tru' },
  province: { vi: 'Long An', en: 'Long An' },
  kind: 'huyện',
};

function article(overrides: Partial<FeedArticle> = {}): FeedArticle {
  return {
    lang: 'vi',
    title: 'Tân Trụ phát động phong trào thi đua',
    lede: 'Sáng 1/3, Huyện ủy Tân Trụ phát động phong trào thi đua xây dựng huyện nông thôn mới nâng cao.',
    path: '/tin-tuc/2024/tan-tru-phat-dong/',
    publishedAt: new Date('2024-03-01T13:32:00+07:00'),
    author: 'Thanh Mỹ',
    district,
    documents: [
      {
        id: 'tan-tru-long-an-55-nq-hu-2023',
        number: '55-NQ/HU',
        issuer: { vi: 'Huyện ủy Tân Trụ', en: 'Tan Tru District Party Committee' },
      },
    ],
    ...overrides,
  };
}

// rss-parser reads with xml2js (sax, strict): an independent XML implementation from the
// fast-xml-parser that @astrojs/rss writes with, and it knows RSS 2.0's channel and items.
const parser = new Parser<{ language: string }, { creator: string }>({ customFields: { feed: ['language'] } });

async function render(articles: FeedArticle[], lang: 'vi' | 'en' = 'vi') {
  const xml = await getRssString(
    feedOptions({
      lang,
      title: 'Bản tin',
      description: 'Lưu trữ tin phong trào thi đua',
      pagePath: '/',
      feedPath: '/rss.xml',
      articles,
      site,
    }),
  );
  return { xml, feed: await parser.parseString(xml) };
}

describe('rfc822InVietnam', () => {
  it('prints Vietnam wall-clock time with +0700', () => {
    expect(rfc822InVietnam(new Date('2024-03-01T13:32:00+07:00'))).toBe('Fri, 01 Mar 2024 13:32:00 +0700');
  });

  it('takes the weekday and date in Vietnam, not in UTC', () => {
    // 2023-12-31T20:00Z is already Monday 1 January 2024 in Vietnam.
    expect(rfc822InVietnam(new Date('2023-12-31T20:00:00Z'))).toBe('Mon, 01 Jan 2024 03:00:00 +0700');
  });

  it('is read back as the same instant', () => {
    const date = new Date('2024-01-26T00:00:00+07:00');
    expect(new Date(rfc822InVietnam(date)).getTime()).toBe(date.getTime());
  });
});

describe('feedCategories', () => {
  it('names the district with its province, then each document by type and number', () => {
    expect(feedCategories(article(), 'vi')).toEqual(['Tân Trụ, Long An', 'Nghị quyết số 55-NQ/HU']);
    expect(feedCategories(article({ lang: 'en' }), 'en')).toEqual(['Tân Trụ, Long An', 'Resolution No. 55-NQ/HU']);
  });
});

describe('feedOptions rendered by @astrojs/rss', () => {
  it('parses as RSS 2.0 with the channel fields', async () => {
    const { xml, feed } = await render([article()]);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><rss version="2.0"/);
    expect(feed.title).toBe('Bản tin');
    expect(feed.link).toBe(`${site}/`);
    expect(feed.language).toBe('vi');
    expect(feed.feedUrl).toBe(`${site}/rss.xml`);
  });

  it('gives each item its lede, link, +07:00 pubDate, byline and categories', async () => {
    const { feed } = await render([article()]);
    expect(feed.items).toHaveLength(1);
    const [item] = feed.items;
    expect(item?.title).toBe('Tân Trụ phát động phong trào thi đua');
    expect(item?.link).toBe(`${site}/tin-tuc/2024/tan-tru-phat-dong/`);
    expect(item?.guid).toBe(`${site}/tin-tuc/2024/tan-tru-phat-dong/`);
    expect(item?.content).toBe(article().lede);
    expect(item?.pubDate).toBe('Fri, 01 Mar 2024 13:32:00 +0700');
    expect(item?.isoDate).toBe('2024-03-01T06:32:00.000Z');
    expect(item?.creator).toBe('Thanh Mỹ');
    expect(item?.categories).toEqual(['Tân Trụ, Long An', 'Nghị quyết số 55-NQ/HU']);
  });

  it('carries the cover as Media RSS content, absolute, and nothing for an article without one', async () => {
    const withCover = article({ image: { path: '/_astro/lua.hash.jpg', width: 1200, height: 750 } });
    const { xml } = await render([withCover, article({ path: '/tin-tuc/2024/khac/' })]);
    expect(xml).toContain('xmlns:media="http://search.yahoo.com/mrss/"');
    expect(xml).toContain(`<media:content url="${site}/_astro/lua.hash.jpg" medium="image" type="image/jpeg" width="1200" height="750"/>`);
    expect(xml.match(/<media:content /g)).toHaveLength(1);
  });

  it('escapes markup characters in titles, ledes and bylines', async () => {
    const { feed } = await render([article({ title: 'A <b> & "B"', lede: 'x < y & z', author: 'Ban Tuyên giáo & Dân vận' })]);
    expect(feed.items[0]?.title).toBe('A <b> & "B"');
    expect(feed.items[0]?.content).toBe('x < y & z');
    expect(feed.items[0]?.creator).toBe('Ban Tuyên giáo & Dân vận');
  });

  it(`keeps the newest ${FEED_ITEM_LIMIT} items in the order given`, async () => {
    const many = Array.from({ length: FEED_ITEM_LIMIT + 5 }, (_, i) =>
      article({ title: `Bài ${i}`, path: `/tin-tuc/2024/bai-${i}/`, publishedAt: new Date(Date.UTC(2024, 2, 1) - i * 3_600_000) }),
    );
    const { xml, feed } = await render(many);
    expect(feed.items).toHaveLength(FEED_ITEM_LIMIT);
    expect(feed.items.map((i) => i.title)).toEqual(many.slice(0, FEED_ITEM_LIMIT).map((a) => a.title));
    expect(xml).toContain(`<lastBuildDate>${rfc822InVietnam(many[0]!.publishedAt)}</lastBuildDate>`);
  });

  it('is a valid empty channel when nothing matches', async () => {
    const { feed } = await render([], 'en');
    expect(feed.items).toEqual([]);
    expect(feed.language).toBe('en');
  });
});
