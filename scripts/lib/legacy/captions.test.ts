import { describe, expect, it } from 'vitest';
import { bodyBlocks } from './captions.ts';

describe('bodyBlocks', () => {
  it('keeps a caption with its photo credit, dropping the alt text printed before it', () => {
    const alt = 'Chợ Lách chú trọng tuyên truyền cho nhân dân tạo sự đồng thuận, đồng lòng, tích cực hưởng ứng thi đua “Đồng khởi mới”.';
    expect(bodyBlocks([alt, `${alt} Ảnh: Thanh Đồng`, 'Đoạn.'])).toEqual([
      { kind: 'figure', caption: `${alt} Ảnh: Thanh Đồng` },
      { kind: 'paragraph', text: 'Đoạn.' },
    ]);
  });

  it('keeps one of a caption printed twice', () => {
    const caption = 'Huyện ủy Chợ Lách khen thưởng các tập thể tiêu biểu. Ảnh: Việt Cường';
    expect(bodyBlocks([caption, caption])).toEqual([{ kind: 'figure', caption }]);
  });

  it('tells headings (short, no full stop) from captions (long, no full stop)', () => {
    const caption = 'Tân Trụ phát động phong trào thi đua toàn huyện chung sức xây dựng huyện nông thôn mới nâng cao năm 2024';
    expect(bodyBlocks([caption, 'Hiểu đúng, nhận thức sâu', 'Đoạn.'])).toEqual([
      { kind: 'figure', caption },
      { kind: 'heading', text: 'Hiểu đúng, nhận thức sâu' },
      { kind: 'paragraph', text: 'Đoạn.' },
    ]);
  });

  it('reads a quotation followed by a short name as a pull quote with its attribution', () => {
    expect(bodyBlocks(['"Phải nắm rõ, chắc, chủ động và sáng tạo”.', 'Bí thư Huyện ủy Tân Trụ - Võ Trần Tuấn Thanh', 'Đoạn.'])).toEqual([
      { kind: 'quote', text: '"Phải nắm rõ, chắc, chủ động và sáng tạo”.', attribution: 'Bí thư Huyện ủy Tân Trụ - Võ Trần Tuấn Thanh' },
      { kind: 'paragraph', text: 'Đoạn.' },
    ]);
  });

  it('credits in parentheses and "Ảnh minh họa" count too; a short last line is not a heading', () => {
    expect(bodyBlocks(['Hội nghị (Ảnh: T.M)', 'Ảnh minh họa: Internet'])).toEqual([
      { kind: 'figure', caption: 'Hội nghị (Ảnh: T.M)' },
      { kind: 'figure', caption: 'Ảnh minh họa: Internet' },
    ]);
    expect(bodyBlocks(['Đoạn.', 'Dòng cuối ngắn'])[1]).toEqual({ kind: 'figure', caption: 'Dòng cuối ngắn' });
  });
});
