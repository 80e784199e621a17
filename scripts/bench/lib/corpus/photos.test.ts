import { describe, expect, it } from 'vitest';
import { chooseQuality, galleryMdx, photoBytes, photoPixels, planPhotos, uniquePhotos, withComment } from './photos.ts';
import { createRandom } from './random.ts';

const slots = {
  D: ['huyện Tân Trụ', 'Tân Trụ district'],
  c: ['Bình Lãng', 'Bình Lãng'],
  y: ['2024', '2024'],
  hamlet: ['Bình Hòa', 'Bình Hòa'],
} as const;

describe('planPhotos', () => {
  it('gives a cover with alt text and caption in both languages, and a gallery only to MDX', () => {
    const article = { year: 2024, slug: 'tan-tru-x', mdx: true, author: 'Thanh Mỹ' };
    const plan = planPhotos(createRandom('a'), article, slots, { cover: 1, gallery: 1 });
    expect(plan.cover).toMatchObject({ path: 'media/2024/tan-tru-x.jpg', credit: 'Thanh Mỹ' });
    expect(plan.cover!.alt[0]).not.toMatch(/[{}]/);
    expect(plan.cover!.alt[1]).not.toBe(plan.cover!.alt[0]);
    expect(plan.gallery.map((p) => p.path)).toEqual(plan.gallery.map((_, k) => `media/2024/tan-tru-x-${k + 1}.jpg`));
    expect(plan.gallery.length).toBeGreaterThanOrEqual(2);
    expect(planPhotos(createRandom('a'), { ...article, mdx: false }, slots, { cover: 1, gallery: 1 }).gallery).toEqual([]);
    expect(planPhotos(createRandom('a'), article, slots, { cover: 0, gallery: 0 })).toEqual({ gallery: [] });
  });

  it('draws the same plan from the same stream', () => {
    const article = { year: 2020, slug: 'x', mdx: true, author: 'A' };
    expect(planPhotos(createRandom('s'), article, slots)).toEqual(planPhotos(createRandom('s'), article, slots));
  });
});

describe('galleryMdx', () => {
  it('imports each photo and lists it in a <Gallery>, quoting text safely', () => {
    const photos = [
      { path: 'media/2024/x-1.jpg', pool: 0, alt: ['Ảnh "một"', 'Photo "one"'] as const, caption: ['Chú thích', 'Caption'] as const },
      { path: 'media/2024/x-2.jpg', pool: 1, alt: ['Ảnh hai', 'Photo two'] as const },
    ];
    const { head, tail } = galleryMdx(photos, 1);
    expect(head).toBe('import photo1 from "../../../media/2024/x-1.jpg";\nimport photo2 from "../../../media/2024/x-2.jpg";');
    expect(tail).toContain('{ src: photo1, alt: "Photo \\"one\\"", caption: "Caption" },');
    expect(tail).toContain('{ src: photo2, alt: "Photo two" },');
    expect(tail).toMatch(/^<Gallery\n {2}caption="In pictures"/);
    expect(galleryMdx([], 0)).toEqual({ head: '', tail: '' });
  });
});

describe('uniquePhotos', () => {
  it('lists each file once', () => {
    const cover = { path: 'media/2024/a.jpg', pool: 3, alt: ['a', 'a'] as const, caption: ['a', 'a'] as const, credit: 'x' };
    expect(
      uniquePhotos([
        { cover, gallery: [] },
        { cover, gallery: [] },
      ]),
    ).toEqual([{ path: 'media/2024/a.jpg', pool: 3 }]);
  });
});

describe('photoPixels', () => {
  it('is the same for the same stream, different for another, and fills every byte', () => {
    const size = { width: 64, height: 40 };
    const a = photoPixels(createRandom('p'), size);
    expect(a).toHaveLength(64 * 40 * 3);
    expect(photoPixels(createRandom('p'), size)).toEqual(a);
    expect(photoPixels(createRandom('q'), size)).not.toEqual(a);
    // Not flat: a photo has light and shade.
    expect(Math.max(...a) - Math.min(...a)).toBeGreaterThan(60);
  });
});

describe('chooseQuality', () => {
  it('keeps 80 when the size is in range, steps towards the range otherwise, and stops after five tries', async () => {
    expect(await chooseQuality(async () => 300_000)).toEqual({ quality: 80, bytes: 300_000 });
    // Size grows with quality: 10 KB a step.
    const tried: number[] = [];
    const result = await chooseQuality(async (q) => (tried.push(q), 100_000 + (q - 80) * 10_000));
    expect(result.bytes).toBeGreaterThanOrEqual(photoBytes.min);
    expect(tried).toEqual([80, 86, 92]);
    expect((await chooseQuality(async (q) => q * 10_000)).quality).toBe(56);
    expect((await chooseQuality(async () => 1)).quality).toBe(95);
  });
});

describe('withComment', () => {
  it('inserts a COM segment after the start-of-image marker and keeps the rest', () => {
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xdb, 1, 2, 0xff, 0xd9]);
    const out = withComment(jpeg, 'ab');
    expect([...out]).toEqual([0xff, 0xd8, 0xff, 0xfe, 0, 4, 0x61, 0x62, 0xff, 0xdb, 1, 2, 0xff, 0xd9]);
    expect(() => withComment(new Uint8Array([1, 2]), 'x')).toThrow(/not a JPEG/);
  });
});
