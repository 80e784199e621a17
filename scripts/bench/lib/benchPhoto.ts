import sharp from 'sharp';

/**
 * A photo-like JPEG for benchmarks, the same bytes every run: 1600 px wide like a portal's cover,
 * smooth colour fields with fine grain (what makes a real photo cost 200-400 KB, where a flat
 * illustration costs a tenth of that). Grain comes from a small seeded generator, not Math.random.
 */
export async function benchPhoto(seed = 1, width = 1600, height = 1000): Promise<Buffer> {
  let state = seed >>> 0 || 1;
  const next = () => {
    // xorshift32: enough for grain, and the same sequence for the same seed.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x1_0000_0000;
  };
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const sky = y < height * 0.4;
      const grain = (next() - 0.5) * 56;
      const wave = Math.sin(x / 37 + y / 53) * 24;
      pixels[i] = clamp((sky ? 90 : 60) + wave + grain);
      pixels[i + 1] = clamp((sky ? 150 : 130) - wave + grain);
      pixels[i + 2] = clamp((sky ? 220 : 70) + wave / 2 + grain);
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .blur(0.6)
    .jpeg({ quality: 82 })
    .toBuffer();
}

const clamp = (v: number): number => Math.max(0, Math.min(255, Math.round(v)));
