/**
 * The search page's use of Pagefind's JS API (pagefind.js, written by src/integrations/pagefind.ts).
 * Loaded on demand, once; Pagefind picks the index of the page's <html lang> (vi or en) itself.
 * One search answers one reader's question with several Pagefind calls (src/lib/searchRank.ts):
 * the search itself, one per active filter (counts for its other values), and the whole-word,
 * phrase and exact-tone-mark checks. They run one question at a time, so the exactDiacritics option that the
 * last check toggles never leaks into another search.
 */
import { filterNames, pagefindOptions, type FilterName, type SearchState } from '../lib/searchState.ts';
import { planQuery, type QueryPlan } from '../lib/searchQuery.ts';
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
  /** Whole-word matches, best first in the chosen sort. */
  matches: PagefindResult[];
  /** Results where a word only matched as a word beginning. */
  near: PagefindResult[];
  /** For each filter, how many results each value would give, other filters kept. */
  counts: Record<FilterName, Record<string, number>>;
}

/** Longer queries skip the whole-word checks: each word costs one more Pagefind call. */
const maxCheckedWords = 8;

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
    const main = await pagefind.search(plan.text, { filters, sort });

    const counts = {} as Outcome['counts'];
    for (const name of filterNames) {
      if (filters[name] === undefined) {
        counts[name] = main.filters[name] ?? {};
      } else {
        const others = { ...filters };
        delete others[name];
        counts[name] = (await pagefind.search(plan.text, { filters: others })).filters[name] ?? {};
      }
    }

    const sets: MatchSets = { wholeWord: null, phrase: null, exactMarks: null };
    if (plan.text !== null && main.results.length > 0 && plan.words.length <= maxCheckedWords) {
      // A quoted query is Pagefind's exact search: whole words, in order, tone marks still folded.
      const ids = async (words: string) => (await pagefind.search(`"${words}"`, { filters })).results.map((r) => r.id);
      const perWord: string[][] = [];
      for (const word of plan.words) perWord.push(await ids(word));
      sets.wholeWord = intersect(perWord);
      if (plan.words.length > 1) sets.phrase = new Set(await ids(plan.words.join(' ')));
      if (plan.markedWords.length > 0) {
        await pagefind.options({ exactDiacritics: true });
        try {
          const perMarked: string[][] = [];
          for (const word of plan.markedWords) perMarked.push(await ids(word));
          sets.exactMarks = intersect(perMarked);
        } finally {
          await pagefind.options({ exactDiacritics: false });
        }
      }
    }

    const byId = new Map(main.results.map((r) => [r.id, r]));
    const ranked = rankResults([...byId.keys()], sets);
    return {
      plan,
      matches: ranked.matches.map((id) => byId.get(id)!),
      near: ranked.near.map((id) => byId.get(id)!),
      counts,
    };
  }
}
