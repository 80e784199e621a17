import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../readContent.ts';
import { convertExport, NotAnArticle } from './convert.ts';

// Copies of ../shared/seeds/ (the portals' real exports), kept in the repo so every clone has them.
const seeds = 'tests/fixtures/seeds';
const seedFiles = readdirSync(seeds).sort();
const content = await readContent('content');
const context = { districts: content.districts, documents: content.documents };
const convert = (text: string) => convertExport(text, context);

describe('convertExport over the five seeds', () => {
  const results = seedFiles.map((f) => convert(readFileSync(join(seeds, f), 'utf8')));

  it('reads every seed', () => {
    expect(
      results.map((r) => [r.frontmatter.district, r.frontmatter.publishedAt, r.frontmatter.author, r.frontmatter.legacyViews]),
    ).toEqual([
      ['tan-tru-long-an', '2024-03-01T13:32:00+07:00', 'Thanh Mỹ', undefined],
      ['tan-tru-long-an', '2024-05-08T10:10:00+07:00', 'Châu Sơn', undefined],
      ['cho-lach-ben-tre', '2024-03-04T06:39:00+07:00', 'Thanh Đồng', undefined],
      ['chau-thanh-soc-trang', '2024-02-19', 'YV', 104],
      ['con-co-quang-tri', '2024-01-26', 'Cổng thông tin điện tử huyện Cồn Cỏ', 405],
    ]);
  });

  it('leaves no portal chrome in the article', () => {
    for (const r of results) {
      const text = `${r.frontmatter.title}\n${r.frontmatter.lede}\n${r.body}`;
      for (const chrome of [
        'Tiếng Việt | English',
        'Chia sẻ bài viết',
        'BÌNH LUẬN',
        'Lượt xem',
        'TIN NỔI BẬT',
        'Đang online',
        'Bình chọn',
        'Cơ quan chủ quản',
        'Ý kiến bạn đọc',
        'Tổng số điểm',
        'Thống kê',
        'Chi tiết tin tức',
      ]) {
        expect(text).not.toContain(chrome);
      }
      expect(r.body).not.toContain(r.frontmatter.author === 'YV' ? '\n\nYV' : `\n\n${r.frontmatter.author}\n`);
    }
  });

  it('keeps photo captions, with their credits, as figure captions, and subheadings as headings', () => {
    const choLach = results[2]!.body;
    expect(choLach).toContain(
      '<figcaption>Chợ Lách chú trọng tuyên truyền cho nhân dân tạo sự đồng thuận, đồng lòng, tích cực hưởng ứng thi đua “Đồng khởi mới”. Ảnh: Thanh Đồng</figcaption>',
    );
    expect(choLach.match(/Ảnh: Việt Cường/g)).toHaveLength(1);
    expect(choLach).toContain('## Hiểu đúng, nhận thức sâu');
    expect(results[1]!.body).toContain('<figcaption>Bí thư Huyện ủy Tân Trụ - Võ Trần Tuấn Thanh</figcaption>');
  });

  it('strips the newspaper’s "BDK -" from the lede and records the newspaper', () => {
    expect(results[2]!.frontmatter.lede.startsWith('Sau 3 năm phát động')).toBe(true);
    expect(results[2]!.frontmatter.source).toEqual({ name: 'Báo Đồng Khởi' });
  });

  it('makes drafts of the exports without a time of day or a byline, and lists why', () => {
    expect(results.map((r) => r.draft)).toEqual([false, false, false, true, true]);
    expect(results[4]!.review.map((r) => r.field)).toEqual(['publishedAt', 'author', 'legacyViews', 'documents']);
  });

  it('finds every cited document in documents.yaml, adding none', () => {
    expect(results.map((r) => r.frontmatter.documents)).toEqual([
      ['tan-tru-long-an-55-nq-hu-2023'],
      ['tan-tru-long-an-55-nq-hu-2023'],
      ['ben-tre-01-ct-tu-2020', 'cho-lach-ben-tre-08-nq-hu'],
      ['chau-thanh-soc-trang-27-kh-ubnd-2024'],
      ['con-co-quang-tri-22-kl-hu-2023', 'con-co-quang-tri-09-nq-hdnd-2023', 'bo-chinh-tri-05-ct-tw-2016'],
    ]);
    expect(results.flatMap((r) => r.newDocuments)).toEqual([]);
  });
});

