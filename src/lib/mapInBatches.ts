/**
 * `fn` over `items`, `size` at a time, results in order: reading thousands of files one by one
 * waits on the disk, all at once runs out of file handles.
 */
export async function mapInBatches<T, R>(items: readonly T[], size: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await Promise.all(items.slice(i, i + size).map(fn))));
  return out;
}
