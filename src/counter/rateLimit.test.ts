import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rateLimit.ts';

describe('createRateLimiter', () => {
  it('allows a burst of perMinute, then asks to wait, then refills', () => {
    let now = 1_000_000;
    const limiter = createRateLimiter(60, () => now);
    for (let i = 0; i < 60; i++) expect(limiter.take('203.0.113.7')).toBe(0);
    expect(limiter.take('203.0.113.7')).toBe(1);
    // Another client has its own bucket.
    expect(limiter.take('203.0.113.8')).toBe(0);
    now += 1000;
    expect(limiter.take('203.0.113.7')).toBe(0);
    expect(limiter.take('203.0.113.7')).toBe(1);
  });

  it('says how long to wait when the rate is slow', () => {
    let now = 0;
    const limiter = createRateLimiter(2, () => now);
    limiter.take('a');
    limiter.take('a');
    expect(limiter.take('a')).toBe(30);
    now += 29_000;
    expect(limiter.take('a')).toBe(1);
  });

  it('forgets clients whose bucket is full again', () => {
    let now = 0;
    const limiter = createRateLimiter(60, () => now);
    limiter.take('a');
    now += 2000;
    limiter.sweep();
    for (let i = 0; i < 60; i++) expect(limiter.take('a')).toBe(0);
  });
});
