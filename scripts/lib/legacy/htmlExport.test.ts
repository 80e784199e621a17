import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readHtmlExport, textLines } from './htmlExport.ts';
import { parseHTML } from 'linkedom';

const fixture = (name: string) => readHtmlExport(readFileSync(`tests/fixtures/html-exports/mixed/${name}`, 'utf8'));

const page = (article: string, extra = '') =>
  `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Trang</title></head><body>
<nav class="menu"><a href="/">Trang chủ</a><a href="/tin">Tin tức</a></nav>${article}${extra}
<footer>Cơ quan chủ quản: UBND huyện Tân Trụ, tỉnh Long An</footer></body></html>`;

const paragraph = (n: number) =>
  `<p>Đoạn ${n}: các phong trào thi đua yêu nước được triển khai sâu rộng đến từng cơ quan, đơn vị, khu dân cư, gắn với nhiệm vụ chính trị của địa phương trong năm.</p>`;

describe('readHtmlExport', () => {
  it('reads headline, date line, views, sapo, body and byline from a portal page, leaving menus, share bar, related news and footer out', () => {
    const r = fixture('bai-mot.html');
    expect(r.lines.slice(0, 4)).toEqual([
      'Cần Giuộc ra quân xây dựng nông thôn mới nâng cao năm 2024',
      'Thứ Hai, 15/04/2024, 08:05 (GMT+7)',
      'Lượt xem: 1.204',
      'Sáng 15/4, UBND huyện Cần Giuộc tổ chức lễ ra quân xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu năm 2024.',
    ]);
    expect(r.lines.at(-1)).toBe('Tin, ảnh: Hoài Thương');
    expect(r.chrome).toContain('Trang chủ > Tin tức - Sự kiện > Kinh tế');
    expect(r.chrome).toContain('Cơ quan chủ quản: Ủy ban nhân dân huyện Cần Giuộc, tỉnh Long An');
    for (const chrome of ['Giới thiệu', 'Chia sẻ', 'Tin liên quan', 'Thống kê truy cập', 'Cơ quan chủ quản', 'In bài viết', 'Tin, ảnh'])
      expect(r.body).not.toContain(chrome);
    expect(r.body).toContain('## Huy động mọi nguồn lực');
    expect(r.body).toContain('**120 tỷ đồng**');
  });

  it('keeps links to other sites and drops links into the old portal, keeping their text', () => {
    const r = fixture('bai-mot.html');
    expect(r.body).toContain('[Cổng thông tin tỉnh](https://www.longan.gov.vn/)');
    expect(r.body).toContain('Xem thêm bài trước và');
  });

  it('finds photos with their captions: a one-cell table, a figure, an italic line below', () => {
    expect(fixture('bai-mot.html').photos).toEqual([
      {
        marker: 'BANTINPHOTO0X',
        src: 'images/le-ra-quan.jpg',
        alt: '',
        caption: 'Lãnh đạo huyện Cần Giuộc phát cờ ra quân. Ảnh: Hoài Thương',
      },
    ]);
    expect(fixture('bai-hai.html').photos[0]).toMatchObject({
      alt: 'Quang cảnh hội nghị phát động thi đua',
      caption: 'Quang cảnh hội nghị. Ảnh: Ngọc Hân',
    });
    expect(fixture('bai-ba.html').photos[0]).toMatchObject({
      src: 'https://portal.example.vn/uploads/2024/04/trao-co.jpg?w=800',
      caption: 'Lãnh đạo huyện trao cờ thi đua cho các tập thể. (Ảnh: Minh Trí)',
    });
    expect(fixture('bai-mot.html').body).toMatch(/\n\nBANTINPHOTO0X\n\n/);
  });

  it('reads a title block instead of an h1, a worded date, and takes the first paragraph for the lede when there is no sapo', () => {
    const r = fixture('bai-ba.html');
    expect(r.lines.slice(0, 3)).toEqual(['Phú Tân: trao cờ thi đua cho 12 tập thể xuất sắc', 'Ngày 15 tháng 4 năm 2024', 'Lượt đọc: 56']);
    expect(r.lines[3]).toMatch(/^Chiều 15\/4, UBND huyện Phú Tân/);
    expect(r.body).not.toContain('Chiều 15/4');
    expect(r.lines.at(-1)).toBe('Minh Trí');
  });

  it('keeps the source line at the end apart from the byline, out of the body', () => {
    const r = fixture('bai-hai.html');
    expect(r.lines.slice(-2)).toEqual(['Ngọc Hân - Trung Kiên', 'Theo baolongan.vn']);
    expect(r.body).not.toContain('baolongan');
    expect(r.body).not.toContain('Trung Kiên');
  });

  it('makes "{" and "<" in the text safe for MDX', () => {
    const html = page(
      `<article><h1>Hội nghị tổng kết thi đua năm 2024</h1><div class="date">01/03/2024 - 13:32</div>${paragraph(1)}<p>Chỉ tiêu {a} và x &lt; y trong năm, theo đúng kế hoạch đã đề ra từ đầu năm.</p>${paragraph(2)}${paragraph(3)}</article>`,
    );
    const r = readHtmlExport(html);
    expect(r.body).toContain('Chỉ tiêu &#123;a&#125; và x &#60; y');
  });

  it('gives no lines for a page without an article', () => {
    expect(readHtmlExport('<html><body><nav class="menu"><a href="/">Trang chủ</a></nav></body></html>').lines).toEqual([]);
  });
});

describe('textLines', () => {
  it('copies the text as a browser does: one line per block, inline parts joined by a space', () => {
    const { document } = parseHTML('<div><p>Một <b>hai</b></p><span>15/04/2024</span><span>08:05</span><script>x()</script></div>');
    expect(textLines(document.querySelector('div')!)).toEqual(['Một hai', '15/04/2024 08:05']);
  });
});
