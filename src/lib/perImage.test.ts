import type { ImageMetadata } from 'astro';
import { describe, expect, it } from 'vitest';
import { perImage } from './perImage.ts';

const photo = (name: string): ImageMetadata => ({ src: `/_astro/${name}.jpg`, width: 1600, height: 1067, format: 'jpg' });

describe('perImage', () => {
  it('computes once for one photo, even when pages ask at the same time', async () => {
    const asked: string[] = [];
    const thumbnail = perImage(async (src) => {
      asked.push(src.src);
      return `${src.src}?w=240`;
    });
    const cover = photo('lua-tan-tru');
    const results = await Promise.all([thumbnail(cover), thumbnail(cover), thumbnail(cover)]);
    expect(results).toEqual(['/_astro/lua-tan-tru.jpg?w=240', '/_astro/lua-tan-tru.jpg?w=240', '/_astro/lua-tan-tru.jpg?w=240']);
    expect(asked).toEqual(['/_astro/lua-tan-tru.jpg']);
  });

  it('computes again for another photo, and for the same file imported anew', async () => {
    let calls = 0;
    const thumbnail = perImage(async (src) => {
      calls += 1;
      return src.src;
    });
    await thumbnail(photo('lua-tan-tru'));
    await thumbnail(photo('vuon-kieng-cho-lach'));
    await thumbnail(photo('lua-tan-tru'));
    expect(calls).toBe(3);
  });
});
