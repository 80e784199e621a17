import type { ImageMetadata } from 'astro';

/**
 * `compute` once for each photo, however many pages ask for it. A build shows an article's
 * thumbnail on every list it is in and beside every article it is related to (about nine pages an
 * article at 10,000 articles), and its feed picture in each of its feeds; Astro's `getImage` works
 * the same file names and srcset out again each time. The result is the same each time: `getImage`
 * registers a file for the build once, by its options.
 *
 * Keyed by the photo's metadata object, which the archive loads once per build: a photo imported
 * again (the dev server after an edit) is a new object and is computed anew.
 */
export function perImage<T>(compute: (src: ImageMetadata) => Promise<T>): (src: ImageMetadata) => Promise<T> {
  const results = new WeakMap<ImageMetadata, Promise<T>>();
  return (src) => {
    let result = results.get(src);
    if (!result) {
      result = compute(src);
      results.set(src, result);
    }
    return result;
  };
}
