/**
 * The search page's state, kept in its URL so a search can be linked, bookmarked and restored
 * with the back button (docs/architecture.md, section Search):
 * `?q=…&district=…&document=…&year=…&topic=…&sort=…`. Filters hold ids (`district=tan-tru-long-an`),
 * the same ids the district and document pages use.
 */

export const sortOrders = ['newest', 'oldest', 'relevance'] as const;
export type SortOrder = (typeof sortOrders)[number];
export const defaultSort: SortOrder = 'newest';

/** The Pagefind filters, named as on the article markup (src/components/SearchIndexMeta.astro). */
export const filterNames = ['district', 'document', 'year', 'topic'] as const;
export type FilterName = (typeof filterNames)[number];

export interface SearchState {
  /** What the reader typed, as typed (trimmed of outer spaces only when searching). */
  q: string;
  /** One value per filter, or '' for "all". */
  filters: Record<FilterName, string>;
  sort: SortOrder;
}

/** Ids are lower-case words and hyphens; years are four digits. Anything else is ignored. */
const validValue: Record<FilterName, RegExp> = {
  district: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
  document: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
  year: /^\d{4}$/,
  topic: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
};

/** The longest query kept from a URL: a search box needs no more, and a URL should not carry more. */
const maxQueryLength = 200;

export function emptyFilters(): Record<FilterName, string> {
  return { district: '', document: '', year: '', topic: '' };
}

export function emptyState(): SearchState {
  return { q: '', filters: emptyFilters(), sort: defaultSort };
}

function isSortOrder(value: string): value is SortOrder {
  return (sortOrders as readonly string[]).includes(value);
}

/** Reads the state from a URL's query string; unknown or malformed values fall back to defaults. */
export function parseSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state = emptyState();
  state.q = (params.get('q') ?? '').slice(0, maxQueryLength);
  for (const name of filterNames) {
    const value = (params.get(name) ?? '').trim().toLowerCase();
    if (validValue[name].test(value)) state.filters[name] = value;
  }
  const sort = params.get('sort') ?? '';
  if (isSortOrder(sort)) state.sort = sort;
  return state;
}

/**
 * The query string for a state ("?q=tan+tru&district=tan-tru-long-an"), or "" for the empty
 * state. Keys come in a fixed order and defaults are left out, so one state has one URL.
 */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q);
  for (const name of filterNames) if (state.filters[name] !== '') params.set(name, state.filters[name]);
  if (state.sort !== defaultSort) params.set('sort', state.sort);
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

export function sameState(a: SearchState, b: SearchState): boolean {
  return serializeSearchState(a) === serializeSearchState(b);
}

export function hasFilters(state: SearchState): boolean {
  return filterNames.some((name) => state.filters[name] !== '');
}

/** Nothing to search for: no words and no filter. The page then shows its prompt, not results. */
export function isBlank(state: SearchState): boolean {
  return state.q.trim() === '' && !hasFilters(state);
}

/** Pagefind's search options for a state: the chosen filters and the date sort (none for relevance). */
export function pagefindOptions(state: SearchState): { filters: Partial<Record<FilterName, string>>; sort: { date?: 'asc' | 'desc' } } {
  const filters: Partial<Record<FilterName, string>> = {};
  for (const name of filterNames) if (state.filters[name] !== '') filters[name] = state.filters[name];
  // Relevance means nothing without words: a filter-only listing stays newest first.
  const sort = state.sort === 'oldest' ? 'asc' : state.sort === 'relevance' && state.q.trim() !== '' ? undefined : 'desc';
  return { filters, sort: sort ? { date: sort } : {} };
}
