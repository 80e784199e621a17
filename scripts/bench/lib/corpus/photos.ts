import type { Pair } from './phrases.ts';
import type { Random } from './random.ts';
import { fill, type Slots } from './text.ts';

/**
 * The synthetic archive's photos: which articles have a cover or a gallery, where their files go,
 * what their alt text and captions say, and the pixels of the photo pool they are cut from.
 *
 * Every photo is its own file (media/{year}/{slug}.jpg, media/{year}/{slug}-{k}.jpg), as in a real
 * archive. The pixels come from a pool of `poolSize` distinct photos: encoding ten thousand
 * distinct 1600 px JPEGs would add minutes to every corpus, and the build's work per file (decode,
 * resize, encode) does not depend on whether another file has the same pixels. But the bytes of
 * every file are distinct: each carries its own path in a JPEG comment (`withComment`). Vite
 * emits byte-identical imports as one asset, so copies of a pool photo would otherwise collapse
 * into one picture and the build would transform 48 photos however large the archive.
 */

/** A news photo as portals publish it: 1600 px wide, 3:2. */
export const photoSize = { width: 1600, height: 1067 } as const;

/** Distinct photos whose pixels the archive's files repeat. */
export const poolSize = 48;

/** Share of originals with a cover photo, and of MDX articles with a gallery at the end. */
export const photoShares = { cover: 0.85, gallery: 0.3 } as const;

/** The same archive without a photo: what the build costs besides its images. */
export const noPhotos = { cover: 0, gallery: 0 } as const;

export interface CorpusPhoto {
  /** Path under the corpus folder: "media/2024/slug.jpg". */
  path: string;
  /** Which pool photo's bytes the file holds. */
  pool: number;
}

export interface CoverText {
  alt: Pair;
  caption: Pair;
  credit: string;
}

/** One article's photos, shared by its translation: the cover's file and text, the gallery's. */
export interface ArticlePhotos {
  cover?: CorpusPhoto & CoverText;
  gallery: (CorpusPhoto & { alt: Pair; caption?: Pair })[];
}

const subjects: readonly Pair[] = [
  ['Quang cảnh hội nghị tại hội trường {D}', 'The conference hall of {D}'],
  ['Lãnh đạo {D} trao giấy khen cho các tập thể tiêu biểu', '{D} leaders present certificates of merit'],
  ['Tuyến đường bê tông mới ở xã {c}', 'A new concrete road in {c} commune'],
  ['Cánh đồng lúa ở xã {c}', 'Rice fields in {c} commune'],
  ['Người dân xã {c} góp ngày công làm đường', '{c} residents give their labour to build a road'],
  ['Gian hàng sản phẩm OCOP của {D}', 'A stall of {D} OCOP products'],
  ['Đại biểu ký kết giao ước thi đua năm {y}', 'Delegates sign the {y} emulation pledge'],
  ['Lễ giao nhận quân năm {y} tại {D}', 'The {y} enlistment ceremony in {D}'],
  ['Bộ phận một cửa của Ủy ban nhân dân {D}', 'The one-stop service desk of the {D} People’s Committee'],
  ['Vườn cây ăn trái của một hộ dân ở ấp {hamlet}', 'A family orchard in {hamlet} hamlet'],
];

/** The draws of one article's photos, from its own random stream. */
export function planPhotos(
  random: Random,
  article: { year: number; slug: string; mdx: boolean; author: string },
  slots: Slots,
  shares: { cover: number; gallery: number } = photoShares,
): ArticlePhotos {
  const base = `media/${article.year}/${article.slug}`;
  const photos: ArticlePhotos = { gallery: [] };
  if (random.chance(shares.cover)) {
    const subject = fill(random.pick(subjects), slots);
    photos.cover = {
      path: `${base}.jpg`,
      pool: random.int(0, poolSize - 1),
      alt: subject,
      caption: [`${subject[0]}.`, `${subject[1]}.`],
      credit: article.author,
    };
  }
  if (article.mdx && random.chance(shares.gallery)) {
    const count = random.int(2, 4);
    for (const [k, subject] of random.sample(subjects, count).entries()) {
      const text = fill(subject, slots);
      photos.gallery.push({
        path: `${base}-${k + 1}.jpg`,
        pool: random.int(0, poolSize - 1),
        alt: text,
        ...(k === 0 ? { caption: text } : {}),
      });
    }
  }
  return photos;
}

/** A photo's path as the article file writes it: articles/{lang}/{year}/x.md → ../../../media/…. */
export function photoImportPath(photo: CorpusPhoto): string {
  return `../../../${photo.path}`;
}

/**
 * The gallery as an editor writes it in MDX (docs/editing.md): the photos imported at the top, a
 * <Gallery> at the end. `lang` 0 is Vietnamese, 1 English. Returns the lines before and after the body.
 */
export function galleryMdx(photos: ArticlePhotos['gallery'], lang: 0 | 1): { head: string; tail: string } {
  if (photos.length === 0) return { head: '', tail: '' };
  const imports = photos.map((p, k) => `import photo${k + 1} from ${JSON.stringify(photoImportPath(p))};`);
  const items = photos.map((p, k) => {
    const caption = p.caption ? `, caption: ${JSON.stringify(p.caption[lang])}` : '';
    return `    { src: photo${k + 1}, alt: ${JSON.stringify(p.alt[lang])}${caption} },`;
  });
  const title = lang === 0 ? 'Một số hình ảnh' : 'In pictures';
  return {
    head: imports.join('\n'),
    tail: [`<Gallery`, `  caption="${title}"`, `  photos={[`, ...items, `  ]}`, `/>`].join('\n'),
  };
}

