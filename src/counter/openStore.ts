import { openRedisStore } from './redisStore.ts';
import { openSqliteStore, type SqliteSynchronous } from './sqliteStore.ts';
import type { CounterStore } from './store.ts';

export type StoreConfig = { kind: 'sqlite'; file: string; synchronous: SqliteSynchronous } | { kind: 'redis'; url: string; prefix: string };

/** The configured store: Redis when COUNTER_REDIS_URL is set, else the SQLite file. */
export async function openStore(config: StoreConfig): Promise<CounterStore> {
  return config.kind === 'redis'
    ? openRedisStore(config.url, { prefix: config.prefix })
    : openSqliteStore(config.file, { synchronous: config.synchronous });
}
