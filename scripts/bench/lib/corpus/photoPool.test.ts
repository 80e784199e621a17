import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { corpusFiles, generateCorpus, photoFiles } from './corpus.ts';
import { encodePhotoPool } from './photoPool.ts';
import { photoBytes, photoSize } from './photos.ts';

describe('encodePhotoPool', () => {
  it('encodes 1600 px JPEGs of news-photo weight, the same bytes for the same seed', async () => {
    const pool = await encodePhotoPool('test', 2);
    expect(await encodePhotoPool('test', 2)).toEqual(pool);
    for (const jpeg of pool) {
      expect(jpeg.length).toBeGreaterThanOrEqual(photoBytes.min);
      expect(jpeg.length).toBeLessThanOrEqual(photoBytes.max);
      expect(await sharp(jpeg).metadata()).toMatchObject({ format: 'jpeg', ...photoSize });
    }
    expect(pool[0]).not.toEqual(pool[1]);
  }, 60_000);

  it('gives files that decode to the pool photo they copy', async () => {
    const corpus = generateCorpus({ articles: 3, seed: 'test', photos: { cover: 1, gallery: 0 } });
    expect(corpusFiles(corpus).length).toBeGreaterThan(0);
    const pool = await encodePhotoPool('test', 48, { width: 32, height: 24 });
    const [path, bytes] = photoFiles(corpus, pool)[0]!;
    const source = pool[corpus.photos.find((p) => p.path === path)!.pool]!;
    const pixels = async (jpeg: Uint8Array) => (await sharp(jpeg).raw().toBuffer()).toString('base64');
    expect(await pixels(bytes)).toBe(await pixels(source));
  }, 60_000);
});
