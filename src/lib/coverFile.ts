import path from 'node:path';
import { parseYaml, splitFrontmatter } from './yamlSource.ts';

/**
 * The file of an article's cover photo, from the article's own frontmatter (`cover.src`, a path
 * relative to the article file, as Astro's image() reads it). The social card draws the photo from
 * this file; the build's image pipeline only hands pages the URLs of its optimised copies.
 * Undefined when the article has no cover, or names it another way (an alias, a URL): its card
 * then stays the text card.
 *
 * @param articleFile the article's path, e.g. "content/articles/vi/2024/slug.md"
 * @param raw the article file's text
 */
export function coverFile(articleFile: string, raw: string): string | undefined {
  const frontmatter = splitFrontmatter(raw);
  if (!frontmatter) return undefined;
  const data = parseYaml(frontmatter.yaml).value as { cover?: { src?: unknown } } | null | undefined;
  const src = data?.cover?.src;
  if (typeof src !== 'string' || !/^\.{1,2}\//.test(src)) return undefined;
  return path.join(path.dirname(articleFile), src);
}
