import sharp from 'sharp';
import { createRandom } from './random.ts';
import { chooseQuality, photoPixels, photoSize, poolSize } from './photos.ts';

/**
 * Encodes the pool of distinct photos the archive's files are copies of (scripts/bench/lib/corpus/
 * photos.ts says why a pool): JPEGs 1600 px wide of 200–400 KB, from pixels drawn from the seed.
 * The same seed and the same sharp (libjpeg-turbo) give the same bytes, which the unit test checks.
 */
export async function encodePhotoPool(
  seed: string,
  count: number = poolSize,
  size: { width: number; height: number } = photoSize,
): Promise<Buffer[]> {
  const random = createRandom(`${seed}:photos`);
  const pool: Buffer[] = [];
  for (let i = 0; i < count; i++) {
    const pixels = photoPixels(random.fork(`photo-${i}`), size);
    const encoded = new Map<number, Buffer>();
    const { quality } = await chooseQuality(async (q) => {
      const jpeg = await sharp(pixels, { raw: { width: size.width, height: size.height, channels: 3 } })
        .jpeg({ quality: q })
        .toBuffer();
      encoded.set(q, jpeg);
      return jpeg.length;
    });
    pool.push(encoded.get(quality)!);
  }
  return pool;
}
