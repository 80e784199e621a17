import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { dedupeWindowMs, isOnline, onlineWindowMs, type Calendar } from './rules.ts';
import type { BatchItem, BatchResult, CounterStore, ItemOutcome, StoredSiteFigures } from './store.ts';

/**
 * The embedded store: one SQLite file through Node's built-in `node:sqlite` (no native module).
 *
 * Durability: WAL journal. With `synchronous=FULL` (the default) every commit fsyncs the WAL, so a
 * committed batch survives a process kill and a power cut; `normal` skips that fsync and still
 * survives a process kill (the WAL write is in the OS page cache once COMMIT returns) but may lose
 * the last commits on power loss. Writes arrive in batches (group commit, see batcher.ts): one
 * transaction and one fsync per batch, and every hit is answered only after its batch committed.
 *
 * Privacy: `secure_delete` overwrites deleted rows, and the WAL is truncated after a salt is
 * destroyed, so an old salt does not linger in the file's free pages or old WAL frames.
 */

export type SqliteSynchronous = 'full' | 'normal';

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
  CREATE TABLE IF NOT EXISTS online (
    visitor TEXT PRIMARY KEY,
    seen_at INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS online_seen_at ON online (seen_at);
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

export function openSqliteStore(file: string, options: { synchronous?: SqliteSynchronous } = {}): CounterStore {
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
    lastSeen: db.prepare('SELECT seen_at FROM online WHERE visitor = ?'),
    markOnline: db.prepare(
      'INSERT INTO online (visitor, seen_at) VALUES (?, ?) ON CONFLICT (visitor) DO UPDATE SET seen_at = excluded.seen_at',
    ),
    countOnline: db.prepare('SELECT count(*) AS n FROM online WHERE seen_at > ?'),
    countExpired: db.prepare('SELECT count(*) AS n FROM online WHERE seen_at > ? AND seen_at <= ?'),
    addVisitors: db.prepare(
      `INSERT INTO site_counts (period, visitors) VALUES (?, ?)
       ON CONFLICT (period) DO UPDATE SET visitors = visitors + excluded.visitors`,
    ),
    periods: db.prepare("SELECT period, visitors FROM site_counts WHERE period IN (?, ?, ?, 'total')"),
    setting: db.prepare('SELECT value FROM settings WHERE key = ?'),
    setSetting: db.prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    ),
    dropOldSalts: db.prepare('DELETE FROM salts WHERE day < ?'),
    addSalt: db.prepare('INSERT OR IGNORE INTO salts (day, salt) VALUES (?, ?)'),
    salt: db.prepare('SELECT salt FROM salts WHERE day = ?'),
    dropOldRecentViews: db.prepare('DELETE FROM recent_views WHERE counted_at <= ?'),
    dropOldDayVisitors: db.prepare('DELETE FROM day_visitors WHERE day < ?'),
    dropOffline: db.prepare('DELETE FROM online WHERE seen_at <= ?'),
  } satisfies Record<string, StatementSync>;

  /**
   * The online count, kept exactly without counting the whole window on every batch (that is a
   * scan of every visitor of the last five minutes): when time moves on, the visitors whose last
   * hit just left the window are subtracted, and each hit from a visitor who was not online adds
   * one. `since` is the window's start (exclusive) the count is for.
   */
  let online: { since: number; count: number } | undefined;

  function moveOnlineWindow(now: number): void {
    const since = now - onlineWindowMs;
    if (!online || since < online.since) {
      online = { since, count: (sql.countOnline.get(since) as { n: number }).n };
    } else if (since > online.since) {
      online.count -= (sql.countExpired.get(online.since, since) as { n: number }).n;
      online.since = since;
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
      online = undefined; // may count arrivals that were rolled back: count afresh next time
      throw error;
    }
  }

  function recordItem(item: BatchItem, now: number, calendar: Calendar): { outcome: ItemOutcome; newVisitor: boolean; nowOnline: boolean } {
    const { path, visitor } = item;
    if (visitor === null) {
      const row = sql.views.get(path) as { views: number } | undefined;
      return { outcome: { counted: false, views: row?.views ?? 0 }, newVisitor: false, nowOnline: false };
    }
    const counted = sql.markView.run(visitor, path, now, now - dedupeWindowMs).changes === 1;
    const views = counted
      ? (sql.addView.get(path) as { views: number }).views
      : ((sql.views.get(path) as { views: number } | undefined)?.views ?? 0);
    const newVisitor = sql.addDayVisitor.run(calendar.day, visitor).changes === 1;
    const seen = sql.lastSeen.get(visitor) as { seen_at: number } | undefined;
    sql.markOnline.run(visitor, now);
    return { outcome: { counted, views }, newVisitor, nowOnline: !seen || !isOnline(seen.seen_at, now) };
  }

  function readSite(calendar: Calendar, onlineCount: number): StoredSiteFigures {
    const keys = { day: `day:${calendar.day}`, week: `week:${calendar.week}`, month: `month:${calendar.month}` };
    const counts = new Map<string, number>();
    for (const row of sql.periods.all(keys.day, keys.week, keys.month) as { period: string; visitors: number }[]) {
      counts.set(row.period, row.visitors);
    }
    const legacy = sql.setting.get('legacy_total') as { value: string } | undefined;
    return {
      online: onlineCount,
      today: counts.get(keys.day) ?? 0,
      week: counts.get(keys.week) ?? 0,
      month: counts.get(keys.month) ?? 0,
      total: counts.get('total') ?? 0,
      legacyTotal: legacy ? Number(legacy.value) : 0,
    };
  }

  return {
    description: `sqlite ${file}`,

    recordBatch(items, now, calendar): Promise<BatchResult> {
      return Promise.resolve(
        transaction(() => {
          moveOnlineWindow(now);
          const outcomes: ItemOutcome[] = [];
          let newVisitors = 0;
          for (const item of items) {
            const { outcome, newVisitor, nowOnline } = recordItem(item, now, calendar);
            outcomes.push(outcome);
            if (newVisitor) newVisitors++;
            if (nowOnline) online!.count++;
          }
          if (newVisitors > 0) {
            for (const period of [`day:${calendar.day}`, `week:${calendar.week}`, `month:${calendar.month}`, 'total']) {
              sql.addVisitors.run(period, newVisitors);
            }
          }
          return { outcomes, site: readSite(calendar, online!.count) };
        }),
      );
    },

    daySalt(_now, calendar, candidate) {
      const { salt, destroyed } = transaction(() => {
        const destroyed = sql.dropOldSalts.run(calendar.day).changes > 0;
        sql.addSalt.run(calendar.day, candidate);
        return { salt: (sql.salt.get(calendar.day) as { salt: string }).salt, destroyed };
      });
      if (destroyed) forgetOldPages();
      return Promise.resolve(salt);
    },

    purge(now, calendar) {
      const destroyedSalt = transaction(() => {
        sql.dropOldRecentViews.run(now - dedupeWindowMs);
        sql.dropOldDayVisitors.run(calendar.day);
        // Subtract the visitors leaving the window before deleting them, or they never would be.
        moveOnlineWindow(now);
        sql.dropOffline.run(now - onlineWindowMs);
        return sql.dropOldSalts.run(calendar.day).changes > 0;
      });
      if (destroyedSalt) forgetOldPages();
      return Promise.resolve();
    },

    setLegacyTotal(total) {
      sql.setSetting.run('legacy_total', String(total));
      return Promise.resolve();
    },

    close() {
      if (db.isOpen) db.close();
      return Promise.resolve();
    },
  };

  /** Copies the WAL into the database and empties it, so old frames holding a destroyed salt are gone. */
  function forgetOldPages(): void {
    db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  }
}
