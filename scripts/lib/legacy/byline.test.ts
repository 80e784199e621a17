import { describe, expect, it } from 'vitest';
import { findByline, readByline } from './byline.ts';

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
    expect(findByline(['Đoạn.', 'Thanh Mỹ', 'Nguồn: Báo Long An'])).toEqual({ author: 'Thanh Mỹ', index: 1 });
    expect(findByline(['Đoạn cuối cùng của bài.'])).toBeNull();
  });
});
