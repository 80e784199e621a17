/**
 * Group commit: requests that arrive within one turn of the event loop are written together, in
 * one transaction, and each caller's promise settles only when that write is done. One write is
 * in flight at a time; whatever arrives meanwhile forms the next batch, so batches grow with load
 * and a single fsync is shared by every hit that waited for it.
 */
export interface Batcher<I, O> {
  /** Queues an item; resolves with its result once its batch is written (rejects if the write fails). */
  add(item: I): Promise<O>;
  /** Resolves when nothing is queued or being written. */
  drain(): Promise<void>;
}

interface Pending<I, O> {
  item: I;
  resolve: (value: O) => void;
  reject: (error: unknown) => void;
}

export function createBatcher<I, O>(write: (items: I[]) => Promise<O[]>, options: { maxBatch?: number } = {}): Batcher<I, O> {
  const maxBatch = options.maxBatch ?? 2000;
  let queue: Pending<I, O>[] = [];
  let scheduled = false;
  let writing: Promise<void> | undefined;

  function schedule(): void {
    if (scheduled || writing) return;
    scheduled = true;
    // setImmediate runs after this turn's I/O callbacks: every request already received joins.
    setImmediate(() => {
      scheduled = false;
      writing = flush().finally(() => {
        writing = undefined;
        if (queue.length > 0) schedule();
      });
    });
  }

  async function flush(): Promise<void> {
    const batch = queue.length <= maxBatch ? queue : queue.slice(0, maxBatch);
    queue = queue.length <= maxBatch ? [] : queue.slice(maxBatch);
    if (batch.length === 0) return;
    try {
      const results = await write(batch.map((p) => p.item));
      if (results.length !== batch.length) throw new Error(`batch of ${batch.length} produced ${results.length} results`);
      batch.forEach((p, i) => p.resolve(results[i]!));
    } catch (error) {
      for (const p of batch) p.reject(error);
    }
  }

  return {
    add(item) {
      return new Promise<O>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        schedule();
      });
    },
    async drain() {
      while (writing || scheduled || queue.length > 0) {
        await (writing ?? new Promise((r) => setImmediate(r)));
      }
    },
  };
}
