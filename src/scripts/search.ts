/**
 * <bantin-search>: the search page's behaviour (SearchView.astro holds the markup). Results come
 * as the reader types (debounced); query, filters and sort live in the URL, pushed to history when
 * a filter or the sort changes and replaced while the reader keeps typing, so the back button
 * steps through searches and a copied URL reopens the same one.
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
import { SearchEngine, type Outcome } from './searchEngine.ts';
import { fillOptions, formatCount, format, offerItem, resultItem, type Strings } from './searchRender.ts';

/** Results shown at first and added by each press of "more". */
const pageSize = 10;
/** Pause after the last keystroke before searching: one search per word, not per letter. */
const typingDelay = 180;

type HistoryMode = 'push' | 'typing' | 'none';
type Selects = Record<FilterName | 'sort', HTMLSelectElement>;

const emptyFacets: SearchFacets = { districts: [], topics: [], documents: [] };

class BantinSearch extends HTMLElement {
  #engine = new SearchEngine();
  #lang: Lang = document.documentElement.lang === 'en' ? 'en' : 'vi';
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
  #typingTimer: ReturnType<typeof setTimeout> | undefined;
  #lastWasTyping = false;
  #searchToken = 0;
  /** What is being shown: the early best matches, then the full answer. */
  #listing: Pick<Outcome, 'plan' | 'best' | 'others'> | undefined;
  #rendering: Promise<void> = Promise.resolve();
  #shown = 0;

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

    const state = parseSearchState(location.search);
    if (isBlank(state)) {
      // Nothing asked yet: fetch Pagefind when the page is idle or the reader reaches the box.
      this.#input.addEventListener('focus', () => this.#preload(), { once: true });
      if ('requestIdleCallback' in window) requestIdleCallback(() => this.#preload(), { timeout: 2000 });
      else setTimeout(() => this.#preload(), 500);
    }
    void this.#update(state, 'none');
  }

  #preload(): void {
    void this.#loadFacets();
    void this.#engine
      .totals()
      .then(() => {
        const state = this.#formState();
        if (isBlank(state)) void this.#showTotals(state);
      })
      .catch(() => this.#showError());
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
    const token = ++this.#searchToken;
    // "searching" / "done": for styles and for tests that wait for an answer.
    this.dataset['state'] = 'searching';
    if (isBlank(state)) {
      this.#clearResults();
      this.#status.textContent = format(this.#strings, 'search.prompt');
      if (this.#facets) await this.#showTotals(state);
      if (token === this.#searchToken) this.dataset['state'] = 'done';
      return;
    }
    this.#results.setAttribute('aria-busy', 'true');
    // The previous results stay until the first new one is ready (no flash of an empty list).
    this.#shown = 0;
    this.#more.hidden = true;
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
        this.#listing = { plan: early.plan, best: early.best, others: [] };
        await this.#render('first', token);
      });
      if (token !== this.#searchToken) return;
      this.#fillFilters(state, outcome.counts, await facets);
      this.#listing = outcome;
      await this.#render('first', token);
      if (token !== this.#searchToken) return;
      this.#status.textContent = this.#statusText(outcome);
    } catch {
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
    const total = outcome.best.length + outcome.others.length;
    return total === 0 ? format(this.#strings, 'search.none') : formatCount(this.#strings, 'search.count', total, this.#lang);
  }

  #clearResults(): void {
    this.#listing = undefined;
    this.#shown = 0;
    this.#results.replaceChildren();
    this.#otherResults.replaceChildren();
    this.#others.hidden = true;
    this.#more.hidden = true;
    this.#documents.hidden = true;
  }

  /**
   * Renders results of the current listing, one at a time in a queue so that the early best
   * matches, the full answer and "more" never interleave: 'first' fills the first page (what is
   * already shown stays), 'more' adds a page and moves focus to its first result.
   */
  #render(what: 'first' | 'more', token = this.#searchToken): Promise<void> {
    this.#rendering = this.#rendering.then(() => this.#renderNow(what, token)).catch(() => undefined);
    return this.#rendering;
  }

  async #renderNow(what: 'first' | 'more', token: number): Promise<void> {
    const listing = this.#listing;
    if (!listing || token !== this.#searchToken) return;
    const all = [...listing.best, ...listing.others];
    const start = this.#shown;
    const end = what === 'first' ? Math.max(start, Math.min(pageSize, all.length)) : start + pageSize;
    const page = all.slice(start, end);
    // All fragments are fetched at once; each result shows as soon as it and those above it are in.
    const pending = page.map((r) => r.data());
    const items: HTMLLIElement[] = [];
    const replacePrevious = () => {
      if (start > 0) return;
      this.#results.replaceChildren();
      this.#otherResults.replaceChildren();
      this.#others.hidden = true;
    };
    if (all.length === 0) replacePrevious();
    for (const [i, request] of pending.entries()) {
      const data = await request;
      if (token !== this.#searchToken) return;
      if (i === 0) replacePrevious();
      const item = resultItem(data, listing.plan.words, this.#strings);
      items.push(item);
      if (start + i < listing.best.length) {
        this.#results.append(item);
      } else {
        this.#otherResults.append(item);
        this.#others.hidden = false;
      }
      this.#shown = start + i + 1;
    }
    this.#more.hidden = this.#shown >= all.length;
    if (what === 'more') items[0]?.querySelector('a')?.focus();
  }

  #showError(): void {
    this.#clearResults();
    this.#status.textContent = format(this.#strings, 'search.error');
  }
}

customElements.define('bantin-search', BantinSearch);
