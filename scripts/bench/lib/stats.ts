/**
 * The few statistics the bench reports. Medians and ranges rather than means: a build on a shared
 * 2-core machine has outliers (another process wakes up), and the median of three ignores one.
 */

export interface Summary {
  median: number;
  min: number;
  max: number;
  /** How many values were summarised. */
  n: number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) throw new RangeError('summary of no values');
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), n: values.length };
}

/** ours / baseline, or undefined when the baseline is zero or missing. */
export function ratio(ours: number | undefined, baseline: number | undefined): number | undefined {
  if (ours === undefined || baseline === undefined || baseline === 0) return undefined;
  return ours / baseline;
}

/**
 * How a per-page cost grows between the smallest and largest size: 1.0 is flat (linear total
 * cost); 1.3 means a page at the largest size costs 30% more than at the smallest.
 */
export function growth(perPage: readonly { size: number; value: number }[]): number | undefined {
  if (perPage.length < 2) return undefined;
  const sorted = [...perPage].sort((a, b) => a.size - b.size);
  return ratio(sorted.at(-1)!.value, sorted[0]!.value);
}

/** 1536 → "1.5 KiB"; binary units, as `du -h` and the memory budget's "GiB" use. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(value >= 100 ? 0 : 1)} ${units[unit]}`;
}

/** 83_400 → "83.4 s"; 950 → "950 ms"; 725_000 → "12 min 5 s". */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 120_000) return `${(ms / 1000).toFixed(1)} s`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}
