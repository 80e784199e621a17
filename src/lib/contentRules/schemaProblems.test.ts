import { describe, expect, it } from 'vitest';
import type { Problem } from './problem.ts';
import { schemaProblems } from './schemaProblems.ts';
import { baseFrontmatter, parseSimpleYaml, plainSchema } from './testArticles.ts';

describe('schemaProblems', () => {
  function problemsFor(frontmatter: string[], data: Record<string, unknown>): Problem[] {
    const raw = `---\n${frontmatter.join('\n')}\n---\n\nBody.\n`;
    const result = plainSchema.safeParse(data);
    expect(result.success).toBe(false);
    return schemaProblems('a.mdx', raw, result.error!);
  }

  it('pins a bad value to the line of its field, nested fields included', () => {
    const frontmatter = [...baseFrontmatter, 'cover:', '  src: ./a.jpg', '  alt: ""'];
    const data = { ...parseSimpleYaml(baseFrontmatter), publishedAt: '01/03/2024', cover: { src: './a.jpg', alt: '' } };
    const problems = problemsFor(frontmatter, data);
    expect(problems.map((p) => [p.field, p.line])).toEqual([
      ['publishedAt', 4],
      ['cover.alt', 11],
    ]);
    expect(problems[0]!.message.vi).toBe('giá trị của publishedAt không hợp lệ');
    expect(problems[0]!.message.en).toContain('publishedAt must be a date-time with its time zone offset');
    expect(problems[0]!.fix.vi).toContain('"2024-03-01T13:32:00+07:00"');
  });

  it('rewrites a date typed the portals’ way as the value to write', () => {
    for (const [typed, written] of [
      ['"01/03/2024 13:32"', '"2024-03-01T13:32:00+07:00"'],
      ['01/03/2024 - 13:32', '"2024-03-01T13:32:00+07:00"'],
      ['"19/02/2024"', '"2024-02-19"'],
    ] as const) {
      const lines = baseFrontmatter.map((l) => (l.startsWith('publishedAt:') ? `publishedAt: ${typed}` : l));
      const [p] = problemsFor(lines, { ...parseSimpleYaml(baseFrontmatter), publishedAt: typed.replaceAll('"', '') });
      expect(p!.fix).toEqual({
        vi: `viết theo dạng năm-tháng-ngày: publishedAt: ${written}`,
        en: `write it year-month-day: publishedAt: ${written}`,
      });
    }
  });

  it('reports a missing field by name, without a line', () => {
    const lines = baseFrontmatter.filter((l) => !l.startsWith('author'));
    const [p] = problemsFor(lines, parseSimpleYaml(lines));
    expect(p).toMatchObject({
      field: 'author',
      message: { vi: 'thiếu trường bắt buộc author', en: 'the required field author is missing' },
    });
    expect(p!.line).toBeUndefined();
  });

  it('reports an unknown field on its line', () => {
    const lines = [...baseFrontmatter, 'tags: [a]'];
    const [p] = problemsFor(lines, { ...parseSimpleYaml(baseFrontmatter), tags: ['a'] });
    expect(p).toMatchObject({ field: 'tags', line: 9 });
    expect(p!.message.en).toBe('field not in the content model: tags');
  });

  it('pins a bad list item to its own line', () => {
    const lines = [...baseFrontmatter, 'topics:', '  - thi-dua', '  - the-thao'];
    const [p] = problemsFor(lines, { ...parseSimpleYaml(baseFrontmatter), topics: ['thi-dua', 'the-thao'] });
    expect(p).toMatchObject({ field: 'topics[1]', line: 11 });
  });
});
