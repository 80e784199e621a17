import { langs, type Lang } from '../i18n/locales.ts';
import { paths } from './paths.ts';

/**
 * The two kinds of Pagefind bundle in the build output (built by src/integrations/searchIndexer.ts) and what each is for.
 * A word that appears in most of 10,000 articles has postings of 50–200 KB in the full-text index
 * (every position on every page), and a query of common words needs several of them: over the
 * search budget (first results under 300 ms and 300 KB, docs/performance.md). The same word in headlines alone
 * (district, title, lede, document numbers) costs a few KB. So the search page asks the headline
 * bundle first and shows what it finds, then the full bundle for the complete list and the counts.
 */
export const bundleDirs = {
  /** Full text of every article: the complete result list, filters with counts. */
  full: 'pagefind',
  /** Headlines only: the first results, fast. */
  head: 'pagefind-head',
} as const;

export type BundleKind = keyof typeof bundleDirs;

/**
 * One bundle per kind and language ("pagefind/vi"): the search page of a language searches only
 * that language's articles, and Pagefind builds each bundle on one core, so bundles of their own
 * let the build make the Vietnamese and the English indexes at the same time.
 */
export function bundleDir(kind: BundleKind, lang: Lang): string {
  return `${bundleDirs[kind]}/${lang}`;
}

/**
 * An article page's file in the build output ("tin-tuc/2024/slug/index.html"), from the URL table,
 * by language. Marked pure so the search page's script, which imports this module for `bundleDir`,
 * leaves it out (149 bytes gzipped, and the work at load).
 */
const articleFiles = /* @__PURE__ */ langs.map(
  (lang) =>
    [
      lang,
      new RegExp(
        `^${paths
          .article(lang, '{year}', '{slug}')
          .slice(1)
          .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
          .replace('{year}', '\\d{4}')
          .replace('{slug}', '[^/]+')}index\\.html$`,
      ),
    ] as const,
);

/**
 * The language of an article page's output file, relative to the output folder; undefined for
 * every other page. Only articles carry data-pagefind-body, so the indexer reads these and skips
 * the ~10,000 list, district and document pages.
 */
export function articleFileLang(relativePath: string): Lang | undefined {
  const path = relativePath.split('\\').join('/');
  return articleFiles.find(([, pattern]) => pattern.test(path))?.[0];
}

/**
 * Where an article page's search parts are: its `<html>` tag (whose lang picks the index), the
 * article element, the end of its lede, and the hidden search metadata, which closes the article
 * (src/components/SearchIndexMeta.astro). Null when the page does not have that shape.
 */
function articleParts(html: string): { htmlTag: string; start: number; ledeEnd: number; meta: number; end: number } | null {
  const htmlTag = /<html\b[^>]*>/.exec(html);
  const start = html.indexOf('<article');
  const lede = html.indexOf('class="lede"', start);
  const ledeClose = lede < 0 ? -1 : html.indexOf('</p>', lede);
  const meta = html.indexOf('<div hidden data-pagefind-ignore>', ledeClose);
  const articleEnd = meta < 0 ? -1 : html.indexOf('</article>', meta);
  if (!htmlTag || start < 0 || ledeClose < 0 || articleEnd < 0) return null;
  return { htmlTag: htmlTag[0], start, ledeEnd: ledeClose + '</p>'.length, meta, end: articleEnd + '</article>'.length };
}

/**
 * The parts of an article page each bundle indexes, each as a small page of its own with the
 * `<html>` tag (its lang picks the index); null when the page does not have that shape, and the
 * caller hands over the whole page instead.
 * - `article`, for the full text: the article alone. Everything Pagefind reads is inside it
 *   (data-pagefind-body, its meta, filters and sort), so the index is the same, but Pagefind parses
 *   a fifth of the page (the inline stylesheet, header, related articles and footer stay out).
 * - `headline`: the article from its start to the end of the lede (district line, title, the
 *   ignored date line, lede) and the hidden search metadata at its end, about 2 KB: the headline
 *   bundle costs a fraction of the full one to build (the indexer's selectors give the same
 *   headline from a whole page, only slower).
 */
export function searchParts(html: string): { article: string; headline: string } | null {
  const parts = articleParts(html);
  if (!parts) return null;
  const page = (body: string) => `${parts.htmlTag}<body>${body}</body></html>`;
  return {
    article: page(html.slice(parts.start, parts.end)),
    headline: page(html.slice(parts.start, parts.ledeEnd) + html.slice(parts.meta, parts.end)),
  };
}