describe('convertExport over hand-made variations', () => {
  const base = [
    'Tiếng Việt | English',
    '15/03/2024 - 09:05',
    'Huyện Tân Trụ, tỉnh Long An sơ kết thi đua',
    'Sáng nay, huyện Tân Trụ, tỉnh Long An sơ kết phong trào thi đua.',
    'Nội dung chính của bài.',
  ];

  it('reads a complete export without anything to review', () => {
    const r = convert([...base, 'Tin, ảnh: Thanh Mỹ', 'Chia sẻ bài viết', 'Lượt xem: 2.315'].join('\n'));
    expect(r).toMatchObject({
      draft: false,
      review: [],
      frontmatter: { author: 'Thanh Mỹ', legacyViews: 2315, publishedAt: '2024-03-15T09:05:00+07:00', topics: ['thi-dua'] },
    });
    expect(r.body).toBe('Nội dung chính của bài.');
  });

  it('adds a district of the national list that districts.yaml lacks, with where it belongs since 2025', () => {
    const text = ['10/04/2024 - 08:00', 'Cần Đước ra quân', 'Huyện Cần Đước, tỉnh Long An ra quân.', 'Đoạn.', 'Minh Hải'].join('\n');
    const r = convert(text);
    expect(r.draft).toBe(false);
    expect(r.frontmatter.district).toBe('can-duoc-long-an');
    expect(r.newDistricts).toEqual([
      {
        id: 'can-duoc-long-an',
        name: { vi: 'Cần Đước', en: 'Can Duoc' },
        province: { vi: 'Long An', en: 'Long An' },
        kind: 'huyện',
        since2025: {
          vi: 'Từ ngày 1/7/2025 không còn cấp huyện; tỉnh Long An sáp nhập vào tỉnh Tây Ninh.',
          en: 'Districts were abolished on 1 July 2025; Long An province merged into Tay Ninh province.',
        },
      },
    ]);
    expect(r.review).toEqual([
      {
        field: 'district',
        vi: 'thêm huyện Cần Đước (Long An) vào districts.yaml từ danh mục đơn vị hành chính',
        en: 'Can Duoc (Long An) added to districts.yaml from the national list',
      },
    ]);
  });

  it('makes a draft listing the candidates when a shared name comes without its province', () => {
    const text = ['10/04/2024 - 08:00', 'Huyện Phú Tân ra quân', 'Huyện Phú Tân ra quân xây dựng nông thôn mới.', 'Minh Hải'].join('\n');
    const r = convert(text);
    expect(r.draft).toBe(true);
    expect(r.newDistricts).toEqual([]);
    expect(r.review).toEqual([
      {
        field: 'district',
        vi: 'không chắc là địa phương nào; có thể là: phu-tan-an-giang (huyện Phú Tân, An Giang); phu-tan-ca-mau (huyện Phú Tân, Cà Mau)',
        en: 'not sure which district; it may be: phu-tan-an-giang (huyện Phú Tân, An Giang); phu-tan-ca-mau (huyện Phú Tân, Cà Mau)',
      },
    ]);
  });

  it('makes a draft with a placeholder district when the text names none', () => {
    const r = convert(['10/04/2024 - 08:00', 'Hội nghị tổng kết', 'Hội nghị tổng kết năm 2024.', 'Minh Hải'].join('\n'));
    expect(r.draft).toBe(true);
    expect(r.frontmatter.district).toBe('chua-xac-dinh');
  });

  it('keeps "Theo baolongan.vn" as the source, not the author', () => {
    const r = convert([...base, 'Đoạn cuối cùng.', 'Thanh Mỹ', 'Theo baolongan.vn'].join('\n'));
    expect(r.frontmatter).toMatchObject({ author: 'Thanh Mỹ', source: { name: 'baolongan.vn' } });
    expect(r.body).not.toContain('baolongan');
  });

  it('makes a draft when there is no byline, naming a placeholder author', () => {
    const r = convert([...base, 'Đoạn cuối cùng.'].join('\n'));
    expect(r.draft).toBe(true);
    expect(r.frontmatter.author).toBe('Chưa rõ tác giả');
    expect(r.review[0]?.field).toBe('author');
  });

  it('uses --source for an export without a byline or a known portal', () => {
    const r = convertExport([...base, 'Đoạn cuối cùng.'].join('\n'), { ...context, source: 'Báo Long An' });
    expect(r.frontmatter).toMatchObject({ author: 'Báo Long An', source: { name: 'Báo Long An' } });
  });

  it('asks which newspaper an unknown abbreviation is, without making a draft', () => {
    const r = convert(
      ['15/03/2024 - 09:05', 'Tân Trụ ra quân', 'BLA - Sáng nay, huyện Tân Trụ, tỉnh Long An ra quân.', 'Đoạn.', 'Thanh Mỹ'].join('\n'),
    );
    expect(r.frontmatter.lede.startsWith('Sáng nay')).toBe(true);
    expect(r.draft).toBe(false);
    expect(r.review.map((i) => i.field)).toEqual(['source']);
  });

  it('refuses an export with no date at all', () => {
    expect(() => convert(['Tiêu đề', 'Đoạn không có ngày.', 'Thanh Mỹ'].join('\n'))).toThrow(NotAnArticle);
    expect(() => convert('Tiếng Việt | English\nChia sẻ bài viết')).toThrow(NotAnArticle);
  });

  it('adds a new document with its issuer and date, named as documents.yaml names them', () => {
    const text = [
      ...base.slice(0, 3),
      'Thực hiện Kế hoạch số 12/KH-UBND ngày 02/01/2024 của Ủy ban nhân dân huyện về thi đua, huyện Tân Trụ, tỉnh Long An ra quân.',
      'Thanh Mỹ',
    ].join('\n');
    const r = convert(text);
    expect(r.newDocuments).toEqual([
      {
        id: 'tan-tru-long-an-12-kh-ubnd-2024',
        number: '12/KH-UBND',
        issuer: { vi: 'Ủy ban nhân dân huyện Tân Trụ', en: "Tan Tru District People's Committee" },
        issuedOn: '2024-01-02',
        district: 'tan-tru-long-an',
        title: { vi: 'về thi đua' },
      },
    ]);
    expect(r.frontmatter.documents).toEqual(['tan-tru-long-an-12-kh-ubnd-2024']);
  });
});
