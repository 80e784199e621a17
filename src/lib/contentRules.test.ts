import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { articleSchema } from './schema.ts';
import { checkArticles, closestIds, formatProblem, schemaProblems, SourceLines, type ArticleEntry, type Problem } from './contentRules.ts';

const plainSchema = articleSchema({ district: z.string(), document: z.string(), image: z.unknown() });

const refs = {
  districts: new Set(['tan-tru-long-an', 'chau-thanh-soc-trang', 'cho-lach-ben-tre']),
  documents: new Set(['tan-tru-long-an-55-nq-hu-2023', 'chau-thanh-soc-trang-27-kh-ubnd-2024']),
};

const baseFrontmatter = [
  'title: "Tân Trụ phát động thi đua"',
  'lede: "Một câu tóm tắt."',
  'publishedAt: "2024-03-01T13:32:00+07:00"',
  'district: tan-tru-long-an',
  'documents:',
  '  - tan-tru-long-an-55-nq-hu-2023',
  'author: "Thanh Mỹ"',
];

/** Builds an entry the way check-content does: raw text, parsed frontmatter, body. */
function article(
  options: {
    lang?: 'vi' | 'en';
    year?: string;
    slug?: string;
    ext?: 'md' | 'mdx';
    frontmatter?: string[];
    body?: string;
    set?: Record<string, unknown>;
  } = {},
): ArticleEntry {
  const { lang = 'vi', year = '2024', slug = 'tan-tru-phat-dong', ext = 'mdx', body = 'Đoạn văn đầu tiên.\n' } = options;
  let lines = options.frontmatter ?? baseFrontmatter;
  for (const [key, value] of Object.entries(options.set ?? {})) {
    const rendered = Array.isArray(value)
      ? [`${key}:`, ...value.map((v) => `  - ${String(v)}`)]
      : [`${key}: ${typeof value === 'string' ? JSON.stringify(value) : String(value)}`];
    const start = lines.findIndex((l) => l.startsWith(`${key}:`));
    if (start < 0) lines = [...lines, ...rendered];
    else {
      let end = start + 1;
      while (end < lines.length && lines[end]!.startsWith('  ')) end++;
      lines = [...lines.slice(0, start), ...rendered, ...lines.slice(end)];
    }
  }
  const raw = `---\n${lines.join('\n')}\n---\n\n${body}`;
  const data = plainSchema.parse(parseSimpleYaml(lines));
  return { file: `content/articles/${lang}/${year}/${slug}.${ext}`, lang, year, slug, ext, data, body, raw };
}

/** Enough YAML for these fixtures: scalars and block lists. */
function parseSimpleYaml(lines: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let list: unknown[] | null = null;
  for (const line of lines) {
    const item = /^\s+- (.*)$/.exec(line);
    if (item && list) {
      list.push(item[1]);
      continue;
    }
    const m = /^(\w+):\s*(.*)$/.exec(line);
    if (!m) continue;
    const [, key, value] = m as unknown as [string, string, string];
    if (value === '') {
      list = [];
      out[key] = list;
    } else {
      list = null;
      out[key] = value.startsWith('"')
        ? JSON.parse(value)
        : value === 'true'
          ? true
          : value === 'false'
            ? false
            : /^\d+$/.test(value)
              ? Number(value)
              : value;
    }
  }
  return out;
}

function only(problems: Problem[], field?: string): Problem {
  const matching = field === undefined ? problems : problems.filter((p) => p.field === field);
  expect(matching, JSON.stringify(problems, null, 2)).toHaveLength(1);
  return matching[0]!;
}

