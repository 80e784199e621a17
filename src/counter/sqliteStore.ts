import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { dedupeWindowMs, isNewView, onlineWindowMs, type Calendar } from './rules.ts';
import type { CounterStore, ItemOutcome, StoredSiteFigures } from './store.ts';

/**
 * The embedded store: one SQLite file through Node's built-in `node:sqlite` (no native module to
 * compile), in WAL mode. Each batch of hits (group commit, see batcher.ts) is one transaction, and
 * its promise resolves only after COMMIT returned, so a hit is answered only once it is durable.
 * One server process per file: for several servers, use the Redis store.
 *
 * Layout: what must survive a crash is written to SQLite in the batch's transaction: the views per
 * page, the distinct-visitor sums per period, and the per-visitor records the rules need, each
 * kept only as long as its rule: the counted views of the last 30 minutes (visitor id, page, time)
 * and the day's visitor ids. The lookups a hit needs (was this visitor here in the last 30 minutes,
 * is this a new visitor today, who is online) are answered from memory, rebuilt from those two
 * tables when the store opens. Both are appended to in time order, which keeps each commit to a
 * few pages at the end of the file, where keyed tables of random visitor ids would dirty a page per
 * hit. One process owns the file.
 *
 * Durability: WAL journal, `synchronous=NORMAL` by default: COMMIT writes the batch's WAL frames
 * with write(2) before it returns, so once a hit is answered its data is in the operating system's
 * page cache, which outlives the process: a kill (even SIGKILL) loses nothing, and SQLite replays
 * the WAL on the next open. Only a power cut or OS crash can lose the last commits. `full` also
 * fsyncs the WAL on every commit, surviving those too, at one fsync per batch.
 *
 * Privacy: no salt is stored (counter.ts derives it from a secret kept outside the store), so a
 * copy of the file cannot test a guessed address against its visitor ids. Expired records are
 * deleted by `purge` every minute: `secure_delete` overwrites them, and the WAL is emptied after. "Online" is kept
 * in memory only: five minutes of data nobody needs after a restart.
 */

export type SqliteSynchronous = 'full' | 'normal';

const schema = `
  CREATE TABLE IF NOT EXISTS page_views (
    path TEXT PRIMARY KEY,
    views INTEGER NOT NULL
  ) WITHOUT ROWID;
  -- The counted views of the last 30 minutes, appended in time order: they rebuild the dedupe
  -- marks on start, and are deleted once older than the rule needs.
  CREATE TABLE IF NOT EXISTS recent_views (
    at INTEGER NOT NULL,
    visitor TEXT NOT NULL,
    path TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS recent_views_at ON recent_views (at);
  -- The day's distinct visitors, for "today"; earlier days' rows are deleted.
  CREATE TABLE IF NOT EXISTS day_visitors (
    day TEXT NOT NULL,
    visitor TEXT NOT NULL
  );
  -- Distinct daily visitors summed per period: 'day:2024-03-01', 'week:2024-02-26', 'month:2024-03', 'total'.
  CREATE TABLE IF NOT EXISTS site_counts (
    period TEXT PRIMARY KEY,
    visitors INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  ) WITHOUT ROWID;
`;

/** Map key of a dedupe mark. Visitor ids are base64url, so a newline cannot occur inside one. */
const markKey = (visitor: string, path: string) => `${visitor}\n${path}`;

/** Moves `key` to the end of `map`'s order with `value`: maps below are kept oldest first. */
function touch<V>(map: Map<string, V>, key: string, value: V): void {
  map.delete(key);
  map.set(key, value);
}

