import { expect, it } from 'vitest';
import { parseVietnameseInteger, readViewCount } from './viewCount.ts';

it('reads the article’s view count with Vietnamese thousands separators', () => {
  expect(readViewCount(['Lượt xem: 104'])).toEqual({ views: 104, index: 0 });
  expect(readViewCount(['Tiêu đề', 'Lượt xem: 2.315'])).toEqual({ views: 2315, index: 1 });
  expect(readViewCount(['Số lượt xem 1 234 567'])?.views).toBe(1234567);
  expect(readViewCount(['Đã xem: 12.345 lượt'])?.views).toBe(12345);
});

it('never takes site-wide statistics or sentences for the article’s views', () => {
  expect(readViewCount(['• Hôm nay: 1482', '• Tất cả: 2268387', 'Tổng lượt truy cập3.983.469'])).toBeNull();
  expect(readViewCount(['Lượt xem của trang đạt 10.000 trong tháng.'])).toBeNull();
});

it('parseVietnameseInteger', () => {
  expect(parseVietnameseInteger('2.315')).toBe(2315);
  expect(parseVietnameseInteger('7 708')).toBe(7708);
});

it.each([
  ['Lượt xem: 1.204', 1204],
  ['Lượt xem 1204', 1204],
  ['Lượt xem: 1,204', 1204],
  ['Lượt đọc: 56', 56],
  ['Lượt đọc 1.204', 1204],
  ['1.204 lượt xem', 1204],
  ['56 lượt đọc', 56],
  ['Số lần xem: 300', 300],
])('reads "%s"', (line, views) => {
  expect(readViewCount([line])?.views).toBe(views);
});