describe('checkArticles', () => {
  it('finds nothing wrong in a valid article and its translation', () => {
    const vi = article();
    const en = article({ lang: 'en', set: { title: 'Tan Tru launches a campaign', lede: 'One sentence.' } });
    expect(checkArticles([vi, en], refs)).toEqual([]);
  });

  it('reports an unknown district on its line and suggests the closest ids', () => {
    const p = only(checkArticles([article({ set: { district: 'tan-tru-longan' } })], refs));
    expect(p).toMatchObject({ field: 'district', severity: 'error', line: 5 });
    expect(p.message.en).toContain('"tan-tru-longan"');
    expect(p.fix.en).toContain('districts.yaml');
    expect(p.fix.en).toContain('"tan-tru-long-an"');
    expect(p.fix.vi).toContain('có phải ý bạn là "tan-tru-long-an"');
  });

  it('reports an unknown document on the line of its list item', () => {
    const p = only(checkArticles([article({ set: { documents: ['tan-tru-long-an-55-nq-hu-2023', 'chau-thanh-27-kh-ubnd-2024'] } })], refs));
    expect(p).toMatchObject({ field: 'documents[1]', severity: 'error', line: 8 });
    expect(p.fix.en).toContain('documents.yaml');
    expect(p.fix.en).toContain('"chau-thanh-soc-trang-27-kh-ubnd-2024"');
  });

  it('names the yaml file and suggests nothing when no id is close', () => {
    const p = only(checkArticles([article({ set: { district: 'ha-noi' } })], refs));
    expect(p.fix.en).toBe('add an entry with id "ha-noi" to content/districts.yaml, or use an id that is already there');
  });

  it('tells an editor who wrote a name or a printed number that the id goes there, and which', () => {
    const name = only(checkArticles([article({ set: { district: 'Tân Trụ' } })], refs));
    expect(name.fix).toEqual({
      vi: 'ghi id chứ không ghi tên: có phải ý bạn là "tan-tru-long-an"?',
      en: 'write the id, not the name: did you mean "tan-tru-long-an"?',
    });
    const number = only(checkArticles([article({ set: { documents: ['55-NQ/HU'] } })], refs));
    expect(number.fix.en).toBe('write the id, not the number: did you mean "tan-tru-long-an-55-nq-hu-2023"?');
    const unknown = only(checkArticles([article({ set: { district: 'Hà Nội' } })], refs));
    expect(unknown.fix.vi).toBe(
      'ghi id của một mục trong content/districts.yaml (chữ thường không dấu, gạch ngang); chưa có thì thêm mục đó',
    );
  });

  it('treats unresolved references in a draft as warnings, besides the draft warning', () => {
    const problems = checkArticles([article({ set: { district: 'can-bo-sung', draft: true } })], refs);
    expect(problems.map((p) => [p.field, p.severity])).toEqual([
      ['district', 'warning'],
      ['draft', 'warning'],
    ]);
  });

  it('reports the same lang/year/slug in two files (.md and .mdx)', () => {
    const problems = checkArticles([article({ ext: 'md' }), article({ ext: 'mdx' })], refs);
    expect(problems).toHaveLength(2);
    expect(problems.every((p) => p.field === 'slug' && p.severity === 'error')).toBe(true);
    expect(problems[0]!.message.en).toContain('tan-tru-phat-dong.mdx');
    expect(problems[1]!.message.en).toContain('tan-tru-phat-dong.md');
  });

  it('reports an English article with no Vietnamese original', () => {
    const p = only(checkArticles([article({ lang: 'en', slug: 'orphan' })], refs));
    expect(p).toMatchObject({ field: 'path', severity: 'error', file: 'content/articles/en/2024/orphan.mdx' });
    expect(p.message.en).toContain('articles/vi/2024/orphan');
  });

  it('does not call a translation an orphan, nor links to it broken, when its original is there but unreadable', () => {
    // The original's own error (bad YAML, a bad field) is reported by whoever read it.
    const unreadable = { ...refs, unreadableArticles: new Set(['vi/2024/hong']) };
    const en = article({ lang: 'en', slug: 'hong' });
    const linking = article({ slug: 'lien-ket', body: 'Xem [bài](/tin-tuc/2024/hong/).' });
    expect(checkArticles([en, linking], unreadable)).toEqual([]);
    expect(checkArticles([en, linking], refs).map((p) => p.field)).toEqual(['path', 'body']);
  });

  it('warns when a translation differs from its original in district, documents or publishedAt', () => {
    const en = article({
      lang: 'en',
      set: { district: 'chau-thanh-soc-trang', documents: [], publishedAt: '2024-03-02T08:00:00+07:00' },
    });
    const problems = checkArticles([article(), en], refs);
    expect(problems.map((p) => [p.field, p.severity, p.line])).toEqual([
      ['publishedAt', 'warning', 4],
      ['district', 'warning', 5],
      ['documents', 'warning', 6],
    ]);
    expect(problems[1]!.message.en).toContain('content/articles/vi/2024/tan-tru-phat-dong.mdx');
  });

  it('accepts a translation whose publishedAt is the same instant written another way', () => {
    const en = article({ lang: 'en', set: { publishedAt: '2024-03-01T06:32:00Z' } });
    expect(checkArticles([article(), en], refs)).toEqual([]);
  });

  it('reports a file name that is not a valid slug', () => {
    const p = only(checkArticles([article({ slug: 'Tân Trụ' })], refs));
    expect(p).toMatchObject({ field: 'slug', severity: 'error' });
    expect(p.message.vi).toContain('"Tân Trụ"');
  });

  it('reports a year folder that is not the year of publishedAt in Vietnam time', () => {
    // 31 Dec 2023 at 20:00 UTC is already 1 January 2024 in Vietnam.
    expect(checkArticles([article({ year: '2024', set: { publishedAt: '2023-12-31T20:00:00Z' } })], refs)).toEqual([]);
    const p = only(checkArticles([article({ year: '2023', set: { publishedAt: '2023-12-31T20:00:00Z' } })], refs));
    expect(p).toMatchObject({ field: 'publishedAt', severity: 'error', line: 4 });
    expect(p.fix.en).toContain('articles/vi/2024/');
  });

  it('reports images without alt text on their body line', () => {
    const body = [
      'Đoạn một.',
      '',
      '![](../../../media/a.jpg)',
      '',
      '![Hội nghị](../../../media/b.jpg)',
      '<img src="/c.jpg">',
      '<img alt="Ảnh" src="/d.jpg" />',
      '<img src="/e.jpg" alt="  ">',
    ].join('\n');
    // Unclosed <img> tags are HTML in Markdown (MDX would want them closed).
    const problems = checkArticles([article({ body, ext: 'md' })], refs);
    // Frontmatter is lines 1-9, a blank line 10, the body starts at line 11.
    expect(problems.map((p) => [p.field, p.line])).toEqual([
      ['body', 13],
      ['body', 16],
      ['body', 18],
    ]);
    expect(problems[0]!.message.en).toBe('the image ../../../media/a.jpg has no alt text');
  });

  it('ignores images and links inside code', () => {
    const body = ['```md', '![](x.jpg) [a](/nowhere/)', '```', 'Use `![](x.jpg)` for pictures.'].join('\n');
    expect(checkArticles([article({ body })], refs)).toEqual([]);
  });

  it('ignores images and links inside MDX and HTML comments, keeping line numbers after them', () => {
    const mdx = article({ body: ['{/*', '  ![](example.jpg) [x](/nowhere/)', '*/}', '![](real.jpg)'].join('\n') });
    const md = article({ slug: 'bai-khac', ext: 'md', body: ['<!-- ![](a.jpg) -->', '![](real.jpg)'].join('\n') });
    const problems = checkArticles([mdx, md], refs);
    expect(problems.map((p) => [p.file.split('/').at(-1), p.line, p.message.en])).toEqual([
      ['bai-khac.md', 12, 'the image real.jpg has no alt text'],
      ['tan-tru-phat-dong.mdx', 14, 'the image real.jpg has no alt text'],
    ]);
  });

  it('reports internal links to pages the site does not have', () => {
    const other = article({ slug: 'bai-khac' });
    const draft = article({ slug: 'bai-nhap', set: { draft: true } });
    const body = [
      '[bài khác](/tin-tuc/2024/bai-khac/) [địa phương](/dia-phuong/tan-tru-long-an/) [văn bản](/van-ban/tan-tru-long-an-55-nq-hu-2023/#muc-1)',
      '[năm](/luu-tru/2024/) [English](/en/districts/cho-lach-ben-tre/) [trang 2](/tin-tuc/trang/2/) [tìm](/tim-kiem/?q=55) [ngoài](https://example.com/x)',
      '[hỏng](/tin-tuc/2024/khong-co/)',
      '[không gạch chéo](/tin-tuc/2024/bai-khac)',
      '<a href="/van-ban/khong-co/">văn bản</a> [nháp](/tin-tuc/2024/bai-nhap/) [năm trống](/luu-tru/2019/)',
    ].join('\n');
    const problems = checkArticles([article({ body }), other, draft], refs).filter((p) => p.field === 'body');
    expect(problems.map((p) => [p.line, p.message.en])).toEqual([
      [13, 'the link /tin-tuc/2024/khong-co/ leads to no page of the site'],
      [14, 'the link /tin-tuc/2024/bai-khac leads to no page of the site'],
      [15, 'the link /tin-tuc/2024/bai-nhap/ leads to a draft, which will not be published'],
      [15, 'the link /luu-tru/2019/ leads to no page of the site'],
      [15, 'the link /van-ban/khong-co/ leads to no page of the site'],
    ]);
    expect(problems[1]!.fix.en).toBe('add the trailing "/": /tin-tuc/2024/bai-khac/');
  });

  it('warns about drafts', () => {
    const p = only(checkArticles([article({ set: { draft: true } })], refs));
    expect(p).toMatchObject({ field: 'draft', severity: 'warning', line: 9 });
    expect(p.message).toEqual({ vi: 'bài này là bản nháp và sẽ không được đăng', en: 'this article is a draft and will not be published' });
  });

  it('reports what an MDX body may not use on its line in the file; a .md body is plain text', () => {
    const body = 'Đoạn một.\n\n<Chart src="a.jpg" />\n';
    // The frontmatter takes lines 1-9, a blank line 10: the body's third line is line 13.
    expect(only(checkArticles([article({ body })], refs))).toMatchObject({
      field: 'body',
      severity: 'error',
      line: 13,
      message: { en: 'there is no component <Chart>' },
      fix: { en: 'use one of <Callout>, <Figure>, <Gallery>, <DocumentLink>, or import the component from src/components/' },
    });
    expect(checkArticles([article({ body, ext: 'md' })], refs)).toEqual([]);
  });

  it('does not parse an MDX body again that the build checks as it compiles it', () => {
    expect(checkArticles([{ ...article({ body: '<Chart />' }), rendered: true }], refs)).toEqual([]);
  });

  it('gives no line numbers when the raw file is not available', () => {
    const { raw: _raw, ...withoutRaw } = article({ set: { district: 'x', draft: true }, body: '![](a.jpg)' });
    const problems = checkArticles([withoutRaw], refs);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.line === undefined)).toBe(true);
  });
});

