import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARD_FONT_STACK, CARD_PHOTO, cardTree, type CardNode, type SocialCardInput } from './socialCard.ts';

// A private cache folder: the module reads BANTIN_CARD_CACHE when it loads.
const cacheDir = mkdtempSync(path.join(tmpdir(), 'bantin-cards-test-'));
process.env['BANTIN_CARD_CACHE'] = cacheDir;
const { prerenderCards, renderCardTree, socialCardImage } = await import('./socialCardRender.ts');

afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

const input: SocialCardInput = {
  lang: 'vi',
  title: 'Đẩy mạnh các phong trào thi đua yêu nước, quyết tâm thực hiện thắng lợi các mục tiêu, nhiệm vụ năm 2024',
  kicker: 'Cồn Cỏ, Quảng Trị',
  footer: '26/01/2024',
  siteName: 'Bản tin',
};

describe('socialCardImage', () => {
  it('renders a 1200×630 PNG', async () => {
    const { bytes: png } = await socialCardImage(input);
    const meta = await sharp(png).metadata();
    expect(meta).toMatchObject({ format: 'png', width: 1200, height: 630 });
    expect(png.length).toBeLessThan(100_000);
  });

  it('reuses the cached card when nothing changed, and renders a changed one', async () => {
    const first = await socialCardImage({ ...input, title: 'Tân Trụ tập trung xây dựng nông thôn mới nâng cao' });
    const again = await socialCardImage({ ...input, title: 'Tân Trụ tập trung xây dựng nông thôn mới nâng cao' });
    const changed = await socialCardImage({ ...input, title: 'Tân Trụ tập trung xây dựng nông thôn mới kiểu mẫu' });
    expect(first.cached).toBe(false);
    expect(again.cached).toBe(true);
    expect(again.bytes.equals(first.bytes)).toBe(true);
    expect(changed.cached).toBe(false);
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.png')).length).toBeGreaterThanOrEqual(3);
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('prerenderCards', () => {
  // A worker thread loads satori, sharp and the fonts anew: seconds on a loaded machine.
  it('renders in a worker thread the same bytes the main thread renders, and caches them', { timeout: 30_000 }, async () => {
    const inputs = ['Bình Minh ký kết giao ước thi đua', 'Cái Bè ra quân xây dựng nông thôn mới'].map((title) => ({ ...input, title }));
    await prerenderCards(inputs);
    const fromWorker = await Promise.all(inputs.map((i) => socialCardImage(i)));
    expect(fromWorker.map((r) => r.cached)).toEqual([false, false]);
    for (const [i, result] of fromWorker.entries()) {
      expect(result.bytes.equals(await renderCardTree(cardTree(inputs[i]!)))).toBe(true);
      // Asked again, it comes from the cache the worker wrote.
      expect((await socialCardImage(inputs[i]!)).cached).toBe(true);
    }
    // Cached cards are not sent to a worker: they are read where they are asked for.
    await prerenderCards(inputs);
    expect((await socialCardImage(inputs[0]!)).cached).toBe(true);
    // A card found in the cache that is gone when it is asked for is drawn again, the same.
    await prerenderCards(inputs);
    for (const file of readdirSync(cacheDir)) rmSync(path.join(cacheDir, file));
    const redrawn = await socialCardImage(inputs[1]!);
    expect(redrawn.cached).toBe(false);
    expect(redrawn.bytes.equals(fromWorker[1]!.bytes)).toBe(true);
  });
});

/** The mean colour of the card's photo box, and how much it varies. */
async function photoBox(png: Buffer): Promise<{ mean: number[]; spread: number }> {
  // stats() reads its input as it is, so the box is cut out first.
  const stats = await sharp(await sharp(png).extract(CARD_PHOTO).removeAlpha().toBuffer()).stats();
  return { mean: stats.channels.map((c) => c.mean), spread: Math.max(...stats.channels.map((c) => c.stdev)) };
}

describe('a card with a cover photo', () => {
  // A photo unlike the card's paper: a green field under a blue sky, 1600×1000 like an import's cover.
  const photo = path.join(cacheDir, 'cover.jpg');
  const field = { r: 40, g: 140, b: 60 };
  const sky = { r: 60, g: 120, b: 220 };
  const writePhoto = (bottom: typeof field) =>
    sharp({ create: { width: 1600, height: 1000, channels: 3, background: bottom } })
      .composite([{ input: { create: { width: 1600, height: 400, channels: 3, background: sky } }, top: 0, left: 0 }])
      .jpeg()
      .toBuffer()
      .then((bytes) => writeFileSync(photo, bytes));

  it('shows the photo in its box, where the text card shows plain paper', async () => {
    await writePhoto(field);
    const { bytes: png } = await socialCardImage({ ...input, photo, format: 'jpeg' });
    expect(await sharp(png).metadata()).toMatchObject({ format: 'jpeg', width: 1200, height: 630 });
    const box = await photoBox(png);
    // Sky above field: the box's mean lies between the two colours, and it is not one flat colour.
    expect(box.mean[1]).toBeGreaterThan(110);
    expect(box.mean[0]).toBeLessThan(70);
    expect(box.mean[2]).toBeGreaterThan(field.b + 20);
    expect(box.spread).toBeGreaterThan(20);
    // Cropped to the box, not squeezed: the top rows are sky.
    const top = await sharp(
      await sharp(png)
        .extract({ ...CARD_PHOTO, height: 40 })
        .removeAlpha()
        .toBuffer(),
    ).stats();
    expect(Math.abs(top.channels[0]!.mean - sky.r)).toBeLessThan(15);
    expect(Math.abs(top.channels[2]!.mean - sky.b)).toBeLessThan(15);
    const text = await photoBox((await socialCardImage(input)).bytes);
    expect(text.mean.every((v) => v > 230)).toBe(true);
  });

  it('is drawn by the worker thread as the main thread draws it', { timeout: 30_000 }, async () => {
    await writePhoto(field);
    const card = { ...input, title: 'Mỏ Cày Nam khánh thành cầu giao thông nông thôn', photo, format: 'jpeg' as const };
    await prerenderCards([card]);
    const fromWorker = await socialCardImage(card);
    expect(fromWorker.cached).toBe(false);
    expect(fromWorker.bytes.equals(await renderCardTree(cardTree(card), undefined, 'jpeg'))).toBe(true);
  });

  it('draws the card again when the photo changes under the same name', async () => {
    await writePhoto(field);
    expect((await socialCardImage({ ...input, photo, format: 'jpeg' })).cached).toBe(true);
    await writePhoto({ r: 200, g: 60, b: 40 });
    const { bytes: png, cached } = await socialCardImage({ ...input, photo, format: 'jpeg' });
    expect(cached).toBe(false);
    expect((await photoBox(png)).mean[0]).toBeGreaterThan(100);
  });
});

/** The rows (top, bottom) holding dark pixels when `letter` is drawn alone in the card's bold. */
async function inkRows(letter: string): Promise<{ top: number; bottom: number; ink: number }> {
  const size = 200;
  const tree: CardNode = {
    type: 'div',
    props: {
      style: {
        display: 'flex',
        width: size,
        height: size,
        alignItems: 'center',
        justifyContent: 'center',
        backgroundColor: '#fff',
        color: '#000',
        fontSize: 120,
        fontWeight: 700,
        fontFamily: CARD_FONT_STACK.join(', '),
      },
      children: letter,
    },
  };
  const { data } = await sharp(await renderCardTree(tree, { width: size, height: size }))
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  let top = size;
  let bottom = -1;
  let ink = 0;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (data[y * size + x]! < 128) {
        ink++;
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
      }
    }
  }
  return { top, bottom, ink };
}

describe('Vietnamese letters on the card', () => {
  // Letters from every fontsource subset: basic Latin, latin-1 ("Ê"), Vietnamese ("Ế", "Đ", "ư").
  let base: Awaited<ReturnType<typeof inkRows>>;
  beforeAll(async () => {
    base = await inkRows('E');
  });

  it.each(['Ê', 'Ế', 'Ễ', 'Ể', 'Ề'])('%s carries its marks above the letter', async (letter) => {
    const rows = await inkRows(letter);
    expect(rows.top).toBeLessThan(base.top - 5);
    expect(rows.bottom).toBe(base.bottom);
  });

  it('stacks a tone mark above the circumflex instead of dropping or merging it', async () => {
    const circumflex = await inkRows('Ê');
    const stacked = await inkRows('Ế');
    expect(stacked.top).toBeLessThan(circumflex.top - 5);
    expect(stacked.ink).toBeGreaterThan(circumflex.ink);
  });

  it.each([
    ['Ệ', 'Ê'],
    ['ặ', 'ă'],
    ['ự', 'ư'],
    ['ộ', 'ô'],
  ])('%s has a dot below its base %s', async (letter, letterBase) => {
    const dotted = await inkRows(letter);
    const plain = await inkRows(letterBase);
    expect(plain.ink).toBeGreaterThan(0);
    expect(dotted.bottom).toBeGreaterThan(plain.bottom + 5);
    expect(dotted.top).toBe(plain.top);
  });

  it.each(['Đ', 'đ', 'ư', 'ơ', 'ữ', 'ẵ', 'Ở', '₫'])('%s is drawn (not a blank or missing glyph)', async (letter) => {
    expect((await inkRows(letter)).ink).toBeGreaterThan(200);
  });

  it('draws "ữ" taller than "ư" (the tilde is there)', async () => {
    expect((await inkRows('ữ')).top).toBeLessThan((await inkRows('ư')).top - 5);
  });
});
