import type { Clock } from './rules.ts';

/**
 * Per-client rate limit: a token bucket per client address holding `perMinute` requests, refilled
 * continuously. A reader sends one request per page view, so the default (120 a minute) only stops
 * scripts; offices behind one NAT address still have room. Kept in memory: each API instance limits
 * on its own, which is enough to stop one client from flooding one server.
 */
export interface RateLimiter {
  /** Takes one request from `client`'s bucket: 0 when allowed, else the seconds to wait. */
  take(client: string): number;
  /** Forgets clients whose buckets are full again, so the map does not grow without bound. */
  sweep(): void;
}

export function createRateLimiter(perMinute: number, clock: Clock): RateLimiter {
  const perMs = perMinute / 60_000;
  const buckets = new Map<string, { tokens: number; at: number }>();

  const level = (bucket: { tokens: number; at: number }, now: number) =>
    Math.min(perMinute, bucket.tokens + Math.max(0, now - bucket.at) * perMs);

  return {
    take(client) {
      const now = clock();
      const bucket = buckets.get(client);
      const tokens = bucket ? level(bucket, now) : perMinute;
      if (tokens < 1) {
        if (bucket) Object.assign(bucket, { tokens, at: now });
        return Math.max(1, Math.ceil((1 - tokens) / perMs / 1000));
      }
      if (bucket) Object.assign(bucket, { tokens: tokens - 1, at: now });
      else buckets.set(client, { tokens: tokens - 1, at: now });
      return 0;
    },
    sweep() {
      const now = clock();
      for (const [client, bucket] of buckets) if (level(bucket, now) >= perMinute) buckets.delete(client);
    },
  };
}
