/**
 * URL slugs from Vietnamese titles: "Chợ Lách đồng thuận hưởng ứng thi đua “Đồng khởi mới”" →
 * "cho-lach-dong-thuan-huong-ung-thi-dua-dong-khoi-moi". Tone marks go (NFD then drop combining
 * marks), "đ" becomes "d" (it has no decomposition, so it needs its own rule), and the slug is cut at
 * a word boundary so a URL never ends in half a word.
 */

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Cuts a slug to at most `maxLength` characters at a hyphen; a single longer word is cut where it must be. */
function cutAtWord(slug: string, maxLength: number): string {
  if (slug.length <= maxLength) return slug;
  const boundary = slug.slice(0, maxLength + 1).lastIndexOf('-');
  return boundary > 0 ? slug.slice(0, boundary) : slug.slice(0, maxLength);
}

/** Makes a slug from a title; throws when the title has no letters or digits to make one from. */
export function slugify(title: string, maxLength = 80): string {
  if (!Number.isInteger(maxLength) || maxLength < 1) throw new RangeError(`slug maxLength must be a positive integer, got ${maxLength}`);
  const slug = title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug === '') throw new Error(`Cannot make a URL slug from ${JSON.stringify(title)}: it has no letters or digits`);
  return cutAtWord(slug, maxLength);
}

/**
 * `base` if no other article uses it, else "base-2", "base-3", …; the base is shortened (at a word)
 * when the suffix would push it past `maxLength`.
 */
export function uniqueSlug(base: string, taken: ReadonlySet<string>, maxLength = 80): string {
  if (!taken.has(base) && base.length <= maxLength) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${cutAtWord(base, maxLength - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** True for lower-case letters and digits joined by single hyphens, optionally within `maxLength`. */
export function isValidSlug(s: string, maxLength = Infinity): boolean {
  return s.length <= maxLength && slugPattern.test(s);
}
