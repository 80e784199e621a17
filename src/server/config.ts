import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import proxyaddr from 'proxy-addr';
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
  /**
   * The reverse proxies whose X-Forwarded-For is believed: addresses, CIDR ranges or proxy-addr's
   * names ("loopback"). Empty: the client is the connection's own address.
   */
  trustedProxies: string[];
  /**
   * Secret the day's visitor-id salt is derived from (COUNTER_SECRET), so that every instance and
   * restart agrees without a salt ever being stored; undefined: a random one per process.
   */
  secret: string | undefined;
  /** Open connections at most, below the process's file limit. */
  maxConnections: number;
  /** Open connections at most from one client address (trusted proxies are not limited). */
  maxConnectionsPerClient: number;
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
 * COUNTER_TRUST_PROXY: the proxies, by address. A bare yes/1 once meant "believe whoever sends the
 * header", which lets any client that reaches the port choose its own address; it is refused.
 */
function trustedProxies(env: Env): string[] {
  const raw = env['COUNTER_TRUST_PROXY']?.trim() ?? '';
  if (raw === '') return [];
  if (yes(raw)) {
    throw new Error(
      `COUNTER_TRUST_PROXY must name the proxies to trust, not ${JSON.stringify(raw)}: with nginx on the same machine write ` +
        'COUNTER_TRUST_PROXY=loopback (or 127.0.0.1,::1); for a load balancer, its addresses or ranges, e.g. 10.0.0.0/8. ' +
        'X-Forwarded-For from anyone else is ignored (docs/counter.md, Configuration).',
    );
  }
  const list = raw.split(/[\s,]+/).filter(Boolean);
  try {
    proxyaddr.compile(list);
  } catch (error) {
    throw new Error(
      `COUNTER_TRUST_PROXY: ${(error as Error).message}; give addresses, CIDR ranges, "loopback", "linklocal" or "uniquelocal"`,
    );
  }
  return list;
}

/** The soft limit on open files from /proc/self/limits (Linux), or undefined elsewhere. */
export function openFilesLimit(limits: string): number | undefined {
  const match = /^Max open files\s+(\d+|unlimited)/m.exec(limits);
  if (!match || match[1] === 'unlimited') return undefined;
  return Number(match[1]);
}

/**
 * Every connection holds a socket, and one being answered from a file holds that file too: two
 * descriptors each, with some kept back for the store, logs and the site's 404 pages.
 */
export function connectionsForFileLimit(limit: number | undefined): number {
  return limit === undefined ? 10_000 : Math.max(16, Math.floor((limit - 64) / 2));
}

function readOpenFilesLimit(): number | undefined {
  try {
    return openFilesLimit(readFileSync('/proc/self/limits', 'utf8'));
  } catch {
    return undefined;
  }
}

/** The secret needs to be unguessable: 32 characters or more (`openssl rand -base64 32` gives 44). */
function secret(env: Env): string | undefined {
  const value = env['COUNTER_SECRET']?.trim();
  if (value === undefined || value === '') return undefined;
  if (value.length < 32) throw new Error('COUNTER_SECRET must be at least 32 characters; make one with `openssl rand -base64 32`');
  return value;
}

/**
 * Instances sharing Redis must agree on the day's salt, so they need the same secret: a server
 * refuses to start without one. (The maintenance command, which counts nobody, does not need it.)
 */
export function checkSharedSecret(config: Pick<ServerConfig, 'store' | 'secret'>): void {
  if (config.store.kind === 'redis' && config.secret === undefined) {
    throw new Error(
      "COUNTER_SECRET must be set with COUNTER_REDIS_URL: every instance derives the day's visitor salt from it, so " +
        'they agree on who is a repeat visitor without a salt in Redis. Give every instance the same value, made once ' +
        'with `openssl rand -base64 32` (docs/counter.md, Privacy).',
    );
  }
}

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
  const fileLimit = readOpenFilesLimit();
  const maxConnections = wholeNumber(env, 'MAX_CONNECTIONS', connectionsForFileLimit(fileLimit));
  if (fileLimit !== undefined && maxConnections * 2 + 64 > fileLimit) {
    throw new Error(
      `MAX_CONNECTIONS must leave room under the open-file limit (${fileLimit}): at most ${connectionsForFileLimit(fileLimit)}`,
    );
  }
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
    trustedProxies: trustedProxies(env),
    secret: secret(env),
    maxConnections,
    maxConnectionsPerClient: wholeNumber(env, 'MAX_CONNECTIONS_PER_CLIENT', 128),
  };
}
