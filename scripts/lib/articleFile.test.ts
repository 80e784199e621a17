import { describe, expect, it } from 'vitest';
import { plainArticleSchema } from './readContent.ts';
import { parseYaml, splitFrontmatter } from '../../src/lib/yamlSource.ts';
import { articlePath, renderArticle } from './articleFile.ts';

describe('renderArticle', () => {
  const text = renderArticle(
    {
      author: 'Thanh Mỹ',
      title: 'Tân Trụ: phát động "thi đua"',
      lede: 'Một câu.',
      publishedAt: '2024-03-01T13:32:00+07:00',
      district: 'tan-tru-long-an',
      documents: [],
      legacyViews: 2315,
      draft: true,
    },
    '\nĐoạn một.\n\n',
    { publishedAt: 'Giờ lấy từ trang cũ.', draft: 'Cần kiểm tra / needs review' },
  );

  it('writes fields in schema order, strings quoted, with comments above fields', () => {
    expect(text).toBe(
      [
        '---',
        'title: "Tân Trụ: phát động \\"thi đua\\""',
        'lede: "Một câu."',
        '# Giờ lấy từ trang cũ.',
        'publishedAt: "2024-03-01T13:32:00+07:00"',
        'district: "tan-tru-long-an"',
        'documents: []',
        'author: "Thanh Mỹ"',
        'legacyViews: 2315',
        '# Cần kiểm tra / needs review',
        'draft: true',
        '---',
        '',
        'Đoạn một.',
        '',
      ].join('\n'),
    );
  });

  it('reads back, through the same parser and schema as npm run check, to the same data', () => {
    const split = splitFrontmatter(text)!;
    const data = plainArticleSchema.parse(parseYaml(split.yaml).value);
    expect(data).toMatchObject({ title: 'Tân Trụ: phát động "thi đua"', publishedAt: '2024-03-01T13:32:00+07:00', legacyViews: 2315 });
  });
});

describe('articlePath', () => {
  it('is content/articles/{lang}/{year}/{slug}.{ext}', () => {
    expect(articlePath('content', 'vi', 2024, 'x')).toBe('content/articles/vi/2024/x.md');
    expect(articlePath('content', 'vi', 2024, 'x', 'mdx')).toBe('content/articles/vi/2024/x.mdx');
    expect(articlePath('c', 'en', '2023', 'y', 'md')).toBe('c/articles/en/2023/y.md');
  });
});
