/**
 * Is this a well-formed page path? The API answers 400 with the reason when it is not, and 404
 * when it is well formed but not a page of the site. Page paths are what `location.pathname`
 * shows once decoded: "/tin-tuc/2024/slug/".
 */

export const maxPathLength = 512;

/** Zero-width and bidirectional formatting characters (Unicode category Cf): invisible tricks. */
const invisible = /\p{Cf}/u;
const control = /[\u0000-\u001f\u007f-\u009f]/;

/** Why `path` is not a well-formed page path, or undefined when it is. */
export function pathProblem(path: unknown): string | undefined {
  if (typeof path !== 'string') return '"path" must be a string';
  if (path.length === 0) return '"path" is empty';
  if (path.length > maxPathLength) return `"path" is longer than ${maxPathLength} characters`;
  if (!path.startsWith('/')) return '"path" must start with "/"';
  if (!path.isWellFormed()) return '"path" is not well-formed Unicode';
  if (control.test(path)) return '"path" contains control characters';
  if (/[?#]/.test(path)) return '"path" must not contain a query string or fragment';
  if (path.includes('%')) return '"path" must be decoded (no %-escapes)';
  if (/[\\\s]/.test(path)) return '"path" must not contain backslashes or white space';
  if (invisible.test(path)) return '"path" contains invisible formatting characters';
  if (path.normalize('NFC') !== path) return '"path" is not in Unicode normal form C';
  const segments = path.split('/').slice(1);
  if (segments.some((s) => s === '.' || s === '..')) return '"path" must not contain "." or ".." segments';
  // The last segment is empty when the path ends with "/", as the site's paths do.
  if (segments.slice(0, -1).some((s) => s === '')) return '"path" must not contain empty segments ("//")';
  return undefined;
}
