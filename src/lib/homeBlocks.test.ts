import { describe, expect, it } from 'vitest';
import { buildArchive, type ArticleRecord } from './archiveIndex.ts';
import { frontPage } from './homeBlocks.ts';

const districts = [
  { id: 'tan-tru-long-an', name: { vi: 'Tân Trụ', en: 'Tan Tru' }, province: { vi: 'Long An', en: 'Long An' }, kind: 'huyện' },
  { id: 'cho-lach-ben-tre', name: { vi: 'Chợ Lách', en: 'Cho Lach' }, province: { vi: 'Bến Tre', en: 'Ben Tre' }, kind: 'huyện' },
];
let day = 0;
const record = (slug: string, districtId: string, topics: string[], featured = false): ArticleRecord => ({
  lang: 'vi',
  year: '2024',
  slug,
  title: slug,
  lede: slug,
  publishedAt: new Date(Date.UTC(2024, 0, 1 + day++)),
  timeKnown: true,
  districtId,
  documentIds: [],
  topics,
  featured,
  author: 'X',
  entry: undefined,
});

describe('frontPage', () => {
  // Oldest first here; the archive sorts newest first.
  const archive = buildArchive(
    [
      record('a', 'tan-tru-long-an', ['thi-dua']),
      record('b', 'cho-lach-ben-tre', ['nong-thon-moi']),
      record('c', 'tan-tru-long-an', ['thi-dua'], true),
      record('d', 'tan-tru-long-an', ['nong-thon-moi']),
      record('e', 'cho-lach-ben-tre', ['thi-dua']),
    ],
    districts,
    [],
  );
  const slugs = (list: { slug: string }[]) => list.map((a) => a.slug);

  it('leads with the newest featured article, then the newest others, never showing one twice above the blocks', () => {
    const front = frontPage(archive, 'vi', { latest: 2 });
    expect(front.lead?.slug).toBe('c');
    expect(slugs(front.featured)).toEqual([]);
    expect(slugs(front.latest)).toEqual(['e', 'd']);
  });

  it('fills topic and district blocks with the newest articles but the lead, each in one block of each kind', () => {
    const front = frontPage(archive, 'vi', { latest: 2 });
    expect(front.byTopic.map((b) => [b.topic, slugs(b.articles)])).toEqual([
      ['thi-dua', ['e', 'a']],
      ['nong-thon-moi', ['d', 'b']],
    ]);
    expect(front.byDistrict.map((b) => [b.district.id, slugs(b.articles)])).toEqual([
      ['tan-tru-long-an', ['d', 'a']],
      ['cho-lach-ben-tre', ['e', 'b']],
    ]);
  });

  it('shows the busiest districts first', () => {
    const front = frontPage(archive, 'vi', { latest: 0, perBlock: 1 });
    expect(front.byDistrict.map((b) => [b.district.id, b.count])).toEqual([
      ['tan-tru-long-an', 3],
      ['cho-lach-ben-tre', 2],
    ]);
  });

  it('leads with the newest article when none is featured, and is empty for an empty archive', () => {
    expect(frontPage(buildArchive([record('z', 'tan-tru-long-an', [])], districts, []), 'vi').lead?.slug).toBe('z');
    expect(frontPage(buildArchive([], districts, []), 'vi').lead).toBeUndefined();
  });
});
