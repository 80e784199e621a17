import type { LoaderContext } from 'astro/loaders';

/**
 * The loader context with `salt` added to every text it digests. glob() keeps an entry, as it
 * was first read and rendered, while its file's digest is unchanged: a new salt makes it read and
 * render every entry again, whatever did not show in the files.
 */
export function saltedDigests<C extends LoaderContext>(context: C, salt: string): C {
  const tail = `\n<!-- ${salt} -->`;
  return { ...context, generateDigest: (data) => context.generateDigest(typeof data === 'string' ? `${data}${tail}` : data) };
}
