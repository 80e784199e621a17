/**
 * <bantin-search>: the search page's behaviour (SearchView.astro holds the markup). Results come
 * as the reader types (debounced); query, filters and sort live in the URL, pushed to history when
 * a filter or the sort changes and replaced while the reader keeps typing, so the back button
 * steps through searches and a copied URL reopens the same one.
 */
import type { Lang } from '../i18n/locales.ts';
import { documentOffers, filterLabels, type SearchFacets } from '../lib/searchFacets.ts';
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
  #outcome: Outcome | undefined;
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
    this.#more.addEventListener('click', () => void this.#showMore(true));
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
    try {
      const [outcome, facets] = await Promise.all([this.#engine.search(state), this.#loadFacets()]);
      if (token !== this.#searchToken) return;
      this.#fillFilters(state, outcome.counts, facets);
      // The previous results stay until the first new one is ready (no flash of an empty list).
      this.#outcome = outcome;
      this.#shown = 0;
      this.#more.hidden = true;
      const offers = documentOffers(facets, outcome.plan.docKey, this.#lang);
      this.#documentList.replaceChildren(...offers.map(offerItem));
      this.#documents.hidden = offers.length === 0;
      await this.#showMore(false);
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
    this.#outcome = undefined;
    this.#shown = 0;
    this.#results.replaceChildren();
    this.#otherResults.replaceChildren();
    this.#others.hidden = true;
    this.#more.hidden = true;
    this.#documents.hidden = true;
  }

  /** Renders the next page of results; `focus` moves focus to the first new one ("more" pressed). */
  async #showMore(focus: boolean): Promise<void> {
    const outcome = this.#outcome;
    if (!outcome) return;
    const token = this.#searchToken;
    const all = [...outcome.best, ...outcome.others];
    const start = this.#shown;
    const page = all.slice(start, start + pageSize);
    // All fragments are fetched at once; each result shows as soon as it and those above it are in.
    const pending = page.map((r) => r.data());
    const words = outcome.plan.words;
    const items: HTMLLIElement[] = [];
    const replacePrevious = () => {
      if (start > 0) return;
      this.#results.replaceChildren();
      this.#otherResults.replaceChildren();
      this.#others.hidden = true;
    };
    if (page.length === 0) replacePrevious();
    for (const [i, request] of pending.entries()) {
      const data = await request;
      if (token !== this.#searchToken) return;
      if (i === 0) replacePrevious();
      const item = resultItem(data, words, this.#strings);
      items.push(item);
      if (start + i < outcome.best.length) {
        this.#results.append(item);
      } else {
        this.#otherResults.append(item);
        this.#others.hidden = false;
      }
    }
    this.#others.hidden = this.#otherResults.childElementCount === 0;
    this.#shown = start + page.length;
    this.#more.hidden = this.#shown >= all.length;
    if (focus) items[0]?.querySelector('a')?.focus();
  }

  #showError(): void {
    this.#clearResults();
    this.#status.textContent = format(this.#strings, 'search.error');
  }
}

customElements.define('bantin-search', BantinSearch);