export async function openSqliteStore(file: string, options: { synchronous?: SqliteSynchronous } = {}): Promise<CounterStore> {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new DatabaseSync(file, { timeout: 5000 });
  db.exec(`PRAGMA journal_mode = WAL; PRAGMA synchronous = ${options.synchronous === 'full' ? 'FULL' : 'NORMAL'};`);
  db.exec('PRAGMA secure_delete = ON;');
  db.exec(schema);
  // Files written by earlier versions kept the day's salt and a whole day of views per visitor;
  // neither is needed any more, and with secure_delete their pages are overwritten as they go.
  if (db.prepare("SELECT 1 FROM sqlite_schema WHERE name IN ('salts', 'counted_views')").get()) {
    db.exec('DROP TABLE IF EXISTS salts; DROP TABLE IF EXISTS counted_views;');
    db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  }

  const sql = {
    logView: db.prepare('INSERT INTO recent_views (at, visitor, path) VALUES (?, ?, ?)'),
    logVisitor: db.prepare('INSERT INTO day_visitors (day, visitor) VALUES (?, ?)'),
    addViews: db.prepare(
      'INSERT INTO page_views (path, views) VALUES (?, ?) ON CONFLICT (path) DO UPDATE SET views = views + excluded.views',
    ),
    addVisitors: db.prepare(
      'INSERT INTO site_counts (period, visitors) VALUES (?, ?) ON CONFLICT (period) DO UPDATE SET visitors = visitors + excluded.visitors',
    ),
    periods: db.prepare("SELECT period, visitors FROM site_counts WHERE period IN (?, ?, ?, 'total')"),
    setting: db.prepare('SELECT value FROM settings WHERE key = ?'),
    setSetting: db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
    dropOldViews: db.prepare('DELETE FROM recent_views WHERE at <= ?'),
    dropOldVisitors: db.prepare('DELETE FROM day_visitors WHERE day < ?'),
  } satisfies Record<string, StatementSync>;

  // The in-memory indexes. Only committed data goes in: a batch works on overlays, merged after COMMIT.
  /** path -> live views */
  const views = new Map<string, number>();
  for (const row of db.prepare('SELECT path, views FROM page_views').all() as { path: string; views: number }[])
    views.set(row.path, row.views);
  /** visitor + page -> time of the last counted view, oldest first */
  const marks = new Map<string, number>();
  /** The day `visitors` is for, and that day's distinct visitor ids. */
  let visitorsDay = '';
  let visitors = new Set<string>();
  /** visitor -> last seen, oldest first */
  const online = new Map<string, number>();

  // Rebuild from the records. Rows of earlier days are only there if the server stopped before its
  // midnight purge; their visitor ids mean nothing today (another salt) and are purged.
  for (const row of db.prepare('SELECT at, visitor, path FROM recent_views ORDER BY rowid').all() as {
    at: number;
    visitor: string;
    path: string;
  }[])
    touch(marks, markKey(row.visitor, row.path), row.at);
  const loggedVisitors = new Map<string, Set<string>>();
  for (const row of db.prepare('SELECT day, visitor FROM day_visitors').all() as { day: string; visitor: string }[]) {
    let set = loggedVisitors.get(row.day);
    if (!set) loggedVisitors.set(row.day, (set = new Set()));
    set.add(row.visitor);
  }

  function visitorsOf(day: string): Set<string> {
    if (visitorsDay !== day) {
      visitorsDay = day;
      visitors = loggedVisitors.get(day) ?? new Set();
      loggedVisitors.clear();
    }
    return visitors;
  }

  function forgetExpired(now: number): void {
    for (const [key, at] of marks) {
      if (!isNewView(at, now)) break;
      marks.delete(key);
    }
    for (const [visitor, seenAt] of online) {
      if (now - seenAt < onlineWindowMs) break;
      online.delete(visitor);
    }
  }

  function transaction<T>(work: () => T): T {
    db.exec('BEGIN IMMEDIATE');
    try {
      const result = work();
      db.exec('COMMIT');
      return result;
    } catch (error) {
      if (db.isTransaction) db.exec('ROLLBACK');
      throw error;
    }
  }

  function readSite(calendar: Calendar): StoredSiteFigures {
    const keys = { day: `day:${calendar.day}`, week: `week:${calendar.week}`, month: `month:${calendar.month}` };
    const counts = new Map<string, number>();
    for (const row of sql.periods.all(keys.day, keys.week, keys.month) as { period: string; visitors: number }[]) {
      counts.set(row.period, row.visitors);
    }
    const legacy = sql.setting.get('legacy_total') as { value: string } | undefined;
    return {
      online: online.size,
      today: counts.get(keys.day) ?? 0,
      week: counts.get(keys.week) ?? 0,
      month: counts.get(keys.month) ?? 0,
      total: counts.get('total') ?? 0,
      legacyTotal: legacy ? Number(legacy.value) : 0,
    };
  }

  return {
    description: `sqlite ${file}`,

    // node:sqlite is synchronous: each method does its work at once and returns a settled promise.
    async recordBatch(items, now, calendar) {
      const today = visitorsOf(calendar.day);
      // This batch's changes, seen by its later items and merged into the indexes after COMMIT.
      const newMarks = new Map<string, number>();
      const newVisitors = new Set<string>();
      const added = new Map<string, number>();
      const outcomes: ItemOutcome[] = [];
      transaction(() => {
        for (const { path, visitor } of items) {
          let counted = false;
          if (visitor !== null) {
            const key = markKey(visitor, path);
            counted = !newMarks.has(key) && isNewView(marks.get(key), now);
            if (counted) {
              newMarks.set(key, now);
              added.set(path, (added.get(path) ?? 0) + 1);
              sql.logView.run(now, visitor, path);
            }
            if (!today.has(visitor) && !newVisitors.has(visitor)) {
              newVisitors.add(visitor);
              sql.logVisitor.run(calendar.day, visitor);
            }
          }
          outcomes.push({ counted, views: (views.get(path) ?? 0) + (added.get(path) ?? 0) });
        }
        for (const [path, n] of added) sql.addViews.run(path, n);
        if (newVisitors.size > 0) {
          for (const period of [`day:${calendar.day}`, `week:${calendar.week}`, `month:${calendar.month}`, 'total']) {
            sql.addVisitors.run(period, newVisitors.size);
          }
        }
      });
      for (const [key, at] of newMarks) touch(marks, key, at);
      for (const visitor of newVisitors) today.add(visitor);
      for (const [path, n] of added) views.set(path, (views.get(path) ?? 0) + n);
      forgetExpired(now);
      for (const { visitor } of items) if (visitor !== null) touch(online, visitor, now);
      return { outcomes, site: readSite(calendar) };
    },

    async purge(now, calendar) {
      const deleted = transaction(
        () => Number(sql.dropOldViews.run(now - dedupeWindowMs).changes) + Number(sql.dropOldVisitors.run(calendar.day).changes),
      );
      // secure_delete has overwritten the rows in the database's pages; the WAL still holds the
      // frames they were written in until it is checkpointed and emptied.
      if (deleted > 0) db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
      visitorsOf(calendar.day);
      forgetExpired(now);
    },

    health: () => (db.isOpen ? { ok: true } : { ok: false, reason: 'the SQLite file is closed' }),

    async setLegacyTotal(total) {
      sql.setSetting.run('legacy_total', String(total));
    },

    async close() {
      if (db.isOpen) db.close();
    },
  };
}
