import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { openSqliteStore } from '../../src/counter/sqliteStore.ts';
import { tempDir } from './helpers.ts';
import { describeStoreContract } from './storeContract.ts';

describeStoreContract('SQLite', async () => {
  const temp = tempDir('sqlite');
  const file = join(temp.dir, 'data', 'counter.sqlite');
  return {
    open: async () => openSqliteStore(file),
    async dump() {
      // Every row of every table, then the raw bytes of the database and its WAL: deleted data
      // lingering in free pages or old WAL frames would show up here too.
      const db = new DatabaseSync(file, { readOnly: true });
      let text = '';
      try {
        const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
        for (const { name } of tables) text += `${name}: ${JSON.stringify(db.prepare(`SELECT * FROM "${name}"`).all())}\n`;
      } finally {
        db.close();
      }
      for (const suffix of ['', '-wal', '-shm']) {
        if (existsSync(file + suffix)) text += readFileSync(file + suffix).toString('latin1');
      }
      return text;
    },
    cleanup: async () => temp.remove(),
  };
});
