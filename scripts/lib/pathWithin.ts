import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * True when `inner` is `outer` or a path inside it, by their names (symbolic links are not
 * followed). Relative paths are taken from the working directory.
 */
export function isWithin(inner: string, outer: string): boolean {
  const path = relative(resolve(outer), resolve(inner));
  // On Windows, a path on another drive comes back absolute.
  return path === '' || (path !== '..' && !path.startsWith(`..${sep}`) && !isAbsolute(path));
}
