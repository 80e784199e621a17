import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { benchPhoto } from './benchPhoto.ts';

describe('benchPhoto', () => {
  it('is a 1600 px JPEG of a real photo’s weight, the same bytes for the same seed', async () => {
    const photo = await benchPhoto(7);
    expect(await sharp(photo).metadata()).toMatchObject({ format: 'jpeg', width: 1600, height: 1000 });
    expect(photo.length).toBeGreaterThan(200_000);
    expect(photo.length).toBeLessThan(400_000);
    expect((await benchPhoto(7)).equals(photo)).toBe(true);
    expect((await benchPhoto(8)).equals(photo)).toBe(false);
  });
});
