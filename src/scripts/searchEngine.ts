/**
 * The search page's use of Pagefind's JS API (pagefind.js, written by src/integrations/pagefind.ts).
 * Loaded on demand, once; Pagefind picks the index of the page's <html lang> (vi or en) itself.
 * Two bundles (src/lib/searchBundles.ts): the headline bundle answers first, cheaply, with the
 * articles whose headline (district, title, lede, document numbers) has the words together as
 * typed, and those whose headline has them apart (first among the other results); the full-text
 * bundle then gives the complete list, its ranking and the filter counts. Nothing is loaded when
 * the page opens: the page asks for the headline bundle when the reader shows intent (focus in
 * the search box) and for the full bundle with the first question (src/scripts/search.ts).
 * One reader's question takes a few Pagefind calls: the headline search, the full search, one per
 * active filter (the counts of its other values), and the phrase and exact-tone-mark checks
 * (src/lib/searchRank.ts). Questions run one at a time, so the exactDiacritics option the checks
 * toggle never leaks into another search. Everything sent to Pagefind has its "đ" stroked like
 * the index (searchFold.ts).
 */
import type { Lang } from '../i18n/locales.ts';
import { bundleDir } from '../lib/searchBundles.ts';
import { filterNames, pagefindOptions, type FilterName, type SearchState } from '../lib/searchState.ts';
import { planQuery, type QueryPlan } from '../lib/searchQuery.ts';
import { strokeD } from '../lib/searchFold.ts';
import { exactFirst, intersect, rankResults } from '../lib/searchRank.ts';

/** The part of Pagefind 1.6's API this page uses. */
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
export interface PagefindData {
  url: string;
  plain_excerpt: string;
  meta: Record<string, string | undefined>;
}
type Counts = Record<string, Record<string, number>>;
interface PagefindResponse {
  results: PagefindResult[];
  filters: Counts;
}
interface SearchOptions {
  filters?: Partial<Record<FilterName, string>>;
  sort?: Record<string, 'asc' | 'desc'>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: SearchOptions): Promise<PagefindResponse>;
  filters(): Promise<Counts>;
  preload(term: string): Promise<void>;
}

/**
 * One answer, possibly partial. The page shows two lists: `headline` then `best` (the best
 * matches), and under "other results" `headlineApart` then `others`; an article listed once is
 * left out where it comes again (the two bundles do not share result ids; the page tells them
 * apart by URL as it shows them).
 */
export interface Listing {
  plan: QueryPlan;
  /** Headline matches, from the headline bundle, in the chosen sort; spelt as typed when typed with marks. */
  headline: PagefindResult[];
  /** Full text: results with the words together as typed, exact marks first, in the chosen sort. */
  best: PagefindResult[];
  /**
   * Headline bundle: the other matches (words apart, or only word beginnings), in the chosen sort.
   * First among the other results: when no headline has the phrase ("dong khoi" at 10,000
   * articles), they are the first results, and they stay where they are when the full answer comes.
   */
  headlineApart: PagefindResult[];
  /** Full text: the other results (words apart, or only word beginnings). */
  others: PagefindResult[];
}

export interface Outcome extends Listing {
  /** How many articles match: the full search's count (headline matches are among them). */
  total: number;
  /** For each filter, how many results each value would give, other filters kept. */
  counts: Record<FilterName, Record<string, number>>;
}

/**
 * Sorted by relevance, the checks run after the search (they need its scores); above this many
 * results they are skipped: each costs about as much as the search (npm run bench:search), and with
 * so many results nearly all have the words anyway.
 */
const maxCheckedResults = 5000;

/** The query's words as the index spells them (src/lib/searchFold.ts); null for no words (a filter-only listing). */
function pagefindText(plan: QueryPlan): string | null {
  return plan.text === null ? null : strokeD(plan.text);
}

/** Pagefind calls of one bundle, with the checks the ranking needs. */
class Questions {
  readonly pagefind: Pagefind;
  readonly plan: QueryPlan;
  readonly options: Required<SearchOptions>;

  constructor(pagefind: Pagefind, plan: QueryPlan, options: Required<SearchOptions>) {
    this.pagefind = pagefind;
    this.plan = plan;
    this.options = options;
  }

