/**
 * <bantin-search>: the search page's behaviour (SearchView.astro holds the markup). Results come
 * as the reader types (debounced); query, filters and sort live in the URL, pushed to history when
 * a filter or the sort changes and replaced while the reader keeps typing, so the back button
 * steps through searches and a copied URL reopens the same one. Pagefind is not loaded when the
 * page opens (it would cost a phone its first second: two scripts, two WebAssembly modules and
 * their workers): the headline bundle loads when the reader shows intent (focus in the search box),
 * the full bundle with the first question, or with the filters when the reader reaches them.
 */
import type { Lang } from '../i18n/locales.ts';
import { documentOffers, filterLabels, type SearchFacets } from '../lib/searchFacets.ts';
import { planQuery } from '../lib/searchQuery.ts';
import {
  emptyFilters,
  filterNames,
  isBlank,
  parseSearchState,
  serializeSearchState,
  sortOrders,
  type FilterName,
  type SearchState,
} from '../lib/searchState.ts';
import { SearchEngine, type Bundle, type Listing, type Outcome, type PagefindResult } from './searchEngine.ts';
import { fillOptions, formatCount, format, offerItem, resultItem, type Strings } from './searchRender.ts';

/** Results shown at first and added by each press of "more". */
const pageSize = 10;
/** Where the filters start open (SearchForm.astro): wider than a phone held upright. */
const wideScreen = '(min-width: 48rem)';
/** Pause after the last keystroke before searching: one search per word, not per letter. */
const typingDelay = 180;

type HistoryMode = 'push' | 'typing' | 'none';
/** The two lists shown: the best matches, and the other results under their own heading. */
type Section = 'best' | 'others';
const sections: readonly Section[] = ['best', 'others'];

/**
 * Each list in its order: headline matches before the full text's. Each listing of one search
 * begins each list with that list of the listing before, so what is shown never moves.
 */
function lists(listing: Listing): Record<Section, PagefindResult[]> {
  return { best: [...listing.headline, ...listing.best], others: [...listing.headlineApart, ...listing.others] };
}
type Selects = Record<FilterName | 'sort', HTMLSelectElement>;

const emptyFacets: SearchFacets = { districts: [], topics: [], documents: [] };

class BantinSearch extends HTMLElement {
  #lang: Lang = document.documentElement.lang === 'en' ? 'en' : 'vi';
  #engine = new SearchEngine(this.#lang, (bundle) => this.#markLoaded(bundle));
  #strings: Strings = {};
  #facets: Promise<SearchFacets> | undefined;
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #selects!: Selects;
  #status!: HTMLElement;
  #results!: HTMLOListElement;
  #others!: HTMLElement;
  #otherResults!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #documents!: HTMLElement;
  #documentList!: HTMLUListElement;
  #filtersActive!: HTMLElement;
  #typingTimer: ReturnType<typeof setTimeout> | undefined;
  #lastWasTyping = false;
  #searchToken = 0;
  /** What is being shown: the early matches, then the full answer (with its count). */
  #listing: Listing | undefined;
  #total: number | undefined;
  #rendering: Promise<void> = Promise.resolve();
  /** Results shown in each list, and places of each list gone through (shown, or left out as a repeat). */
  #shown: Record<Section, number> = { best: 0, others: 0 };
  #consumed: Record<Section, number> = { best: 0, others: 0 };
  /** URLs of the results gone through: the bundles repeat each other's results, under other ids. */
  #seenUrls = new Set<string>();
  /** A new search has begun and its first result has not replaced the previous ones yet. */
  #replacePending = false;

