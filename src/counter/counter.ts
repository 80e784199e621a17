import { createBatcher } from './batcher.ts';
import type { PageList } from './pages.ts';
import { createCalendar, daySalt, newSecret, systemClock, visitorId, type Clock } from './rules.ts';
import type { BatchItem, CounterStore, StoreHealth } from './store.ts';

/**
 * The counter without HTTP: turns requests into anonymous batch items, writes them with group
 * commit, and adds the carried-over figures to what the store returns.
 */

/** The site figures readers see. */
export interface SiteFigures {
  online: number;
  today: number;
  week: number;
  month: number;
  total: number;
}

/** The API's answer (docs/counter.md, The API). */
export interface CounterAnswer {
  path: string;
  /** Carried-over views plus live views. */
  views: number;
  counted: boolean;
  site: SiteFigures;
}

/** A request to count: `visitor` is the client's address and user agent, or null to only read. */
export interface CountRequest {
  path: string;
  visitor: { client: string; userAgent: string } | null;
}

export interface Counter {
  /** True when `path` is a page of the site (the API answers 404 otherwise). */
  hasPage(path: string): boolean;
  /** Counts (or only reads, when `visitor` is null) and answers once the write is durable. */
  count(request: CountRequest): Promise<CounterAnswer>;
  /** Whether the store can take hits now (for /api/health). */
  health(): StoreHealth;
  /** Replaces the page list (after a new build). */
  setPages(pages: PageList): void;
  /** Deletes expired per-visitor records; the server runs it every minute. */
  maintain(): Promise<void>;
  /** Waits for pending writes, then closes the store. */
  close(): Promise<void>;
}

export interface CounterOptions {
  store: CounterStore;
  pages: PageList;
  clock?: Clock;
  /** The legacy portal's site total from configuration (COUNTER_LEGACY_TOTAL); overrides the stored one. */
  legacyTotal?: number | undefined;
  /**
   * The secret the day's salt is derived from (COUNTER_SECRET). Without one, a random secret for
   * this process: a restart then makes the day's readers new visitors again.
   */
  secret?: string | undefined;
}

export function createCounter(options: CounterOptions): Counter {
  const { store } = options;
  const clock = options.clock ?? systemClock;
  const calendarOf = createCalendar();
  let pages = options.pages;
  const secret = options.secret ?? newSecret();
  /** The current day's salt, derived once a day. */
  let salt = { day: '', value: '' };
  const saltOf = (day: string) => {
    if (salt.day !== day) salt = { day, value: daySalt(secret, day) };
    return salt.value;
  };

  const batcher = createBatcher(async (requests: CountRequest[]): Promise<CounterAnswer[]> => {
    // One instant per batch: the batch is one transaction, and the visitor ids are made with the
    // salt of the day it is written in, so a hit near midnight cannot straddle two days.
    const now = clock();
    const calendar = calendarOf(now);
    const items: BatchItem[] = requests.map(({ path, visitor }) => ({
      path,
      visitor: visitor ? visitorId(saltOf(calendar.day), visitor.client, visitor.userAgent) : null,
    }));
    const { outcomes, site } = await store.recordBatch(items, now, calendar);
    const figures: SiteFigures = {
      online: site.online,
      today: site.today,
      week: site.week,
      month: site.month,
      total: site.total + (options.legacyTotal ?? site.legacyTotal),
    };
    return outcomes.map((outcome, i) => {
      const path = requests[i]!.path;
      return { path, views: (pages.get(path) ?? 0) + outcome.views, counted: outcome.counted, site: figures };
    });
  });

  return {
    hasPage: (path) => pages.has(path),
    count: (request) => batcher.add(request),
    health: () => store.health(),
    setPages(next) {
      pages = next;
    },
    async maintain() {
      const now = clock();
      const calendar = calendarOf(now);
      await store.purge(now, calendar);
    },
    async close() {
      await batcher.drain();
      await store.close();
    },
  };
}
