/**
 * The worker thread that owns the SQLite database (sqliteStore.ts starts it). `node:sqlite` is
 * synchronous: here its commits and fsyncs block only this thread, while the server's event loop
 * keeps reading requests, which become the next batch. Requests are handled one at a time, in order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createSqliteCore, type SqliteCore, type SqliteSynchronous } from './sqliteCore.ts';

export type SqliteOp = Exclude<keyof SqliteCore, 'close'> | 'close';
export interface SqliteRequest {
  id: number;
  op: SqliteOp;
  args: unknown[];
}
export type SqliteReply = { ready: true } | { id: number; result: unknown } | { id: number; error: string };

const { file, synchronous } = workerData as { file: string; synchronous: SqliteSynchronous };
const port = parentPort!;
const core = createSqliteCore(file, { synchronous });

port.on('message', ({ id, op, args }: SqliteRequest) => {
  let reply: SqliteReply;
  try {
    reply = { id, result: (core[op] as (...a: unknown[]) => unknown)(...args) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
  if (op === 'close') port.close();
});
port.postMessage({ ready: true } satisfies SqliteReply);
