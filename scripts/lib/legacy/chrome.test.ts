import { describe, expect, it } from 'vitest';
import { isChromeLine, readBreadcrumb, removeChrome } from './chrome.ts';

describe('removeChrome', () => {
  it('drops the language bar and breadcrumb, and everything from the first page-furniture line on', () => {
    const lines = [
      'Tiếng Việt | English',
      'Chi tiết tin tức - Huyện Cồn Cỏ',
      'Tiêu đề',
      'Đoạn một.',
      'Thanh Mỹ',
      'Chia sẻ bài viết',
      'BÌNH LUẬN',
      'Cơ quan chủ quản: UBND huyện X',
    ];
    expect(removeChrome(lines)).toEqual({
      article: ['Tiêu đề', 'Đoạn một.', 'Thanh Mỹ'],
      chrome: [
        'Tiếng Việt | English',
        'Chi tiết tin tức - Huyện Cồn Cỏ',
        'Chia sẻ bài viết',
        'BÌNH LUẬN',
        'Cơ quan chủ quản: UBND huyện X',
      ],
    });
  });

  it.each([
    ['TIN NỔI BẬT'],
    ['SỐ LƯỢT TRUY CẬP'],
    ['Thống kê lượt truy cập'],
    ['Đang truy cập2'],
    ['Bình Chọn'],
    ['Tổng số điểm của bài viết là: 0 trong 0 đánh giá'],
    ['Ý kiến bạn đọc'],
    ['Tin liên quan'],
    ['Các tin khác'],
    ['Bản quyền thuộc về UBND huyện'],
  ])('ends the article at "%s"', (line) => {
    expect(removeChrome(['Tiêu đề', 'Đoạn.', line, 'rác']).article).toEqual(['Tiêu đề', 'Đoạn.']);
  });

  it('keeps article sentences that merely mention comments or sharing', () => {
    expect(removeChrome(['Tiêu đề', 'Bình luận của bạn đọc về phong trào rất sôi nổi.']).article).toHaveLength(1);
    expect(isChromeLine('Chia sẻ kinh nghiệm xây dựng nông thôn mới.')).toBe(false);
    expect(isChromeLine('Trang chủ > Tin tức > Thi đua')).toBe(true);
  });
});

describe('readBreadcrumb', () => {
  it.each([
    ['Trang chủ > Tin tức > Hoạt động huyện', ['Trang chủ', 'Tin tức', 'Hoạt động huyện']],
    ['Trang chủ » Tin tức - Sự kiện', ['Trang chủ', 'Tin tức - Sự kiện']],
    ['Tin tức › Kinh tế › Nông thôn mới', ['Tin tức', 'Kinh tế', 'Nông thôn mới']],
    ['Home / News', ['Home', 'News']],
  ])('reads "%s"', (line, parts) => {
    expect(readBreadcrumb(line)).toEqual(parts);
    expect(isChromeLine(line)).toBe(true);
  });

  it.each([['01/03/2024 - 13:32'], ['Tân Trụ / Châu Thành'], ['Kế hoạch số 27/KH-UBND'], ['Thi đua > kế hoạch.']])(
    'does not take "%s" for a breadcrumb',
    (line) => {
      expect(readBreadcrumb(line)).toBeNull();
    },
  );
});