  /** The words as Pagefind matches them while typing: each anywhere, or as a word beginning. */
  async loose(): Promise<PagefindResult[]> {
    const { filters, sort } = this.options;
    return (await this.pagefind.search(pagefindText(this.plan), { filters, sort })).results;
  }

  /** A quoted query is Pagefind's exact search: whole words, together, in order, marks folded. */
  async quoted(words: readonly string[], sorted: boolean): Promise<PagefindResult[]> {
    const { filters, sort } = this.options;
    return (await this.pagefind.search(`"${strokeD(words.join(' '))}"`, sorted ? { filters, sort } : { filters })).results;
  }

  async exactly<T>(run: () => Promise<T>): Promise<T> {
    await this.pagefind.options({ exactDiacritics: true });
    try {
      return await run();
    } finally {
      await this.pagefind.options({ exactDiacritics: false });
    }
  }

  get allMarked(): boolean {
    return this.plan.markedWords.length > 0 && this.plan.markedWords.length === this.plan.words.length;
  }

  /** Results with every marked word spelt as typed: every word marked, the phrase so spelt. */
  async exactMarks(): Promise<Set<string> | null> {
    const { plan } = this;
    if (plan.markedWords.length === 0) return null;
    const lists = this.allMarked ? [plan.words] : plan.markedWords.map((w) => [w]);
    const perList: string[][] = [];
    await this.exactly(async () => {
      for (const words of lists) perList.push((await this.quoted(words, false)).map((r) => r.id));
    });
    return intersect(perList);
  }

  /** The phrase, in the chosen sort; typed with marks, only where every marked word is so spelt. */
  async phraseAsTyped(phrase?: PagefindResult[]): Promise<PagefindResult[]> {
    const { plan } = this;
    if (this.allMarked) return this.exactly(() => this.quoted(plan.words, true));
    phrase ??= await this.quoted(plan.words, true);
    if (plan.markedWords.length === 0 || phrase.length === 0) return phrase;
    const exact = await this.exactMarks();
    return phrase.filter((r) => exact?.has(r.id));
  }

  /**
   * The headline bundle's answer: the phrase as typed, and the matches without the phrase (with
   * marks folded: a headline with the phrase spelt otherwise is a full-text best match, not apart).
   */
  async headline(): Promise<{ together: PagefindResult[]; apart: PagefindResult[] }> {
    const phrase = await this.quoted(this.plan.words, true);
    const together = await this.phraseAsTyped(phrase);
    const withPhrase = new Set(phrase.map((r) => r.id));
    const apart = (await this.loose()).filter((r) => !withPhrase.has(r.id));
    return { together, apart };
  }
}

/** Which bundle has just been loaded: the page marks it for tests and benchmarks. */
export type Bundle = 'head' | 'full';

export class SearchEngine {
  #bundles: { full: string; head: string };
  #head: Promise<Pagefind> | undefined;
  #full: Promise<Pagefind> | undefined;
  #totals: Promise<Counts> | undefined;
  #queue: Promise<unknown> = Promise.resolve();
  #onLoaded: (bundle: Bundle) => void;

  /** Searches the articles of `lang`: each language has its bundles (src/lib/searchBundles.ts). */
  constructor(lang: Lang, onLoaded: (bundle: Bundle) => void = () => {}) {
    const base = import.meta.env.BASE_URL;
    this.#bundles = { full: `${base}${bundleDir('full', lang)}/`, head: `${base}${bundleDir('head', lang)}/` };
    this.#onLoaded = onLoaded;
  }

