import { langs } from '../i18n/locales.ts';
import { paths } from './paths.ts';

/**
 * The two Pagefind bundles in the build output (src/integrations/pagefind.ts) and what each is for.
 * A word that appears in most of 10,000 articles has postings of 50–200 KB in the full-text index
 * (every position on every page), and a query of common words needs several of them: over the
 * budget of issue 3 (first results under 300 ms and 300 KB). The same word in headlines alone
 * (district, title, lede, document numbers) costs a few KB. So the search page asks the headline
 * bundle first and shows what it finds, then the full bundle for the complete list and the counts.
 */
export const bundleDirs = {
  /** Full text of every article: the complete result list, filters with counts. */
  full: 'pagefind',
  /** Headlines only: the first results, fast. */
  head: 'pagefind-head',
} as const;

/** An article page's file in the build output ("tin-tuc/2024/slug/index.html"), from the URL table. */
const articleFile = new RegExp(
  `^(?:${langs
    .map((lang) =>
      paths
        .article(lang, '{year}', '{slug}')
        .slice(1)
        .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
        .replace('{year}', '\\d{4}')
        .replace('{slug}', '[^/]+'),
    )
    .join('|')})index\\.html$`,
);

/**
 * True for the output file of an article page, relative to the output folder: only articles carry
 * data-pagefind-body, so the indexer reads these and skips the ~10,000 list, district and document pages.
 */
export function isArticleFile(relativePath: string): boolean {
  return articleFile.test(relativePath.split('\\').join('/'));
}

/**
 * The part of an article page the headline bundle needs, as a small page of its own: the `<html>`
 * tag (its lang picks the index), the article from its start to the end of the lede (district
 * line, title, the ignored date line, lede) and the hidden search metadata at its end
 * (src/components/SearchIndexMeta.astro). Pagefind then parses about 2 KB instead of the whole
 * page: the headline bundle costs a fraction of the full one to build. Null when the page does not
 * have that shape; the caller hands over the whole page instead (the indexer's selectors give the
 * same headline, only slower).
 */
export function headlineHtml(html: string): string | null {
  const htmlTag = /<html\b[^>]*>/.exec(html);
  const article = html.indexOf('<article');
  const lede = html.indexOf('class="lede"', article);
  const ledeEnd = lede < 0 ? -1 : html.indexOf('</p>', lede);
  const meta = html.indexOf('<div hidden data-pagefind-ignore>', ledeEnd);
  const articleEnd = meta < 0 ? -1 : html.indexOf('</article>', meta);
  if (!htmlTag || article < 0 || ledeEnd < 0 || articleEnd < 0) return null;
  return `${htmlTag[0]}<body>${html.slice(article, ledeEnd + '</p>'.length)}${html.slice(meta, articleEnd + '</article>'.length)}</body></html>`;
}
