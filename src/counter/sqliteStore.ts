import { Worker } from 'node:worker_threads';
import type { SqliteSynchronous } from './sqliteCore.ts';
import type { SqliteOp, SqliteReply, SqliteRequest } from './sqliteWorker.ts';
import type { CounterStore } from './store.ts';

export type { SqliteSynchronous } from './sqliteCore.ts';

/**
 * The embedded store: one SQLite file through Node's built-in `node:sqlite` (no native module to
 * compile), in WAL mode, owned by a worker thread (sqliteWorker.ts, sqliteCore.ts). Each batch is
 * one transaction; its promise resolves after COMMIT returned, so a hit is answered only once it
 * is durable. One server process per file: for several servers, use the Redis store.
 */
export async function openSqliteStore(file: string, options: { synchronous?: SqliteSynchronous } = {}): Promise<CounterStore> {
  const worker = new Worker(new URL('./sqliteWorker.ts', import.meta.url), {
    workerData: { file, synchronous: options.synchronous ?? 'full' },
  });
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  let failure: Error | undefined;

  function fail(error: Error): void {
    failure ??= error;
    for (const p of pending.values()) p.reject(failure);
    pending.clear();
  }

  await new Promise<void>((resolve, reject) => {
    worker.on('message', (reply: SqliteReply) => {
      if ('ready' in reply) return resolve();
      const p = pending.get(reply.id);
      pending.delete(reply.id);
      if ('error' in reply) p?.reject(new Error(`sqlite: ${reply.error}`));
      else p?.resolve(reply.result);
    });
    worker.on('error', (error) => {
      fail(error);
      reject(error);
    });
    worker.on('exit', (code) => {
      const error = new Error(`the SQLite worker stopped (exit code ${code})`);
      fail(error);
      reject(error);
    });
  });

  function call<T>(op: SqliteOp, ...args: unknown[]): Promise<T> {
    if (failure) return Promise.reject(failure);
    return new Promise<T>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ id, op, args } satisfies SqliteRequest);
    });
  }

  return {
    description: `sqlite ${file}`,
    recordBatch: (items, now, calendar) => call('recordBatch', items, now, calendar),
    daySalt: (now, calendar, candidate) => call('daySalt', now, calendar, candidate),
    purge: (now, calendar) => call('purge', now, calendar),
    setLegacyTotal: (total) => call('setLegacyTotal', total),
    async close() {
      if (!failure) await call('close');
      await worker.terminate();
    },
  };
}
