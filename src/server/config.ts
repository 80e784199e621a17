import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pageListFile } from '../counter/pages.ts';
import type { StoreConfig } from '../counter/openStore.ts';

/** The server's settings, all from environment variables (documented in docs/counter.md). */
export interface ServerConfig {
  port: number;
  /** undefined: every interface, IPv4 and IPv6 (so http://localhost:PORT works either way). */
  host: string | undefined;
  /** The built site to serve, or null to serve the counter API alone. */
  siteDir: string | null;
  pagesFile: string;
  store: StoreConfig;
  allowedOrigins: string[];
  legacyTotal: number | undefined;
  /** Requests per minute per client; 0 turns the limit off. */
  rateLimit: number;
  trustProxy: boolean;
}

type Env = Record<string, string | undefined>;

function wholeNumber(env: Env, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw.replace(/[._\s]/g, ''));
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`${name} must be a whole number >= 0, got ${JSON.stringify(raw)}`);
  return value;
}

const yes = (value: string | undefined) => value !== undefined && /^(1|true|yes)$/i.test(value.trim());

/**
 * COUNTER_ALLOWED_ORIGINS, plus the site's own public origin (SITE_URL, the one the build writes
 * in canonical URLs), which a reverse proxy may hide from the Host header.
 */
function allowedOrigins(env: Env): string[] {
  const listed = (env['COUNTER_ALLOWED_ORIGINS'] ?? '').split(/[\s,]+/).filter(Boolean);
  const site = env['SITE_URL']?.trim();
  if (site) {
    try {
      listed.push(new URL(site).origin);
    } catch {
      throw new Error(`SITE_URL is not a URL: ${JSON.stringify(site)}`);
    }
  }
  return [...new Set(listed.map((o) => o.replace(/\/+$/, '')))];
}

export function readConfig(env: Env = process.env): ServerConfig {
  const dist = env['SITE_DIR'] || 'dist';
  const apiOnly = yes(env['COUNTER_API_ONLY']) || !existsSync(join(dist, 'index.html'));
  const redisUrl = env['COUNTER_REDIS_URL']?.trim();
  const synchronous = (env['COUNTER_SQLITE_SYNC'] ?? 'normal').trim().toLowerCase();
  if (synchronous !== 'full' && synchronous !== 'normal') throw new Error('COUNTER_SQLITE_SYNC must be "full" or "normal"');
  const port = wholeNumber(env, 'PORT', 4321);
  if (port > 65535) throw new Error('PORT must be at most 65535');
  return {
    port,
    host: env['HOST']?.trim() || undefined,
    siteDir: apiOnly ? null : dist,
    pagesFile: env['COUNTER_PAGES'] || join(dist, pageListFile),
    store: redisUrl
      ? { kind: 'redis', url: redisUrl, prefix: env['COUNTER_REDIS_PREFIX'] ?? 'bantin:' }
      : { kind: 'sqlite', file: env['COUNTER_DB'] || join('data', 'counter.sqlite'), synchronous },
    allowedOrigins: allowedOrigins(env),
    legacyTotal: env['COUNTER_LEGACY_TOTAL']?.trim() ? wholeNumber(env, 'COUNTER_LEGACY_TOTAL', 0) : undefined,
    rateLimit: wholeNumber(env, 'COUNTER_RATE_LIMIT', 120),
    trustProxy: yes(env['COUNTER_TRUST_PROXY']),
  };
}
