import { copyFile, mkdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, parse, resolve } from 'node:path';
import { isWithin } from '../pathWithin.ts';
import type { PagePhoto } from './htmlExport.ts';
import { escapeMdx } from './mdx.ts';
import type { ReviewItem } from './review.ts';

/** Picture formats astro:assets optimises. */
const imageTypes = new Set(['.jpg', '.jpeg', '.png', '.webp', '.gif', '.avif']);

/**
 * Where a photo the page references is on disk: the path as written, relative to the page; or, for
 * an address on the old portal ("https://portal/uploads/a.jpg", "/uploads/a.jpg"), the same file
 * name in the folder a browser saves beside the page ("Page_files/a.jpg") or beside the page itself.
 * Only files inside the page's folder count: an export cannot pull in files from elsewhere.
 */
export async function findPhotoFile(src: string, htmlFile: string): Promise<string | null> {
  const folder = dirname(htmlFile);
  let path = src.replace(/[?#].*$/, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape: keep the name as written.
  }
  const remote = /^(?:https?:)?\/\//i.test(path);
  if (remote) path = path.replace(/^(?:https?:)?\/\/[^/]+/i, '');
  const name = basename(path);
  const candidates = [
    ...(remote || path.startsWith('/') ? [] : [resolve(folder, path)]),
    join(folder, `${parse(htmlFile).name}_files`, name),
    join(folder, name),
  ];
  for (const candidate of candidates) {
    if (!isWithin(candidate, folder) || !imageTypes.has(extname(candidate).toLowerCase())) continue;
    const info = await stat(candidate).catch(() => null);
    if (info?.isFile()) return candidate;
  }
  return null;
}

/** The alt text: the page's own, else the caption without its credit; "" when neither says anything. */
export function photoAlt(photo: PagePhoto): string {
  const alt = photo.alt.trim();
  if (alt !== '' && !/\.(jpe?g|png|gif|webp|avif)$/i.test(alt) && !/^(ảnh|anh|image|photo|hình|hinh)\s*\d*$/iu.test(alt)) return alt;
  return photo.caption
    .replace(/\s*\(?(?:ảnh|ảnh minh họa|ảnh minh hoạ|nguồn ảnh)\s*:\s*[^:]{1,60}\)?\s*$/iu, '')
    .replace(/[.\s]+$/, '')
    .trim();
}

const caption = (text: string) => `  <figcaption>${escapeMdx(text).replace(/^\\/, '')}</figcaption>`;

/**
 * Puts each photo in the article: copies the file into content/media/YEAR/ as "<slug>-<n>.<ext>"
 * (kept if a file of that name is there already, so a second import changes nothing and an editor's
 * replacement picture stays) and writes a figure with its caption in place of the marker. A photo
 * missing on disk keeps its caption and goes to the review list; so does a photo nothing describes
 * (it gets the headline as alt text until an editor writes one).
 */
export async function placePhotos(
  body: string,
  photos: PagePhoto[],
  options: { htmlFile: string; contentDir: string; year: string; slug: string; title: string; write: boolean },
): Promise<{ body: string; review: ReviewItem[]; copied: string[] }> {
  const review: ReviewItem[] = [];
  const copied: string[] = [];
  let out = body;
  for (const [i, photo] of photos.entries()) {
    const file = await findPhotoFile(photo.src, options.htmlFile);
    let block: string;
    if (file) {
      const name = `${options.slug}-${i + 1}${extname(file).toLowerCase().replace('.jpeg', '.jpg')}`;
      const target = join(options.contentDir, 'media', options.year, name);
      if (options.write && !(await stat(target).catch(() => null))) {
        await mkdir(dirname(target), { recursive: true });
        await copyFile(file, target);
        copied.push(target);
      }
      let alt = photoAlt(photo);
      if (alt === '') {
        alt = options.title;
        review.push({
          field: 'body',
          vi: `ảnh ${name} không có mô tả; tạm lấy tiêu đề bài: viết điều ảnh cho thấy`,
          en: `the photo ${name} has no description; the headline stands in: describe what it shows`,
        });
      }
      const altText = escapeMdx(alt)
        .replace(/^\\/, '')
        .replace(/[[\]]/g, (c) => `\\${c}`);
      block = [
        '<figure>',
        `  ![${altText}](../../../media/${options.year}/${name})`,
        ...(photo.caption ? [caption(photo.caption)] : []),
        '</figure>',
      ].join('\n');
    } else {
      review.push({
        field: 'body',
        vi: `không thấy ảnh ${photo.src} cạnh trang đã lưu${photo.caption ? ` (chú thích: "${photo.caption}")` : ''}; đã giữ chú thích`,
        en: `the photo ${photo.src} is not beside the saved page${photo.caption ? ` (caption: "${photo.caption}")` : ''}; its caption is kept`,
      });
      block = photo.caption ? ['<figure>', caption(photo.caption), '</figure>'].join('\n') : '';
    }
    out = out.replace(photo.marker, block);
  }
  return { body: out.replace(/\n{3,}/g, '\n\n').trim(), review, copied };
}
