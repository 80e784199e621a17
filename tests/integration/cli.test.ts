import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openStore } from '../../src/counter/openStore.ts';
import { calendarAt } from '../../src/counter/rules.ts';
import { tempDir, uniquePrefix } from './helpers.ts';

/** `npm run counter -- …` (scripts/counter.ts) against real stores. */

const run = promisify(execFile);
const temp = tempDir('cli');
afterAll(() => temp.remove());

async function counter(env: Record<string, string>, ...args: string[]) {
  try {
    const { stdout } = await run(process.execPath, ['scripts/counter.ts', ...args], { env: { ...process.env, ...env } });
    return { code: 0, stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout + e.stderr };
  }
}

describe('npm run counter', () => {
  it.each([
    ['SQLite', () => ({ COUNTER_DB: join(temp.dir, 'counter.sqlite') })],
    ['Redis', () => ({ COUNTER_REDIS_URL: inject('redisUrl'), COUNTER_REDIS_PREFIX: uniquePrefix('cli') })],
  ])('set-legacy-total stores the legacy site total (%s)', async (_name, makeEnv) => {
    const env = makeEnv();
    expect(await counter(env, 'set-legacy-total', '2.268.387')).toMatchObject({ code: 0 });
    const shown = await counter(env, 'show');
    expect(JSON.parse(shown.stdout)).toMatchObject({ legacyTotal: 2_268_387, total: 0 });
    const store = await openStore(
      'COUNTER_REDIS_URL' in env
        ? { kind: 'redis', url: env.COUNTER_REDIS_URL, prefix: env.COUNTER_REDIS_PREFIX }
        : { kind: 'sqlite', file: env.COUNTER_DB, synchronous: 'full' },
    );
    try {
      const now = Date.now();
      expect((await store.recordBatch([], now, calendarAt(now))).site.legacyTotal).toBe(2_268_387);
    } finally {
      await store.close();
    }
  });

  it('refuses what is not a whole number, and unknown commands', async () => {
    const env = { COUNTER_DB: join(temp.dir, 'refuse.sqlite') };
    expect(await counter(env, 'set-legacy-total', 'lots')).toMatchObject({ code: 2 });
    expect(await counter(env, 'set-legacy-total')).toMatchObject({ code: 2 });
    expect(await counter(env, 'reset-everything')).toMatchObject({ code: 2 });
  });

  it('backs up the SQLite store', async () => {
    const env = { COUNTER_DB: join(temp.dir, 'live.sqlite') };
    await counter(env, 'set-legacy-total', '42');
    const copy = join(temp.dir, 'copy.sqlite');
    expect(await counter(env, 'backup', copy)).toMatchObject({ code: 0 });
    expect(JSON.parse((await counter({ COUNTER_DB: copy }, 'show')).stdout)).toMatchObject({ legacyTotal: 42 });
  });
});