  /**
   * Each bundle through its own copy of pagefind.js, hence its own worker: Pagefind keeps one
   * WebAssembly instance per worker, and a second index in the same worker (createInstance) loads a
   * second module over the first ("memory access out of bounds" in the first one's next search).
   */
  async #instance(bundle: string): Promise<Pagefind> {
    const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
    await pagefind.options({ excerptLength: 26 });
    await pagefind.init();
    // init() answers before the worker has fetched the WebAssembly and the index metadata (it
    // starts that in the background); a preload of no words waits for both, so that a bundle
    // loaded on the reader's focus is ready for the first question, not merely started.
    await pagefind.preload('');
    return pagefind;
  }

  /** Loads Pagefind (script, worker, WebAssembly) with the small headline index: enough for first results. */
  load(): Promise<Pagefind> {
    this.#head ??= this.#instance(this.#bundles.head).then((pagefind) => {
      this.#onLoaded('head');
      return pagefind;
    });
    return this.#head;
  }

  /** The full-text index's metadata, after the headline index. */
  loadFull(): Promise<Pagefind> {
    this.#full ??= this.load()
      .then(() => this.#instance(this.#bundles.full))
      .then((pagefind) => {
        this.#onLoaded('full');
        return pagefind;
      });
    return this.#full;
  }

  /** True once the full bundle has been asked for (by a search or the filter totals). */
  get fullRequested(): boolean {
    return this.#full !== undefined;
  }

  /**
   * Every filter value with its number of articles, over the whole language index. This also loads
   * all filter data, without which Pagefind reports counts only for the filters a search uses.
   */
  totals(): Promise<Counts> {
    this.#totals ??= this.loadFull().then((pagefind) => pagefind.filters());
    return this.#totals;
  }

  /**
   * Answers one state; calls queue behind each other (see the module comment). `onEarly` gets
   * partial listings, each list of each beginning with that list of the one before: the headline
   * matches (together, and apart), then (sorted by date) the full text's phrase matches, before the
   * full search for the other results and the counts.
   */
  search(state: SearchState, onEarly?: (early: Listing) => Promise<void>): Promise<Outcome> {
    const run = this.#queue.then(() => this.#search(state, onEarly));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #search(state: SearchState, onEarly?: (early: Listing) => Promise<void>): Promise<Outcome> {
    const plan = planQuery(state.q);
    const { filters, sort } = pagefindOptions(state);
    const text = pagefindText(plan);
    const byDate = sort.date !== undefined;
    const show = async (listing: Listing) => {
      if (listing.headline.length + listing.best.length + listing.headlineApart.length > 0) await onEarly?.(listing);
    };

    let headline: PagefindResult[] = [];
    let headlineApart: PagefindResult[] = [];
    if (plan.text !== null) {
      // Waited for: the page fetches the fragments through the same Pagefind worker, which would
      // otherwise serve them only after the full search.
      const answer = await new Questions(await this.load(), plan, { filters, sort }).headline();
      headline = answer.together;
      headlineApart = answer.apart;
      await show({ plan, headline, best: [], headlineApart, others: [] });
    }

    const pagefind = await this.loadFull();
    await this.totals();
    const full = new Questions(pagefind, plan, { filters, sort });
    let phrase: PagefindResult[] | null = null;
    let exact: Set<string> | null = null;
    let earlyBest: PagefindResult[] | null = null;
    if (plan.text !== null && byDate) {
      phrase = await full.quoted(plan.words, true);
      if (phrase.length > 0) {
        exact = await full.exactMarks();
        const byId = new Map(phrase.map((r) => [r.id, r]));
        earlyBest = exactFirst([...byId.keys()], exact).map((id) => byId.get(id)!);
        await show({ plan, headline, best: earlyBest, headlineApart, others: [] });
      }
    }

    const main = await pagefind.search(text, { filters, sort });
    const counts = {} as Outcome['counts'];
    for (const name of filterNames) {
      if (filters[name] === undefined) {
        counts[name] = main.filters[name] ?? {};
      } else {
        const others = { ...filters };
        delete others[name];
        counts[name] = (await pagefind.search(text, { filters: others })).filters[name] ?? {};
      }
    }

    if (plan.text !== null && !byDate && main.results.length > 0 && main.results.length <= maxCheckedResults) {
      phrase = await full.quoted(plan.words, false);
      exact = await full.exactMarks();
    }

    const byId = new Map([...main.results, ...(phrase ?? [])].map((r) => [r.id, r]));
    const ranked = rankResults(
      main.results.map((r) => r.id),
      { phrase: phrase ? new Set(phrase.map((r) => r.id)) : null, exactMarks: exact, apartListed: headlineApart.length > 0 },
    );
    return {
      plan,
      headline,
      // Keep the order already shown (the same set; only ties could be broken differently).
      best: earlyBest ?? ranked.best.map((id) => byId.get(id)!),
      headlineApart,
      others: ranked.others.map((id) => byId.get(id)!),
      total: main.results.length,
      counts,
    };
  }
}
