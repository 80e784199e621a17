import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { dedupeWindowMs, onlineWindowMs, type Calendar } from './rules.ts';
import type { BatchItem, BatchResult, ItemOutcome, StoredSiteFigures } from './store.ts';

/**
 * The SQLite store's work, synchronous, as `node:sqlite` is. It runs in a worker thread
 * (sqliteWorker.ts) so that commits and their fsync never stop the HTTP server's event loop.
 *
 * Durability: WAL journal. With `synchronous=FULL` (the default) each commit fsyncs the WAL, so a
 * committed batch survives a process kill and a power cut. `normal` skips that fsync: a commit
 * still survives a process kill (once COMMIT returns, the WAL frames are in the OS page cache,
 * which outlives the process), but the last commits may be lost on power loss or an OS crash.
 *
 * Privacy: `secure_delete` overwrites deleted rows, and the WAL is truncated after a salt is
 * destroyed, so an old salt does not linger in free pages or old WAL frames. "Online" is kept
 * in memory only: it is five minutes of data that nobody needs after a restart.
 */

export type SqliteSynchronous = 'full' | 'normal';

export interface SqliteCore {
  recordBatch(items: readonly BatchItem[], now: number, calendar: Calendar): BatchResult;
  daySalt(now: number, calendar: Calendar, candidate: string): string;
  purge(now: number, calendar: Calendar): void;
  setLegacyTotal(total: number): void;
  close(): void;
}

const schema = `
  CREATE TABLE IF NOT EXISTS page_views (
    path TEXT PRIMARY KEY,
    views INTEGER NOT NULL
  ) WITHOUT ROWID;
  -- Last counted view per (visitor, page), for the 30-minute dedupe. Purged after 30 minutes.
  CREATE TABLE IF NOT EXISTS recent_views (
    visitor TEXT NOT NULL,
    path TEXT NOT NULL,
    counted_at INTEGER NOT NULL,
    PRIMARY KEY (visitor, path)
  ) WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS recent_views_counted_at ON recent_views (counted_at);
  -- Distinct visitors of the current day. Purged when the day is over.
  CREATE TABLE IF NOT EXISTS day_visitors (
    day TEXT NOT NULL,
    visitor TEXT NOT NULL,
    PRIMARY KEY (day, visitor)
  ) WITHOUT ROWID;
  -- Distinct daily visitors summed per period: 'day:2024-03-01', 'week:2024-02-26', 'month:2024-03', 'total'.
  CREATE TABLE IF NOT EXISTS site_counts (
    period TEXT PRIMARY KEY,
    visitors INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS salts (
    day TEXT PRIMARY KEY,
    salt TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  ) WITHOUT ROWID;
`;

