/**
 * `npm run counter -- <command>`: maintenance of the visit counter's store (the one the server
 * uses: COUNTER_REDIS_URL, else COUNTER_DB). See docs/counter.md.
 *
 *   set-legacy-total 2268387   the legacy portal's "Tất cả" total, added to the live total
 *   show                       the stored site figures
 *   backup FILE                a consistent copy of the SQLite store, safe while the server runs
 */
import { backup, DatabaseSync } from 'node:sqlite';
import { openStore } from '../src/counter/openStore.ts';
import { calendarAt } from '../src/counter/rules.ts';
import { readConfig } from '../src/server/config.ts';

const usage = `usage: npm run counter -- set-legacy-total <whole number>   (e.g. 2268387 or 2.268.387)
       npm run counter -- show
       npm run counter -- backup <file>`;

async function main(args: string[]): Promise<number> {
  const [command, value] = args;
  const config = readConfig();
  if (command === 'set-legacy-total') {
    const total = Number((value ?? '').replace(/[.,_\s]/g, ''));
    if (!value || !Number.isSafeInteger(total) || total < 0) {
      console.error(`set-legacy-total needs a whole number >= 0\n${usage}`);
      return 2;
    }
    const store = await openStore(config.store);
    try {
      await store.setLegacyTotal(total);
    } finally {
      await store.close();
    }
    console.log(`Legacy site total set to ${total} in ${store.description}.`);
    if (config.legacyTotal !== undefined) console.log(`Note: COUNTER_LEGACY_TOTAL=${config.legacyTotal} is set and takes precedence.`);
    return 0;
  }
  if (command === 'show') {
    const store = await openStore(config.store);
    try {
      const now = Date.now();
      const { site } = await store.recordBatch([], now, calendarAt(now));
      console.log(JSON.stringify({ store: store.description, ...site }, null, 2));
    } finally {
      await store.close();
    }
    return 0;
  }
  if (command === 'backup') {
    if (config.store.kind !== 'sqlite' || !value) {
      console.error(config.store.kind !== 'sqlite' ? 'backup copies the SQLite store; back up Redis with its own tools (BGSAVE)' : usage);
      return 2;
    }
    const db = new DatabaseSync(config.store.file, { readOnly: true });
    try {
      await backup(db, value);
    } finally {
      db.close();
    }
    console.log(`Backed up ${config.store.file} to ${value}.`);
    return 0;
  }
  console.error(usage);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