describe('formatProblem', () => {
  const problem: Problem = {
    file: 'content/articles/vi/2024/x.mdx',
    line: 5,
    field: 'district',
    severity: 'error',
    message: { vi: 'không có địa phương "x"', en: 'there is no district "x"' },
    fix: { vi: 'sửa', en: 'fix it' },
  };
  it('prints file:line, field, what is wrong and how to fix it in one language', () => {
    expect(formatProblem(problem, 'vi')).toBe('content/articles/vi/2024/x.mdx:5  district  không có địa phương "x"  →  sửa');
    expect(formatProblem(problem, 'en')).toBe('content/articles/vi/2024/x.mdx:5  district  there is no district "x"  →  fix it');
  });
  it('leaves the line out when it is unknown', () => {
    const { line: _line, ...noLine } = problem;
    expect(formatProblem(noLine, 'en')).toBe('content/articles/vi/2024/x.mdx  district  there is no district "x"  →  fix it');
  });
});

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

describe('SourceLines', () => {
  const raw = [
    '---',
    'title: "x"',
    'source:',
    '  name: "Báo"',
    '  url: "https://x"',
    'documents: [a, b]',
    'cover:',
    '  # why',
    '  alt: y',
    '---',
    '',
    '',
    'Body line 1',
    'Body line 2',
  ].join('\n');
  const lines = new SourceLines({ raw, body: 'Body line 1\nBody line 2' });
  it('finds nested keys, flow lists and body lines', () => {
    expect(lines.field(['source', 'url'])).toBe(5);
    expect(lines.field(['documents', 1])).toBe(6);
    expect(lines.field(['cover', 'alt'])).toBe(9);
    expect(lines.field(['title'])).toBe(2);
    expect(lines.field(['nope'])).toBeUndefined();
    expect(lines.body(1)).toBe(14);
  });
  it('does not take a nested key for a top-level one', () => {
    expect(lines.field(['name'])).toBeUndefined();
  });
});

describe('closestIds', () => {
  it('ranks close and containing ids, at most three', () => {
    expect(closestIds('chau-thanh', ['chau-thanh-soc-trang', 'chau-thanh-long-an', 'tan-tru-long-an'])).toEqual([
      'chau-thanh-long-an',
      'chau-thanh-soc-trang',
    ]);
    expect(closestIds('tan-tru-longan', ['tan-tru-long-an', 'ben-tre'])).toEqual(['tan-tru-long-an']);
    expect(closestIds('zzz', ['tan-tru-long-an'])).toEqual([]);
  });
});