/** Every photo file of the archive, once each (a translation shares its original's). */
export function uniquePhotos(all: readonly ArticlePhotos[]): CorpusPhoto[] {
  const byPath = new Map<string, CorpusPhoto>();
  for (const photos of all) {
    for (const p of [...(photos.cover ? [photos.cover] : []), ...photos.gallery]) byPath.set(p.path, { path: p.path, pool: p.pool });
  }
  return [...byPath.values()];
}

/**
 * The raw RGB pixels of one pool photo: a sky graded to a horizon, ground and a few buildings with
 * texture at three scales (value noise), and sensor grain. The mix of smooth areas, edges and fine
 * detail is what makes a camera JPEG of this size weigh 200–400 KB; pure noise would weigh
 * several times more, a plain gradient a tenth. Pure: the same random stream gives the same bytes.
 */
export function photoPixels(random: Random, size: { width: number; height: number } = photoSize): Uint8Array {
  const { width, height } = size;
  const pixels = new Uint8Array(width * height * 3);
  const octaves = [
    { cell: 12, amplitude: 22 },
    { cell: 48, amplitude: 30 },
    { cell: 200, amplitude: 40 },
  ].map((o) => {
    const columns = Math.ceil(width / o.cell) + 1;
    const rows = Math.ceil(height / o.cell) + 1;
    return { ...o, columns, grid: Float32Array.from({ length: columns * rows }, () => random.next() * 2 - 1) };
  });
  const sky = [random.int(150, 215), random.int(170, 225), random.int(200, 250)] as const;
  const ground = [random.int(50, 130), random.int(70, 150), random.int(30, 90)] as const;
  const horizon = Math.round(height * (0.25 + random.next() * 0.25));
  const buildings = Array.from({ length: random.int(2, 6) }, () => {
    const left = random.int(0, Math.round(width * 0.9));
    return {
      left,
      right: Math.min(width, left + random.int(Math.round(width / 16), Math.round(width / 3))),
      top: random.int(Math.round(horizon * 0.3), horizon),
      color: [random.int(120, 240), random.int(100, 220), random.int(90, 200)] as const,
    };
  });
  const grain = 14 + random.next() * 10;

  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let texture = 0;
      for (const o of octaves) {
        const fx = x / o.cell;
        const fy = y / o.cell;
        const ix = Math.floor(fx);
        const iy = Math.floor(fy);
        const tx = fx - ix;
        const ty = fy - iy;
        const at = iy * o.columns + ix;
        const top = o.grid[at]! * (1 - tx) + o.grid[at + 1]! * tx;
        const bottom = o.grid[at + o.columns]! * (1 - tx) + o.grid[at + o.columns + 1]! * tx;
        texture += o.amplitude * (top * (1 - ty) + bottom * ty);
      }
      let base: readonly number[] = ground;
      let detail = 1;
      if (y < horizon) {
        base = sky;
        // The sky is smoother and lighter towards the horizon.
        detail = 0.25;
        const lift = (y / horizon) * 25;
        base = [sky[0] + lift, sky[1] + lift, sky[2] + lift * 0.5];
      }
      for (const b of buildings) {
        if (x >= b.left && x < b.right && y >= b.top && y < horizon + 40) {
          base = b.color;
          detail = 0.6;
          break;
        }
      }
      const noise = (random.next() - 0.5) * grain;
      const i = (y * width + x) * 3;
      // Uint8Array assignment truncates; clamp first so bright areas do not wrap to black.
      pixels[i] = clamp(base[0]! + texture * detail + noise);
      pixels[i + 1] = clamp(base[1]! + texture * detail * 0.9 + noise);
      pixels[i + 2] = clamp(base[2]! + texture * detail * 0.75 + noise);
    }
  }
  return pixels;
}

const clamp = (v: number) => (v < 0 ? 0 : v > 255 ? 255 : v);

/** The JPEG weight a 1600 px news photo has, which the pool's quality search aims at. */
export const photoBytes = { min: 200_000, max: 400_000 } as const;

/**
 * The JPEG quality that brings a photo's file into `photoBytes`: start at 80 and step by 6 towards
 * the range, at most five tries (the last one is kept whatever it weighs). `encode` gives the size
 * at a quality.
 */
export async function chooseQuality(encode: (quality: number) => Promise<number>): Promise<{ quality: number; bytes: number }> {
  let quality = 80;
  let bytes = await encode(quality);
  for (let tries = 1; tries < 5; tries++) {
    if (bytes < photoBytes.min && quality < 95) quality = Math.min(95, quality + 6);
    else if (bytes > photoBytes.max && quality > 40) quality = Math.max(40, quality - 6);
    else break;
    bytes = await encode(quality);
  }
  return { quality, bytes };
}

/**
 * The JPEG with a comment segment (COM, 0xFFFE) holding `text` right after its start-of-image
 * marker: the same picture to every decoder, different bytes for each text.
 */
export function withComment(jpeg: Uint8Array, text: string): Uint8Array {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw new Error('not a JPEG: it does not start with the SOI marker FF D8');
  const comment = new TextEncoder().encode(text);
  const length = comment.length + 2;
  if (length > 0xffff) throw new RangeError('a JPEG comment holds at most 65,533 bytes');
  const out = new Uint8Array(jpeg.length + 2 + length);
  out.set([0xff, 0xd8, 0xff, 0xfe, length >> 8, length & 0xff]);
  out.set(comment, 6);
  out.set(jpeg.subarray(2), 6 + comment.length);
  return out;
}
