import { describe, expect, it } from 'vitest';
import { findByline, findBylineAndSource, readByline, readSourceLine } from './byline.ts';

describe('readByline', () => {
  it.each([
    ['Thanh Mỹ', 'Thanh Mỹ'],
    ['Châu Sơn', 'Châu Sơn'],
    ['YV', 'YV'],
    ['Tin, ảnh: Thanh Đồng', 'Thanh Đồng'],
    ['Tin và ảnh: Nguyễn Văn A', 'Nguyễn Văn A'],
    ['Bài, ảnh: Minh Hải.', 'Minh Hải'],
    ['(Thanh Mỹ)', 'Thanh Mỹ'],
    ['Thanh Mỹ - Châu Sơn', 'Thanh Mỹ - Châu Sơn'],
    ['Minh Hải - TTVH', 'Minh Hải - TTVH'],
  ])('reads "%s"', (line, author) => {
    expect(readByline(line)).toBe(author);
  });

  it.each([
    ['Thực hiện đồng bộ các giải pháp'],
    ['Bí thư Huyện ủy Tân Trụ - Võ Trần Tuấn Thanh thông tin./.'],
    ['Đoạn văn kết thúc bằng dấu chấm và dài hơn một cái tên.'],
    ['2024'],
  ])('does not take "%s" for a byline', (line) => {
    expect(readByline(line)).toBeNull();
  });
});

describe('findByline', () => {
  it('finds the byline on the last line, or before a source line', () => {
    expect(findByline(['Đoạn.', 'Thanh Mỹ'])).toEqual({ author: 'Thanh Mỹ', index: 1 });
    expect(findByline(['Đoạn.', 'Thanh Mỹ', 'Nguồn: Báo Long An'])).toEqual({
      author: 'Thanh Mỹ',
      index: 1,
      source: { name: 'Báo Long An', index: 2 },
    });
    expect(findByline(['Đoạn cuối cùng của bài.'])).toBeNull();
  });
});

describe('readByline over other portals’ shapes', () => {
  it.each([
    ['Tin, ảnh: Hoài Thương', 'Hoài Thương'],
    ['Tin - ảnh: Lê Minh', 'Lê Minh'],
    ['Bài và ảnh: THANH MỸ', 'THANH MỸ'],
    ['Ngọc Hân - Trung Kiên', 'Ngọc Hân - Trung Kiên'],
    ['Hữu Trí - TTVHTT', 'Hữu Trí - TTVHTT'],
  ])('reads "%s"', (line, author) => {
    expect(readByline(line)).toBe(author);
  });
});

describe('readSourceLine', () => {
  it.each([
    ['Theo baolongan.vn', 'baolongan.vn'],
    ['(Theo Báo Long An)', 'Báo Long An'],
    ['Nguồn: https://www.baolongan.vn/', 'baolongan.vn'],
    ['Nguồn tin: Đài TT-TH huyện', 'Đài TT-TH huyện'],
  ])('reads "%s" as a source', (line, name) => {
    expect(readSourceLine(line)).toBe(name);
  });

  it('does not take a sentence that starts with "Theo" for a source', () => {
    expect(readSourceLine('Theo kế hoạch, huyện phấn đấu đạt chuẩn vào năm 2025.')).toBeNull();
    expect(readSourceLine('Theo đó')).toBeNull();
  });
});

describe('findBylineAndSource', () => {
  it('keeps "Theo baolongan.vn" as the source, never as the author', () => {
    expect(findBylineAndSource(['Đoạn cuối.', 'Theo baolongan.vn'])).toEqual({ source: { name: 'baolongan.vn', index: 1 } });
    expect(findBylineAndSource(['Đoạn cuối.', 'Thanh Mỹ', 'Theo baolongan.vn'])).toEqual({
      author: { author: 'Thanh Mỹ', index: 1 },
      source: { name: 'baolongan.vn', index: 2 },
    });
  });

  it('takes a name alone on the last line for the author', () => {
    expect(findBylineAndSource(['Đoạn cuối.', 'Minh Trí'])).toEqual({ author: { author: 'Minh Trí', index: 1 } });
  });
});
