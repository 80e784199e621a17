import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSharedSecret, connectionsForFileLimit, openFilesLimit, readConfig } from './config.ts';

const dir = mkdtempSync(join(tmpdir(), 'bantin-config-'));
const site = join(dir, 'dist');
mkdirSync(site);
writeFileSync(join(site, 'index.html'), '<!doctype html>');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readConfig', () => {
  it('serves the built site and the API with SQLite by default', () => {
    expect(readConfig({ SITE_DIR: site })).toEqual({
      port: 4321,
      host: undefined,
      siteDir: site,
      pagesFile: join(site, '_bantin', 'pages.json'),
      store: { kind: 'sqlite', file: join('data', 'counter.sqlite'), synchronous: 'normal' },
      allowedOrigins: [],
      legacyTotal: undefined,
      rateLimit: 120,
      trustedProxies: [],
      secret: undefined,
      maxConnections: connectionsForFileLimit(openFilesLimit(readFileSync('/proc/self/limits', 'utf8'))),
      maxConnectionsPerClient: 128,
    });
  });

  it('serves the API alone when asked, or when there is no built site', () => {
    expect(readConfig({ SITE_DIR: site, COUNTER_API_ONLY: '1' }).siteDir).toBeNull();
    expect(readConfig({ SITE_DIR: join(dir, 'missing') }).siteDir).toBeNull();
    expect(readConfig({ SITE_DIR: site, COUNTER_PAGES: '/srv/pages.json' }).pagesFile).toBe('/srv/pages.json');
  });

  it('uses Redis when COUNTER_REDIS_URL is set', () => {
    expect(readConfig({ COUNTER_REDIS_URL: 'redis://cache:6379', COUNTER_REDIS_PREFIX: 'x:' }).store).toEqual({
      kind: 'redis',
      url: 'redis://cache:6379',
      prefix: 'x:',
    });
  });

  it('reads origins, the legacy total, limits and proxy trust', () => {
    const config = readConfig({
      PORT: '8080',
      HOST: '127.0.0.1',
      COUNTER_ALLOWED_ORIGINS: 'https://bantin.example.vn/, https://www.bantin.example.vn',
      COUNTER_LEGACY_TOTAL: '2.268.387',
      COUNTER_RATE_LIMIT: '0',
      COUNTER_TRUST_PROXY: 'loopback, 10.0.0.0/8 2001:db8::1',
      COUNTER_SECRET: 'x'.repeat(32),
      MAX_CONNECTIONS: '400',
      MAX_CONNECTIONS_PER_CLIENT: '16',
      COUNTER_DB: '/var/lib/bantin/counter.sqlite',
      COUNTER_SQLITE_SYNC: 'full',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      allowedOrigins: ['https://bantin.example.vn', 'https://www.bantin.example.vn'],
      legacyTotal: 2_268_387,
      rateLimit: 0,
      trustedProxies: ['loopback', '10.0.0.0/8', '2001:db8::1'],
      secret: 'x'.repeat(32),
      maxConnections: 400,
      maxConnectionsPerClient: 16,
      store: { kind: 'sqlite', file: '/var/lib/bantin/counter.sqlite', synchronous: 'full' },
    });
  });

  it("allows the site's own public origin (SITE_URL) besides the listed ones", () => {
    expect(
      readConfig({ SITE_URL: 'https://bantin.example.vn/', COUNTER_ALLOWED_ORIGINS: 'https://mirror.example.vn' }).allowedOrigins,
    ).toEqual(['https://mirror.example.vn', 'https://bantin.example.vn']);
    expect(() => readConfig({ SITE_URL: 'bantin' })).toThrow(/SITE_URL/);
  });

  it('refuses values it cannot use, naming the setting', () => {
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => readConfig({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => readConfig({ COUNTER_LEGACY_TOTAL: '-5' })).toThrow(/COUNTER_LEGACY_TOTAL/);
    expect(() => readConfig({ COUNTER_SQLITE_SYNC: 'off' })).toThrow(/COUNTER_SQLITE_SYNC/);
    expect(() => readConfig({ COUNTER_SECRET: 'short' })).toThrow(/COUNTER_SECRET must be at least 32/);
    expect(() => readConfig({ COUNTER_TRUST_PROXY: '10.0.0.300' })).toThrow(/COUNTER_TRUST_PROXY/);
    expect(() => readConfig({ MAX_CONNECTIONS: '99999999' })).toThrow(/MAX_CONNECTIONS must leave room/);
  });

  it('refuses to trust any proxy at all, and says what to write instead', () => {
    for (const value of ['1', 'true', 'yes']) {
      expect(() => readConfig({ COUNTER_TRUST_PROXY: value })).toThrow(/must name the proxies to trust.*COUNTER_TRUST_PROXY=loopback/);
    }
  });

  it('asks a server on Redis for the secret its instances share', () => {
    const redis = { kind: 'redis', url: 'redis://cache:6379', prefix: 'x:' } as const;
    expect(() => checkSharedSecret({ store: redis, secret: undefined })).toThrow(/COUNTER_SECRET must be set with COUNTER_REDIS_URL/);
    expect(() => checkSharedSecret({ store: redis, secret: 'x'.repeat(32) })).not.toThrow();
    expect(() => checkSharedSecret({ store: { kind: 'sqlite', file: 'x', synchronous: 'normal' }, secret: undefined })).not.toThrow();
  });
});

describe('the connection limit', () => {
  it('reads the soft open-files limit', () => {
    const limits =
      'Limit                     Soft Limit           Hard Limit           Units\nMax open files            1024                 4096                 files\n';
    expect(openFilesLimit(limits)).toBe(1024);
    expect(openFilesLimit('Max open files            unlimited            unlimited            files')).toBeUndefined();
    expect(openFilesLimit('')).toBeUndefined();
  });
  it('keeps two descriptors a connection, and some for the store and logs', () => {
    expect(connectionsForFileLimit(1024)).toBe(480);
    expect(connectionsForFileLimit(20000)).toBe(9968);
    expect(connectionsForFileLimit(undefined)).toBe(10_000);
  });
});
