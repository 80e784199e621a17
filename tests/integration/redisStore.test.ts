import { createClient } from 'redis';
import { inject } from 'vitest';
import { openRedisStore } from '../../src/counter/redisStore.ts';
import { uniquePrefix } from './helpers.ts';
import { describeStoreContract } from './storeContract.ts';

/** Every key in the Redis server (all tests' keys, not only this prefix) with its value. */
export async function dumpRedis(url: string): Promise<string> {
  const client = createClient({ url });
  await client.connect();
  let text = '';
  try {
    for await (const keys of client.scanIterator({ COUNT: 1000 })) {
      for (const key of keys) {
        const type = await client.type(key);
        const value =
          type === 'string'
            ? await client.get(key)
            : type === 'hash'
              ? await client.hGetAll(key)
              : type === 'set'
                ? await client.sMembers(key)
                : type === 'zset'
                  ? await client.zRangeWithScores(key, 0, -1)
                  : `(${type})`;
        text += `${key} => ${JSON.stringify(value)}\n`;
      }
    }
  } finally {
    await client.close();
  }
  return text;
}

describeStoreContract('Redis', async () => {
  const url = inject('redisUrl');
  const prefix = uniquePrefix('contract');
  return {
    open: () => openRedisStore(url, { prefix }),
    dump: () => dumpRedis(url),
    async cleanup() {
      const client = createClient({ url });
      await client.connect();
      for await (const keys of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 1000 })) if (keys.length) await client.del(keys);
      await client.close();
    },
  };
});
