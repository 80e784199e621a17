import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import { perImage } from './perImage.ts';

/**
 * A list's picture of an article (src/components/Thumbnail.astro), worked out once per photo and
 * size for the whole build (perImage): the same thumbnail is on the lists and the related
 * articles of many pages. How a page loads it (eager or lazy) is set on the page's own <img>.
 */

export type ThumbnailSize = 'small' | 'lead';

// 3:2 everywhere, so a list lines up whatever the photos' own shapes. The widths cover the
// displayed size at 1x and 2x; never wider than the original.
const shapes: Record<ThumbnailSize, { width: number; height: number; widths: number[]; sizes: string }> = {
  small: { width: 240, height: 160, widths: [160, 240, 480], sizes: '(min-width: 40rem) 240px, 34vw' },
  lead: { width: 720, height: 480, widths: [360, 540, 720, 1080, 1440], sizes: '(min-width: 60rem) 44rem, calc(100vw - 2rem)' },
};

function thumbnailOf(size: ThumbnailSize) {
  const shape = shapes[size];
  return perImage((src: ImageMetadata) => {
    const widths = shape.widths.filter((w) => w <= src.width);
    // WebP alone (every current browser shows it), as every photo on the site: three widths are 3
    // files per photo where AVIF, WebP and JPEG at four would be 12, which a build of thousands of
    // photos pays for (docs/architecture.md, section Photos through astro:assets).
    return getImage({
      src,
      format: 'webp',
      width: shape.width,
      height: shape.height,
      widths: widths.length > 0 ? widths : [src.width],
      sizes: shape.sizes,
      layout: 'constrained',
      fit: 'cover',
      position: 'center',
    });
  });
}

export const thumbnailImage: Record<ThumbnailSize, ReturnType<typeof thumbnailOf>> = {
  small: thumbnailOf('small'),
  lead: thumbnailOf('lead'),
};
