import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import type { FeedImage } from './feed.ts';

/**
 * An article's cover as it leaves the page, for feeds and structured data: a JPEG up to 1200 px
 * wide in the photo's own shape (not every feed reader or crawler takes AVIF or WebP). Astro
 * generates it once per build, however many pages and feeds ask for it.
 */

type Cover = { src: ImageMetadata; alt: string };

const WIDE = 1200;

export async function coverForFeed(cover: Cover): Promise<FeedImage> {
  const width = Math.min(WIDE, cover.src.width);
  // One file: the site's responsive `layout` would add a srcset of other widths no feed reads.
  const image = await getImage({ src: cover.src, width, format: 'jpeg', quality: 80, layout: 'none' });
  return { path: image.src, width, height: Math.round((cover.src.height * width) / cover.src.width) };
}
