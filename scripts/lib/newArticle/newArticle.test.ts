import { describe, expect, it } from 'vitest';
import { readContent } from '../readContent.ts';
import { plainArticleSchema } from '../readContent.ts';
import { parseYaml, splitFrontmatter } from '../../../src/lib/yamlSource.ts';
import { uiLang } from '../cli/uiLang.ts';
import { readPublicationInput } from './dateInput.ts';
import { pickDistrict } from './pickDistrict.ts';
import { resolveDocuments } from './resolveDocuments.ts';
import { scaffoldArticle, scaffoldTranslation } from './scaffold.ts';

const chauThanhLongAn = {
  id: 'chau-thanh-long-an',
  name: { vi: 'Châu Thành', en: 'Chau Thanh' },
  province: { vi: 'Long An', en: 'Long An' },
  kind: 'huyện' as const,
};
const { districts, documents } = await readContent('tests/fixtures/content/valid');
const withTwoChauThanh = [...districts, chauThanhLongAn];

describe('pickDistrict', () => {
  it('takes an id, a name without tone marks, a list number, or name and province', () => {
    expect(pickDistrict('tan-tru-long-an', districts)).toEqual({ district: districts[0] });
    expect(pickDistrict('tan tru', districts)).toEqual({ district: districts[0] });
    expect(pickDistrict('2', districts, true)).toEqual({ district: districts[1] });
    expect(pickDistrict('Châu Thành, Sóc Trăng', withTwoChauThanh)).toEqual({ district: districts[1] });
  });
  it('never guesses between districts of the same name', () => {
    expect(pickDistrict('Châu Thành', withTwoChauThanh)).toEqual({ ambiguous: [districts[1], chauThanhLongAn] });
    expect(pickDistrict('Hà Nội', districts)).toEqual({ none: true });
    expect(pickDistrict('9', districts, true)).toEqual({ none: true });
  });
});

describe('resolveDocuments', () => {
  it('finds numbers typed loosely, keeps ids, and separates unknown and invalid ones', () => {
    const r = resolveDocuments('55 nq/hu; chau-thanh-soc-trang-27-kh-ubnd-2024, 12-KH/HU, tháng 3', documents, districts[0]!);
    expect(r.found).toEqual(['tan-tru-long-an-55-nq-hu-2023', 'chau-thanh-soc-trang-27-kh-ubnd-2024']);
    expect(r.unknown.map((u) => u.number.canonical)).toEqual(['12-KH/HU']);
    expect(r.invalid).toEqual(['tháng 3']);
  });

  it('never takes another district’s document for a district body’s number, but names it', () => {
    // Tân Trụ's 27/KH-UBND is not Châu Thành's plan of the same number (DOMAIN.md).
    const r = resolveDocuments('27/KH-UBND', documents, districts[0]!);
    expect(r.found).toEqual([]);
    expect(r.unknown.map((u) => [u.number.canonical, u.elsewhere.map((d) => d.id)])).toEqual([
      ['27/KH-UBND', ['chau-thanh-soc-trang-27-kh-ubnd-2024']],
    ]);
    expect(resolveDocuments('27/KH-UBND', documents, districts[1]!).found).toEqual(['chau-thanh-soc-trang-27-kh-ubnd-2024']);
  });

  it('asks when the article’s own place has several documents of that number', () => {
    const again = {
      ...documents.find((d) => d.number === '27/KH-UBND')!,
      id: 'chau-thanh-soc-trang-27-kh-ubnd-2023',
      issuedOn: '2023-02-01',
    };
    const r = resolveDocuments('27/kh-ubnd', [...documents, again], districts[1]!);
    expect(r.ambiguous[0]?.choices.map((d) => d.id)).toEqual([
      'chau-thanh-soc-trang-27-kh-ubnd-2024',
      'chau-thanh-soc-trang-27-kh-ubnd-2023',
    ]);
  });
});

