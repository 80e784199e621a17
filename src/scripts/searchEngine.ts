/**
 * The search page's use of Pagefind's JS API (pagefind.js, written by src/integrations/pagefind.ts).
 * Loaded on demand, once; Pagefind picks the index of the page's <html lang> (vi or en) itself.
 * One reader's question takes a few Pagefind calls: the search itself, one per active filter (the
 * counts of its other values), and the phrase and exact-tone-mark checks (src/lib/searchRank.ts).
 * Questions run one at a time, so the exactDiacritics option the last check toggles never leaks into
 * another search. Everything sent to Pagefind has its "đ" stroked like the index (searchFold.ts).
 */
import { filterNames, pagefindOptions, type FilterName, type SearchState } from '../lib/searchState.ts';
import { planQuery, type QueryPlan } from '../lib/searchQuery.ts';
import { strokeD } from '../lib/searchFold.ts';
import { intersect, rankResults, type MatchSets } from '../lib/searchRank.ts';

/** The part of Pagefind 1.6's API this page uses. */
interface PagefindResult {
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
}

export interface Outcome {
  plan: QueryPlan;
  /** Results with the words together as typed, in the chosen sort. */
  best: PagefindResult[];
  /** The other results: words apart, or only word beginnings. */
  others: PagefindResult[];
  /** For each filter, how many results each value would give, other filters kept. */
  counts: Record<FilterName, Record<string, number>>;
}

/**
 * Above this many results the checks are skipped: each is a search about as costly as the first
 * (npm run bench:search), and with so many results nearly all have the words anyway.
 */
const maxCheckedResults = 5000;

export class SearchEngine {
  #bundle: string;
  #pagefind: Promise<Pagefind> | undefined;
  #totals: Promise<Counts> | undefined;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(bundle = `${import.meta.env.BASE_URL}pagefind/`) {
    this.#bundle = bundle;
  }

  /** Loads Pagefind (script, WebAssembly, the language's index metadata) once. */
  load(): Promise<Pagefind> {
    this.#pagefind ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ `${this.#bundle}pagefind.js`)) as Pagefind;
      await pagefind.options({ excerptLength: 26 });
      await pagefind.init();
      return pagefind;
    })();
    return this.#pagefind;
  }

  /**
   * Every filter value with its number of articles, over the whole language index. This also loads
   * all filter data, without which Pagefind reports counts only for the filters a search uses.
   */
  totals(): Promise<Counts> {
    this.#totals ??= this.load().then((pagefind) => pagefind.filters());
    return this.#totals;
  }

  /** Answers one state; calls queue behind each other (see the module comment). */
  search(state: SearchState): Promise<Outcome> {
    const run = this.#queue.then(() => this.#search(state));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #search(state: SearchState): Promise<Outcome> {
    const pagefind = await this.load();
    await this.totals();
    const plan = planQuery(state.q);
    const { filters, sort } = pagefindOptions(state);
    const text = plan.text === null ? null : strokeD(plan.text);
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

    const sets: MatchSets = { phrase: null, exactMarks: null };
    if (plan.text !== null && main.results.length > 0 && main.results.length <= maxCheckedResults) {
      // A quoted query is Pagefind's exact search: whole words, together, in order, marks folded.
      const ids = async (words: readonly string[]) =>
        (await pagefind.search(`"${strokeD(words.join(' '))}"`, { filters })).results.map((r) => r.id);
      sets.phrase = new Set(await ids(plan.words));
      if (plan.markedWords.length > 0) {
        await pagefind.options({ exactDiacritics: true });
        try {
          // Every word marked: the phrase spelt exactly; otherwise each marked word, whole.
          const lists = plan.markedWords.length === plan.words.length ? [plan.words] : plan.markedWords.map((w) => [w]);
          const perList: string[][] = [];
          for (const words of lists) perList.push(await ids(words));
          sets.exactMarks = intersect(perList);
        } finally {
          await pagefind.options({ exactDiacritics: false });
        }
      }
    }

    const byId = new Map(main.results.map((r) => [r.id, r]));
    const ranked = rankResults([...byId.keys()], sets);
    return {
      plan,
      best: ranked.best.map((id) => byId.get(id)!),
      others: ranked.others.map((id) => byId.get(id)!),
      counts,
    };
  }
}