export function createSqliteCore(file: string, options: { synchronous?: SqliteSynchronous } = {}): SqliteCore {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new DatabaseSync(file, { timeout: 5000 });
  db.exec(`PRAGMA journal_mode = WAL; PRAGMA synchronous = ${options.synchronous === 'normal' ? 'NORMAL' : 'FULL'};`);
  db.exec('PRAGMA secure_delete = ON;');
  db.exec(schema);

  const sql = {
    markView: db.prepare(
      `INSERT INTO recent_views (visitor, path, counted_at) VALUES (?, ?, ?)
       ON CONFLICT (visitor, path) DO UPDATE SET counted_at = excluded.counted_at
       WHERE recent_views.counted_at <= ?`,
    ),
    addView: db.prepare(
      `INSERT INTO page_views (path, views) VALUES (?, 1)
       ON CONFLICT (path) DO UPDATE SET views = views + 1 RETURNING views`,
    ),
    views: db.prepare('SELECT views FROM page_views WHERE path = ?'),
    addDayVisitor: db.prepare('INSERT OR IGNORE INTO day_visitors (day, visitor) VALUES (?, ?)'),
    addVisitors: db.prepare(
      `INSERT INTO site_counts (period, visitors) VALUES (?, ?)
       ON CONFLICT (period) DO UPDATE SET visitors = visitors + excluded.visitors`,
    ),
    periods: db.prepare("SELECT period, visitors FROM site_counts WHERE period IN (?, ?, ?, 'total')"),
    setting: db.prepare('SELECT value FROM settings WHERE key = ?'),
    setSetting: db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
    dropOldSalts: db.prepare('DELETE FROM salts WHERE day < ?'),
    addSalt: db.prepare('INSERT OR IGNORE INTO salts (day, salt) VALUES (?, ?)'),
    salt: db.prepare('SELECT salt FROM salts WHERE day = ?'),
    dropOldRecentViews: db.prepare('DELETE FROM recent_views WHERE counted_at <= ?'),
    dropOldDayVisitors: db.prepare('DELETE FROM day_visitors WHERE day < ?'),
  } satisfies Record<string, StatementSync>;

  /** Visitor id -> last seen, oldest first (a hit moves its visitor to the end). */
  const online = new Map<string, number>();

  function forgetOffline(now: number): void {
    const since = now - onlineWindowMs;
    for (const [visitor, seenAt] of online) {
      if (seenAt > since) break;
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

  /** Copies the WAL into the database and empties it, so old frames holding a destroyed salt are gone. */
  function forgetOldPages(): void {
    db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  }

  function recordItem(item: BatchItem, now: number, calendar: Calendar): { outcome: ItemOutcome; newVisitor: boolean } {
    const { path, visitor } = item;
    if (visitor === null) {
      const row = sql.views.get(path) as { views: number } | undefined;
      return { outcome: { counted: false, views: row?.views ?? 0 }, newVisitor: false };
    }
    const counted = sql.markView.run(visitor, path, now, now - dedupeWindowMs).changes === 1;
    const views = counted
      ? (sql.addView.get(path) as { views: number }).views
      : ((sql.views.get(path) as { views: number } | undefined)?.views ?? 0);
    const newVisitor = sql.addDayVisitor.run(calendar.day, visitor).changes === 1;
    return { outcome: { counted, views }, newVisitor };
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
    recordBatch(items, now, calendar) {
      const result = transaction(() => {
        const outcomes: ItemOutcome[] = [];
        let newVisitors = 0;
        for (const item of items) {
          const { outcome, newVisitor } = recordItem(item, now, calendar);
          outcomes.push(outcome);
          if (newVisitor) newVisitors++;
        }
        if (newVisitors > 0) {
          for (const period of [`day:${calendar.day}`, `week:${calendar.week}`, `month:${calendar.month}`, 'total']) {
            sql.addVisitors.run(period, newVisitors);
          }
        }
        return outcomes;
      });
      // Only after the commit: a batch that failed leaves nobody online.
      forgetOffline(now);
      for (const { visitor } of items) {
        if (visitor === null) continue;
        online.delete(visitor);
        online.set(visitor, now);
      }
      return { outcomes: result, site: readSite(calendar) };
    },

    daySalt(_now, calendar, candidate) {
      const { salt, destroyed } = transaction(() => {
        const destroyed = sql.dropOldSalts.run(calendar.day).changes > 0;
        sql.addSalt.run(calendar.day, candidate);
        return { salt: (sql.salt.get(calendar.day) as { salt: string }).salt, destroyed };
      });
      if (destroyed) forgetOldPages();
      return salt;
    },

    purge(now, calendar) {
      const destroyedSalt = transaction(() => {
        sql.dropOldRecentViews.run(now - dedupeWindowMs);
        sql.dropOldDayVisitors.run(calendar.day);
        return sql.dropOldSalts.run(calendar.day).changes > 0;
      });
      forgetOffline(now);
      if (destroyedSalt) forgetOldPages();
    },

    setLegacyTotal(total) {
      sql.setSetting.run('legacy_total', String(total));
    },

    close() {
      if (db.isOpen) db.close();
    },
  };
}