describe('readPublicationInput', () => {
  const now = new Date('2024-12-31T18:00:00Z');
  it('reads the portals’ form, a date alone, ISO, and now, in Vietnam time', () => {
    expect(readPublicationInput('01/03/2024 13:32')).toEqual({ publishedAt: '2024-03-01T13:32:00+07:00', year: 2024 });
    expect(readPublicationInput('19/02/2024')).toEqual({ publishedAt: '2024-02-19', year: 2024 });
    expect(readPublicationInput('2024-02-19')).toEqual({ publishedAt: '2024-02-19', year: 2024 });
    expect(readPublicationInput('2024-03-01T06:32:00Z')).toEqual({ publishedAt: '2024-03-01T13:32:00+07:00', year: 2024 });
    expect(readPublicationInput('', now)).toEqual({ publishedAt: '2025-01-01T01:00:00+07:00', year: 2025 });
  });
  it('refuses what is not a real date', () => {
    expect(readPublicationInput('31/02/2024')).toBeNull();
    expect(readPublicationInput('2024-02-30')).toBeNull();
    expect(readPublicationInput('hôm qua')).toBeNull();
  });
});

describe('uiLang', () => {
  it('is Vietnamese unless --lang en or an English locale', () => {
    expect(uiLang(undefined, {})).toBe('vi');
    expect(uiLang(undefined, { LANG: 'en_US.UTF-8' })).toBe('en');
    expect(uiLang(undefined, { LANG: 'vi_VN.UTF-8' })).toBe('vi');
    expect(uiLang('vi', { LANG: 'en_GB.UTF-8' })).toBe('vi');
    expect(uiLang('en', {})).toBe('en');
  });
});

describe('scaffoldArticle and scaffoldTranslation', () => {
  const input = {
    title: 'Tiêu đề',
    lede: '',
    publishedAt: '2024-03-01T13:32:00+07:00',
    year: 2024,
    district: 'tan-tru-long-an',
    documents: [],
    author: 'A',
    topics: ['thi-dua'],
  };
  it('writes valid frontmatter; without a lede the article is a draft', () => {
    const { text, draft } = scaffoldArticle(input);
    expect(draft).toBe(true);
    const data = plainArticleSchema.parse(parseYaml(splitFrontmatter(text)!.yaml).value);
    expect(data).toMatchObject({ title: 'Tiêu đề', draft: true, topics: ['thi-dua'] });
    expect(scaffoldArticle({ ...input, lede: 'Một câu.' }).draft).toBe(false);
  });
  it('writes its notes as comments of the file format: HTML comments in .md (the default), {/* */} in .mdx', () => {
    const md = splitFrontmatter(scaffoldArticle(input).text)!.body;
    expect(md).toContain('<!--\n  Viết nội dung bài bên dưới.');
    expect(md).toContain('![Mô tả nội dung ảnh cho người không xem được](../../../media/2024/ten-anh.jpg)');
    expect(md).toContain('rename the file to .mdx');
    expect(md).not.toMatch(/\{\/\*|<figure>/);
    const mdx = splitFrontmatter(scaffoldArticle(input, 'mdx').text)!.body;
    expect(mdx).toContain('{/*\n  Viết nội dung bài bên dưới.');
    expect(mdx).toContain('<figcaption>Chú thích. Ảnh: Tên tác giả</figcaption>');
    expect(mdx).not.toContain('<!--');
    // Outside the notes, the two bodies are the same.
    const outside = (body: string) => body.replace(/<!--[\s\S]*?-->|\{\/\*[\s\S]*?\*\/\}/g, '');
    expect(outside(md)).toBe(outside(mdx));
  });
  it('carries the frontmatter over to the translation, without legacy views, as a draft', () => {
    const original = '---\ntitle: "T"\nlede: "L"\npublishedAt: "2024-02-19"\ndistrict: x\nauthor: "A"\nlegacyViews: 104\n---\n\nĐoạn.\n';
    const md = scaffoldTranslation(original, 'md');
    expect(parseYaml(splitFrontmatter(md)!.yaml).value).toEqual({
      title: 'T',
      lede: 'L',
      publishedAt: '2024-02-19',
      district: 'x',
      author: 'A',
      draft: true,
    });
    expect(md).toContain('<!--\nDịch tiêu đề');
    expect(md.trimEnd().endsWith('Đoạn.')).toBe(true);
    expect(scaffoldTranslation(original, 'mdx')).toContain('{/*\nDịch tiêu đề');
  });
});
