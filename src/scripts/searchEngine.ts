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
import { exactFirst, intersect, rankResults } from '../lib/searchRank.ts';

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

/** The best matches, known before the rest (see `SearchEngine.search`). */
export interface EarlyBest {
  plan: QueryPlan;
  best: PagefindResult[];
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
 * Sorted by relevance, the checks run after the search (they need its scores); above this many
 * results they are skipped: each costs about as much as the search (npm run bench:search), and with
 * so many results nearly all have the words anyway.
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

  /**
   * Answers one state; calls queue behind each other (see the module comment). Sorted by date,
   * the phrase is looked for first: a quoted search, whole words only, usually costs a fraction of
   * the full one (every word beginning), so `onBest` gets the best matches, in their final order,
   * and shows them before the full search runs for the other results and the counts.
   */
  search(state: SearchState, onBest?: (early: EarlyBest) => Promise<void>): Promise<Outcome> {
    const run = this.#queue.then(() => this.#search(state, onBest));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #search(state: SearchState, onBest?: (early: EarlyBest) => Promise<void>): Promise<Outcome> {
    const pagefind = await this.load();
    await this.totals();
    const plan = planQuery(state.q);
    const { filters, sort } = pagefindOptions(state);
    const text = plan.text === null ? null : strokeD(plan.text);
    const byDate = sort.date !== undefined;
    // A quoted query is Pagefind's exact search: whole words, together, in order, marks folded.
    const quoted = async (words: readonly string[], sorted: boolean) =>
      (await pagefind.search(`"${strokeD(words.join(' '))}"`, sorted ? { filters, sort } : { filters })).results;
    const exactly = async <T>(run: () => Promise<T>): Promise<T> => {
      await pagefind.options({ exactDiacritics: true });
      try {
        return await run();
      } finally {
        await pagefind.options({ exactDiacritics: false });
      }
    };
    const allMarked = plan.markedWords.length > 0 && plan.markedWords.length === plan.words.length;
    /** Results with every marked word spelt as typed: every word marked, the phrase so spelt. */
    const exactMarks = async (): Promise<Set<string> | null> => {
      if (plan.markedWords.length === 0) return null;
      const lists = allMarked ? [plan.words] : plan.markedWords.map((w) => [w]);
      const perList: string[][] = [];
      await exactly(async () => {
        for (const words of lists) perList.push((await quoted(words, false)).map((r) => r.id));
      });
      return intersect(perList);
    };

    let phrase: PagefindResult[] | null = null;
    let exact: Set<string> | null = null;
    let earlyBest: PagefindResult[] | null = null;
    if (plan.text !== null && byDate) {
      // Waited for: the page fetches the fragments through the same Pagefind worker, which would
      // otherwise serve them only after the full search.
      const show = async (best: PagefindResult[]) => {
        if (best.length > 0) await onBest?.({ plan, best });
      };
      let exactPhrase: PagefindResult[] = [];
      if (allMarked) {
        // The phrase spelt as typed leads the best matches: shown as soon as it is found.
        exactPhrase = await exactly(() => quoted(plan.words, true));
        exact = new Set(exactPhrase.map((r) => r.id));
        await show(exactPhrase);
      }
      phrase = await quoted(plan.words, true);
      if (phrase.length > 0) {
        if (!allMarked) {
          exact = await exactMarks();
          const byId = new Map(phrase.map((r) => [r.id, r]));
          earlyBest = exactFirst([...byId.keys()], exact).map((id) => byId.get(id)!);
        } else {
          // What is already shown stays first, as shown.
          earlyBest = [...exactPhrase, ...phrase.filter((r) => !exact!.has(r.id))];
        }
        await show(earlyBest);
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
      phrase = await quoted(plan.words, false);
      exact = await exactMarks();
    }

    const byId = new Map([...main.results, ...(phrase ?? [])].map((r) => [r.id, r]));
    const ranked = rankResults(
      main.results.map((r) => r.id),
      { phrase: phrase ? new Set(phrase.map((r) => r.id)) : null, exactMarks: exact },
    );
    return {
      plan,
      // Keep the order already shown (the same set; only ties could be broken differently).
      best: earlyBest ?? ranked.best.map((id) => byId.get(id)!),
      others: ranked.others.map((id) => byId.get(id)!),
      counts,
    };
  }
}
