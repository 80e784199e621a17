import { nationalDistricts } from '../../../src/lib/adminUnits.ts';
import type { Random } from './corpus/random.ts';

/**
 * Synthetic portal exports for the import benchmark: the same article as a saved page (one of three
 * portal layouts, with menus, share bar, related news and footer, and a photo for one page in
 * three) and as a text export, so the two imports can be compared on the same articles. Every
 * date, byline and view-count shape the importer reads appears. Nothing here is a real page.
 */

const phrases = [
  'Các phong trào thi đua yêu nước được triển khai sâu rộng đến từng cơ quan, đơn vị và khu dân cư.',
  'Huyện tập trung huy động các nguồn lực để hoàn thành các tiêu chí nông thôn mới nâng cao.',
  'Cán bộ, đảng viên gương mẫu đi đầu, vận động nhân dân cùng tham gia chỉnh trang đường làng ngõ xóm.',
  'Công tác cải cách hành chính tiếp tục được đẩy mạnh, rút ngắn thời gian giải quyết hồ sơ cho người dân.',
  'Các xã đăng ký ít nhất một công trình, phần việc thiết thực chào mừng các ngày lễ lớn.',
  'Hội nghị đã biểu dương các tập thể, cá nhân có thành tích xuất sắc trong năm qua.',
  'Người dân đóng góp hàng nghìn ngày công lao động và hiến đất làm đường giao thông nông thôn.',
  'Lãnh đạo huyện đề nghị các ngành tiếp tục phối hợp chặt chẽ, kịp thời tháo gỡ khó khăn, vướng mắc.',
];
const authors = ['Thanh Mỹ', 'Hoài Thương', 'Minh Trí', 'Ngọc Hân - Trung Kiên', 'Hải Đăng', 'Tin, ảnh: Lê Minh'];
const actions = [
  'ra quân xây dựng nông thôn mới',
  'phát động phong trào thi đua',
  'tổng kết công tác năm',
  'sơ kết sáu tháng',
  'trao cờ thi đua',
];

export interface SyntheticExport {
  /** File name without extension, unique per index. */
  name: string;
  html: string;
  text: string;
  /** True when the page references a photo saved beside it ("<name>_files/photo.jpg"). */
  photo: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function syntheticExport(index: number, random: Random): SyntheticExport {
  const districts = nationalDistricts();
  const d = random.pick(districts);
  const day = random.int(1, 28);
  const month = random.int(1, 12);
  const year = random.int(2019, 2024);
  const hour = random.int(6, 21);
  const minute = random.int(0, 59);
  const date = `${pad(day)}/${pad(month)}/${year}`;
  const dateLine = random.pick([
    `${date} - ${pad(hour)}:${pad(minute)}`,
    `Thứ Hai, ${date}, ${pad(hour)}:${pad(minute)} (GMT+7)`,
    `Cập nhật lúc ${pad(hour)}:${pad(minute)}, ${date}`,
    `Ngày đăng: ${date} ${pad(hour)}:${pad(minute)}:${pad(random.int(0, 59))}`,
    `${day}-${month}-${year}`,
    `Ngày ${day} tháng ${month} năm ${year}`,
  ]);
  const kind = d.kind === 'huyện' ? 'Huyện' : d.kind === 'thị xã' ? 'Thị xã' : d.kind === 'quận' ? 'Quận' : 'Thành phố';
  // A serial number keeps every headline and time distinct, as on a real archive.
  const title = `${kind} ${d.name.vi} ${random.pick(actions)} (số ${index + 1})`;
  const lede = `Ngày ${day}/${month}, UBND ${d.kind} ${d.name.vi}, tỉnh ${d.province.vi} ${random.pick(actions)} năm ${year}.`;
  const body = Array.from({ length: random.int(4, 10) }, () => random.pick(phrases));
  const author = random.pick(authors);
  const views = random.int(10, 9999);
  const viewsLine = random.pick([`Lượt xem: ${views.toLocaleString('de-DE')}`, `Lượt xem ${views}`, `Lượt đọc: ${views}`]);
  const photo = index % 3 === 0;
  const name = `bai-${String(index + 1).padStart(6, '0')}`;
  const text = [
    'Trang chủ > Tin tức > Hoạt động',
    dateLine,
    title,
    lede,
    ...body,
    viewsLine,
    author,
    'Chia sẻ bài viết',
    'Tin liên quan',
    'Tin khác',
  ].join('\n');
  const photoHtml = photo
    ? `<table class="image"><tr><td><img src="${name}_files/photo.jpg" alt=""></td></tr><tr><td class="image_desc">${d.name.vi}: quang cảnh buổi lễ. Ảnh: ${author.replace(/^.*:\s*/, '')}</td></tr></table>`
    : '';
  const paragraphs = body.map((p) => `<p>${p}</p>`);
  paragraphs.splice(1, 0, photoHtml);
  const layout = index % 3;
  const menu = '<ul class="main-menu"><li>Trang chủ</li><li>Giới thiệu</li><li>Tin tức - Sự kiện</li><li>Văn bản</li><li>Liên hệ</li></ul>';
  const related =
    '<div class="news-related"><h3>Tin liên quan</h3><ul><li><a href="/a">Tin cũ một</a></li><li><a href="/b">Tin cũ hai</a></li></ul></div>';
  const footer = `<footer class="site-footer"><p>Cơ quan chủ quản: UBND ${d.kind} ${d.name.vi}, tỉnh ${d.province.vi}</p></footer>`;
  const head = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title><script>var x=1;</script></head><body>`;
  const article =
    layout === 0
      ? `<div class="breadcrumb">Trang chủ &gt; Tin tức &gt; Hoạt động</div><div class="news-detail"><h1 class="news-title">${title}</h1><div class="news-meta">${dateLine}</div><div class="sapo">${lede}</div><div class="news-content">${paragraphs.join('')}<p>${author}</p></div><div class="news-view">${viewsLine}</div><div class="news-share">Chia sẻ bài viết</div>${related}</div>`
      : layout === 1
        ? `<div class="article"><div class="toolbar"><a href="#">In trang</a></div><h2 class="article-title">${title}</h2><div class="article-info"><span>${dateLine}</span></div><p class="lead"><strong>${lede}</strong></p><div class="article-body">${paragraphs.join('')}<p>${author}</p><p>${viewsLine}</p></div><div class="social-share">Chia sẻ: Facebook</div><div class="other-news"><h4>Các tin khác</h4></div></div>`
        : `<table class="layout"><tr><td class="menu-left">${menu}</td><td class="content"><div class="breadcrumbs">Trang chủ » Tin tức</div><div class="news-title">${title}</div><div class="news-date">${dateLine}</div><div class="news-body"><p>${lede}</p>${paragraphs.join('')}<p><strong>${author}</strong></p><p>${viewsLine}</p></div></td></tr></table>`;
  const html = `${head}<header>${menu}</header>${article}<aside class="sidebar"><h3>Tin nổi bật</h3></aside>${footer}</body></html>`;
  return { name, html, text, photo };
}