  connectedCallback(): void {
    const $ = <T extends Element>(selector: string) => this.querySelector<T>(selector)!;
    this.#strings = JSON.parse(this.dataset['strings'] ?? '{}') as Strings;
    this.#form = $('[data-search-form]');
    this.#input = $('#search-q');
    this.#selects = Object.fromEntries([...filterNames, 'sort'].map((name) => [name, $(`#search-${name}`)])) as Selects;
    this.#status = $('[data-status]');
    this.#results = $('[data-results]');
    this.#others = $('[data-others]');
    this.#otherResults = $('[data-other-results]');
    this.#more = $('[data-more]');
    this.#documents = $('[data-documents]');
    this.#documentList = $('[data-document-list]');
    this.#filtersActive = $('[data-filters-active]');
    // Filters open on wide screens; on phones they stay folded so results fill the first screen.
    if (matchMedia(wideScreen).matches) $<HTMLDetailsElement>('[data-filters]').open = true;
    $<HTMLElement>('[data-search-ui]').hidden = false;

    this.#input.addEventListener('input', () => this.#onTyping());
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(this.#typingTimer);
      void this.#update(this.#formState(), 'typing');
    });
    for (const select of Object.values(this.#selects))
      select.addEventListener('change', () => void this.#update(this.#formState(), 'push'));
    $<HTMLButtonElement>('[data-clear]').addEventListener('click', () => {
      void this.#update({ ...this.#formState(), filters: emptyFilters(), sort: 'newest' }, 'push');
    });
    this.#more.addEventListener('click', () => void this.#render('more'));
    window.addEventListener('popstate', () => {
      this.#lastWasTyping = false;
      void this.#update(parseSearchState(location.search), 'none');
    });

    // Nothing is loaded until the reader shows intent; a URL with a question starts at once (#update).
    // The box: the headline bundle, so that the first question is answered from it at once.
    this.#input.addEventListener('focus', () => this.#prepareSearch(), { once: true });
    this.#input.addEventListener('input', () => this.#prepareSearch(), { once: true });
    // The filters: their options come from the full bundle's counts (pointer over them, or focus).
    const filters = $<HTMLDetailsElement>('[data-filters]');
    filters.addEventListener('pointerenter', () => this.#prepareFilters(), { once: true });
    filters.addEventListener('focusin', () => this.#prepareFilters(), { once: true });
    void this.#update(parseSearchState(location.search), 'none');
  }

  /** For tests and benchmarks: which bundles are loaded ("head", "head full"). */
  #markLoaded(bundle: Bundle): void {
    this.dataset['loaded'] = [this.dataset['loaded'], bundle].filter(Boolean).join(' ');
  }

  #prepareSearch(): void {
    void this.#loadFacets();
    this.#engine.load().catch(() => this.#showError());
  }

  #prepareFilters(): void {
    if (this.#engine.fullRequested) return;
    void this.#loadFacets();
    const state = this.#formState();
    if (isBlank(state)) this.#showTotals(state).catch(() => this.#showError());
    else this.#engine.loadFull().catch(() => this.#showError());
  }

  #loadFacets(): Promise<SearchFacets> {
    this.#facets ??= fetch(this.dataset['facets'] ?? '')
      .then((r) => (r.ok ? (r.json() as Promise<SearchFacets>) : emptyFacets))
      .catch(() => emptyFacets);
    return this.#facets;
  }

  #onTyping(): void {
    clearTimeout(this.#typingTimer);
    this.#typingTimer = setTimeout(() => void this.#update(this.#formState(), 'typing'), typingDelay);
  }

  #formState(): SearchState {
    const filters = emptyFilters();
    for (const name of filterNames) filters[name] = this.#selects[name].value;
    const sort = sortOrders.find((s) => s === this.#selects.sort.value) ?? 'newest';
    return { q: this.#input.value, filters, sort };
  }

  #fillForm(state: SearchState): void {
    if (this.#input.value !== state.q) this.#input.value = state.q;
    for (const name of filterNames) {
      const select = this.#selects[name];
      // A value from the URL may not be an option yet: add it until the counts arrive.
      if (state.filters[name] !== '' && ![...select.options].some((o) => o.value === state.filters[name])) {
        select.append(new Option(state.filters[name], state.filters[name]));
      }
      select.value = state.filters[name];
    }
    this.#selects.sort.value = state.sort;
  }

  #writeUrl(state: SearchState, mode: HistoryMode): void {
    if (mode === 'none') return;
    const url = `${location.pathname}${serializeSearchState(state)}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (mode === 'typing' && this.#lastWasTyping) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    this.#lastWasTyping = mode === 'typing';
  }

  async #update(state: SearchState, mode: HistoryMode): Promise<void> {
    this.#writeUrl(state, mode);
    if (mode !== 'typing') this.#fillForm(state);
    const chosen = filterNames.filter((name) => state.filters[name] !== '').length;
    this.#filtersActive.textContent = chosen === 0 ? '' : ` ${format(this.#strings, 'search.filtersActive', { count: chosen })}`;
    const token = ++this.#searchToken;
    // "searching" / "done": for styles and for tests that wait for an answer.
    this.dataset['state'] = 'searching';
    if (isBlank(state)) {
      this.#clearResults();
      this.#status.textContent = format(this.#strings, 'search.prompt');
      // The counts over the whole archive, once the full bundle is there or asked for.
      if (this.#engine.fullRequested) await this.#showTotals(state);
      if (token === this.#searchToken) this.dataset['state'] = 'done';
      return;
    }
    this.#results.setAttribute('aria-busy', 'true');
    // The previous results stay until the first new one is ready (no flash of an empty list).
    this.#resetListing();
    this.#replacePending = true;
    const facets = this.#loadFacets();
    void facets.then((f) => {
      if (token !== this.#searchToken) return;
      const offers = documentOffers(f, planQuery(state.q).docKey, this.#lang);
      this.#documentList.replaceChildren(...offers.map(offerItem));
      this.#documents.hidden = offers.length === 0;
    });
    try {
      const outcome = await this.#engine.search(state, async (early) => {
        if (token !== this.#searchToken) return;
        this.#listing = early;
        await this.#render('first', token);
      });
      if (token !== this.#searchToken) return;
      this.#fillFilters(state, outcome.counts, await facets);
      this.#listing = outcome;
      this.#total = outcome.total;
      await this.#render('first', token);
      if (token !== this.#searchToken) return;
      this.#status.textContent = this.#statusText(outcome);
    } catch (error) {
      // Kept in the console for whoever looks into a report of the message.
      console.error(error);
      if (token === this.#searchToken) this.#showError();
    } finally {
      if (token === this.#searchToken) {
        this.#results.removeAttribute('aria-busy');
        this.dataset['state'] = 'done';
      }
    }
  }

  async #showTotals(state: SearchState): Promise<void> {
    const [totals, facets] = await Promise.all([this.#engine.totals(), this.#loadFacets()]);
    if (!isBlank(this.#formState())) return;
    this.#fillFilters(state, totals as Outcome['counts'], facets);
  }

  #fillFilters(state: SearchState, counts: Partial<Outcome['counts']>, facets: SearchFacets): void {
    const labels = filterLabels(facets);
    const collator = new Intl.Collator(this.#lang);
    for (const name of filterNames) {
      const label = name === 'year' ? (v: string) => v : (v: string) => labels[name].get(v) ?? v;
      const order =
        name === 'year' ? (a: string, b: string) => b.localeCompare(a) : (a: string, b: string) => collator.compare(label(a), label(b));
      fillOptions(this.#selects[name], counts[name] ?? {}, state.filters[name], label, order, this.#strings);
    }
  }

  #statusText(outcome: Outcome): string {
    const total = outcome.total;
    return total === 0 ? format(this.#strings, 'search.none') : formatCount(this.#strings, 'search.count', total, this.#lang);
  }

  #clearResults(): void {
    this.#resetListing();
    this.#replacePending = false;
    this.#emptyLists();
    this.#documents.hidden = true;
  }

  /** Forgets the listing being shown: its counters and the articles already listed. */
  #resetListing(): void {
    this.#listing = undefined;
    this.#total = undefined;
    this.#shown = { best: 0, others: 0 };
    this.#consumed = { best: 0, others: 0 };
    this.#seenUrls = new Set();
    this.#more.hidden = true;
  }

  #emptyLists(): void {
    this.#results.replaceChildren();
    this.#otherResults.replaceChildren();
    this.#others.hidden = true;
  }

  /**
   * Renders results of the current listing, one at a time in a queue so that the early matches, the
   * full answer and "more" never interleave. 'first' fills the best matches up to a page and the
   * other results up to a page in all, keeping what is already shown (each listing begins each list
   * with the one before: headline matches apart shown early stay at the top of the other results
   * when the full text's best matches arrive above them); 'more' adds a page, best matches first,
   * and moves focus to its first result. An article already listed is passed over.
   */
  #render(what: 'first' | 'more', token = this.#searchToken): Promise<void> {
    this.#rendering = this.#rendering.then(() => this.#renderNow(what, token)).catch(() => undefined);
    return this.#rendering;
  }

  #replacePrevious(): void {
    if (!this.#replacePending) return;
    this.#replacePending = false;
    this.#emptyLists();
  }

  async #renderNow(what: 'first' | 'more', token: number): Promise<void> {
    const listing = this.#listing;
    if (!listing || token !== this.#searchToken) return;
    const all = lists(listing);
    const shownInAll = () => this.#shown.best + this.#shown.others;
    const allShown = () => this.#total !== undefined && shownInAll() >= this.#total;
    if (all.best.length + all.others.length === 0) this.#replacePrevious();
    let focus = what === 'more';
    const pageEnd = shownInAll() + pageSize;
    for (const section of sections) {
      // How many more results this list has room for (the best matches a page, both lists a page
      // in all; for 'more', the rest of the added page).
      const room = () =>
        what === 'more' ? pageEnd - shownInAll() : section === 'best' ? pageSize - this.#shown.best : pageSize - shownInAll();
      while (room() > 0 && this.#consumed[section] < all[section].length && !allShown()) {
        // A page's fragments are fetched at once; each result shows as soon as it and those above it are in.
        const batch = all[section].slice(this.#consumed[section], this.#consumed[section] + room());
        const pending = batch.map((result) => result.data());
        for (const request of pending) {
          const data = await request;
          if (token !== this.#searchToken || this.#listing !== listing) return;
          this.#consumed[section] += 1;
          if (this.#seenUrls.has(data.url)) continue;
          this.#seenUrls.add(data.url);
          this.#replacePrevious();
          const item = resultItem(data, listing.plan.words, this.#strings);
          if (section === 'others') {
            this.#otherResults.append(item);
            this.#others.hidden = false;
          } else {
            this.#results.append(item);
          }
          // "More": focus moves to the first new result as soon as it is there.
          if (focus) {
            item.querySelector('a')?.focus();
            focus = false;
          }
          this.#shown[section] += 1;
          // The rest of the batch can only be repeats.
          if (allShown()) break;
        }
      }
    }
    this.#more.hidden = sections.every((section) => this.#consumed[section] >= all[section].length) || allShown();
  }

  #showError(): void {
    this.#clearResults();
    this.#status.textContent = format(this.#strings, 'search.error');
  }
}

customElements.define('bantin-search', BantinSearch);
