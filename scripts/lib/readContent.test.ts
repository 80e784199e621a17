import { describe, expect, it } from 'vitest';
import { readContent } from './readContent.ts';

describe('readContent', () => {
  it('reads the valid fixture: data files, articles with lang/year/slug/ext, raw text and refs', async () => {
    const content = await readContent('tests/fixtures/content/valid');
    expect(content.problems).toEqual([]);
    expect(content.articleFiles).toBe(3);
    expect(content.districts.map((d) => d.id)).toEqual(['tan-tru-long-an', 'chau-thanh-soc-trang']);
    expect([...content.refs.documents]).toEqual(['tan-tru-long-an-55-nq-hu-2023', 'chau-thanh-soc-trang-27-kh-ubnd-2024']);
    const mdx = content.entries.find((e) => e.ext === 'mdx')!;
    expect(mdx).toMatchObject({
      file: 'tests/fixtures/content/valid/articles/vi/2024/chau-thanh-ke-hoach.mdx',
      lang: 'vi',
      year: '2024',
      slug: 'chau-thanh-ke-hoach',
      data: { publishedAt: '2024-02-19', documents: ['chau-thanh-soc-trang-27-kh-ubnd-2024'], legacyViews: 104, draft: false },
    });
    expect(mdx.raw?.startsWith('---\n')).toBe(true);
    expect(mdx.body.trimStart().startsWith('Mục đích')).toBe(true);
  });

  it('reports a missing content folder instead of crashing', async () => {
    const content = await readContent('tests/fixtures/content/does-not-exist');
    expect(content.entries).toEqual([]);
    expect(content.problems.map((p) => [p.file, p.message.en])).toEqual([
      ['tests/fixtures/content/does-not-exist/districts.yaml', 'the file does not exist'],
      ['tests/fixtures/content/does-not-exist/documents.yaml', 'the file does not exist'],
    ]);
  });

  it('reads the real content folder without problems', async () => {
    const content = await readContent('content');
    expect(content.problems).toEqual([]);
    expect(content.entries.length).toBeGreaterThan(0);
  });
});
