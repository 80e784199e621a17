import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import type { FeedImage } from './feed.ts';
import { perImage } from './perImage.ts';

/**
 * An article's cover as it leaves the page, for feeds and structured data: a JPEG up to 1200 px
 * wide in the photo's own shape (not every feed reader or crawler takes AVIF or WebP). Astro
 * generates it once per build, and works it out once per photo (perImage), however many pages and
 * feeds ask for it.
 */

type Cover = { src: ImageMetadata; alt: string };

const WIDE = 1200;

const feedImage = perImage(async (src): Promise<FeedImage> => {
  const width = Math.min(WIDE, src.width);
  // One file: the site's responsive `layout` would add a srcset of other widths no feed reads.
  const image = await getImage({ src, width, format: 'jpeg', quality: 80, layout: 'none' });
  return { path: image.src, width, height: Math.round((src.height * width) / src.width) };
});

export function coverForFeed(cover: Cover): Promise<FeedImage> {
  return feedImage(cover.src);
}
