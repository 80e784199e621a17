import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import type { FeedImage } from './feed.ts';
import type { SocialImage } from './socialCard.ts';

/**
 * An article's cover in the sizes that leave the page: for feeds and structured data (a JPEG up to
 * 1200 px wide, the shape of the photo) and for link previews (1200×630, the shape Facebook, Zalo
 * and X show). JPEG, since not every feed reader or crawler takes AVIF or WebP. Astro generates
 * each once per build, however many pages ask for it.
 */

type Cover = { src: ImageMetadata; alt: string };

const WIDE = 1200;

export async function coverForFeed(cover: Cover): Promise<FeedImage> {
  const width = Math.min(WIDE, cover.src.width);
  const image = await getImage({ src: cover.src, width, format: 'jpeg', quality: 80 });
  return { path: image.src, width, height: Math.round((cover.src.height * width) / cover.src.width) };
}

export async function coverForSocial(cover: Cover): Promise<SocialImage> {
  const width = Math.min(WIDE, cover.src.width);
  const height = Math.round((width * 630) / 1200);
  const image = await getImage({ src: cover.src, width, height, fit: 'cover', format: 'jpeg', quality: 80 });
  return { src: image.src, alt: cover.alt, width, height };
}
