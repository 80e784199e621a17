/**
 * Which articles get a social card of their own. Rendering a 1200×630 card costs tens of
 * milliseconds, so a card per article would make a cold build of a 10,000-article archive spend
 * most of its time on pictures nobody shares: links are shared when an article is new. The newest
 * `recent` articles of each language get their own card; older ones point at their district's card
 * (src/pages/og/district/). The rule reads only the article's rank in its language, never the card
 * cache, so the same content always gives the same pages and the same files in dist/.
 */

/**
 * Articles per language with their own card when BANTIN_CARDS_RECENT is not set: about a month of
 * a provincial portal's news (3-4 articles a day), since a news article is shared mostly while it
 * is new. An older article's link preview still shows its own title and lede (og:title,
 * og:description) beside its district's card. 500 cost a cold 10,000-article build 3-16 s more,
 * 7.5 s in the median of five alternating pairs (docs/performance.md, Tried and dropped).
 */
export const DEFAULT_CARDS_RECENT = 100;

/**
 * BANTIN_CARDS_RECENT: a whole number ≥ 0, or "all" for a card per article. Anything else stops
 * the build: a typo must not silently change what every shared link shows.
 */
export function parseCardsRecent(value: string | undefined): number {
  const text = value?.trim() ?? '';
  if (text === '') return DEFAULT_CARDS_RECENT;
  if (text.toLowerCase() === 'all') return Number.POSITIVE_INFINITY;
  if (!/^\d+$/.test(text)) {
    throw new Error(`BANTIN_CARDS_RECENT="${value}": expected a whole number of articles per language (e.g. 100) or "all"`);
  }
  return Number(text);
}

/** The setting for this build, read once. */
export const cardsRecent = parseCardsRecent(process.env['BANTIN_CARDS_RECENT']);

/**
 * True when the article has its own card: it is among the `recent` newest of its language.
 * `rank` is its position in the language's newest-first list (0 = newest), set by buildArchive.
 */
export function hasOwnCard(article: { rank: number }, recent: number = cardsRecent): boolean {
  return article.rank < recent;
}
