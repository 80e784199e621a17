import type { Calendar } from './rules.ts';

/**
 * Where the counts live. Two implementations (SQLite for one server, Redis for several behind a
 * load balancer) pass the same contract suite (tests/integration/storeContract.ts). The counting
 * rules are applied inside the store, atomically, so concurrent servers cannot double count.
 */

/** One request in a batch: a hit to count (with its anonymous visitor id) or a read-only lookup. */
export interface BatchItem {
  /** A page path the site has (already checked against the build's list). */
  path: string;
  /** The anonymous visitor id (rules.visitorId); null for reads, bots and prefetches. */
  visitor: string | null;
}

/** What happened to one item of a batch. */
export interface ItemOutcome {
  /** True when a view was added (first view of the page by this visitor in 30 minutes). */
  counted: boolean;
  /** The page's live views after this item (carried-over views are added by the caller). */
  views: number;
}

/** The site figures as stored: live counts of distinct daily visitors, plus the stored legacy total. */
export interface StoredSiteFigures {
  online: number;
  today: number;
  week: number;
  month: number;
  /** Sum of all daily visitors counted here (the carried-over total is separate). */
  total: number;
  /** The legacy portal's total set by `npm run counter -- set-legacy-total`, 0 when never set. */
  legacyTotal: number;
}

export interface BatchResult {
  outcomes: ItemOutcome[];
  /** The site figures after the batch. */
  site: StoredSiteFigures;
}

export type StoreHealth = { ok: true } | { ok: false; reason: string };

export interface CounterStore {
  /** A short name for logs: "sqlite data/counter.sqlite", "redis". */
  readonly description: string;
  /**
   * Applies a batch of items at instant `now` in one atomic, durable step (one SQLite
   * transaction, one Redis script) and resolves only once it is durable: callers answer 200 after.
   */
  recordBatch(items: readonly BatchItem[], now: number, calendar: Calendar): Promise<BatchResult>;
  /**
   * Deletes the per-visitor records no rule needs any more: counted views older than the 30-minute
   * repeat window, "online" marks older than 5 minutes, earlier days' visitor ids. Counts stay.
   */
  purge(now: number, calendar: Calendar): Promise<void>;
  /** Whether hits can be recorded now, and if not, why (for /api/health and the 503s). */
  health(): StoreHealth;
  setLegacyTotal(total: number): Promise<void>;
  close(): Promise<void>;
}
