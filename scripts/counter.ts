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
import { readArgs, runCli, UsageError, type Usage } from './lib/cli/commandLine.ts';

const usage: Usage = {
  command: 'npm run counter',
  vi: `Bảo trì kho của bộ đếm lượt xem (kho máy chủ đang dùng: COUNTER_REDIS_URL, nếu không thì COUNTER_DB).
  npm run counter -- set-legacy-total 2268387   tổng "Tất cả" của cổng cũ (viết 2268387 hay 2.268.387), cộng vào tổng
  npm run counter -- show                       các số liệu đang lưu của trang
  npm run counter -- backup TỆP                 bản sao nhất quán của kho SQLite, an toàn khi máy chủ đang chạy`,
  en: `Maintenance of the visit counter's store (the one the server uses: COUNTER_REDIS_URL, else COUNTER_DB).
  npm run counter -- set-legacy-total 2268387   the legacy portal's "Tất cả" total (2268387 or 2.268.387), added to the live total
  npm run counter -- show                       the stored site figures
  npm run counter -- backup FILE                a consistent copy of the SQLite store, safe while the server runs`,
};

const commands = ['set-legacy-total', 'show', 'backup'];

async function main(): Promise<number> {
  const { positionals } = readArgs(usage, { options: {}, allowPositionals: true });
  const [command, value, ...extra] = positionals;
  if (command === undefined) throw new UsageError(`cần một lệnh: ${commands.join(', ')}`, `give a command: ${commands.join(', ')}`);
  if (!commands.includes(command)) throw new UsageError(`không có lệnh "${command}"`, `unknown command "${command}"`);
  if (extra.length > 0 || (command === 'show' && value !== undefined))
    throw new UsageError(`không hiểu "${[value, ...extra].at(-1)}"`, `unexpected argument "${[value, ...extra].at(-1)}"`);
  const config = readConfig();
  if (command === 'set-legacy-total') {
    const total = Number((value ?? '').replace(/[.,_\s]/g, ''));
    if (!value || !Number.isSafeInteger(total) || total < 0)
      throw new UsageError('set-legacy-total cần một số nguyên >= 0', 'set-legacy-total needs a whole number >= 0');
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
  if (!value) throw new UsageError('backup cần tên tệp', 'backup needs a file name');
  if (config.store.kind !== 'sqlite')
    throw new UsageError(
      'backup chép kho SQLite; sao lưu Redis bằng công cụ của Redis (BGSAVE)',
      'backup copies the SQLite store; back up Redis with its own tools (BGSAVE)',
      { hint: false },
    );
  const db = new DatabaseSync(config.store.file, { readOnly: true });
  try {
    await backup(db, value);
  } finally {
    db.close();
  }
  console.log(`Backed up ${config.store.file} to ${value}.`);
  return 0;
}

await runCli(usage, main);
