import { describe, expect, it } from 'vitest';
import { buildArchive, type ArticleRecord } from './archiveIndex.ts';
import { lastModifiedByPath } from './sitemapLastmod.ts';

const district = {
  id: 'tan-tru-long-an',
  name: { vi: 'Tân Trụ', en: 'Tan Tru' },
  province: { vi: 'Long An', en: 'Long An' },
  kind: 'huyện',
};
const record = (slug: string, publishedAt: string, updatedAt?: string): ArticleRecord => ({
  lang: 'vi',
  year: '2024',
  slug,
  title: slug,
  lede: slug,
  publishedAt: new Date(publishedAt),
  timeKnown: true,
  updatedAt: updatedAt ? new Date(updatedAt) : undefined,
  districtId: district.id,
  documentIds: [],
  topics: [],
  featured: false,
  author: 'Thanh Mỹ',
  entry: undefined,
});

describe('lastModifiedByPath', () => {
  const archive = buildArchive(
    [record('cu', '2024-03-01T13:32:00+07:00', '2024-06-01T08:00:00+07:00'), record('moi', '2024-05-08T10:10:00+07:00')],
    [district],
    [],
  );
  const dates = lastModifiedByPath(archive);

  it('dates an article by its update, else its publication', () => {
    expect(dates.get('/tin-tuc/2024/cu/')).toBe('2024-06-01T01:00:00.000Z');
    expect(dates.get('/tin-tuc/2024/moi/')).toBe('2024-05-08T03:10:00.000Z');
  });

  it('dates a list by the latest change among its articles', () => {
    for (const path of ['/', '/tin-tuc/', '/dia-phuong/', '/dia-phuong/tan-tru-long-an/', '/luu-tru/2024/'])
      expect(dates.get(path)).toBe('2024-06-01T01:00:00.000Z');
  });

  it('gives no date to a page without articles', () => {
    expect(dates.has('/en/')).toBe(false);
    expect(dates.has('/tim-kiem/')).toBe(false);
  });
});
