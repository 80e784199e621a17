import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nginxSite } from '../../src/lib/nginxSite.ts';
import { nginxSiteFile, securityHeaders } from '../../src/lib/securityHeaders.ts';
import {
  call,
  fixturePages,
  freePort,
  spawnServer,
  tempDir,
  userAgent,
  waitForPort,
  writeFixtureSite,
  type Reply,
  type ServerProcess,
} from './helpers.ts';

/**
 * The deployment the docs describe, for real: Debian's nginx with deploy/nginx-site.conf and the
 * configuration the build writes (src/lib/nginxSite.ts), serving the site's files, in front of
 * the Node server for /api/, which trusts nginx on loopback and nothing else (docs/deployment.md).
 */

const temp = tempDir('nginx');
const site = join(temp.dir, 'site');
const pagesFile = writeFixtureSite(site, fixturePages(2));
const article = '/tin-tuc/2024/bai-0/';
let server: ServerProcess;
let nginx: ChildProcess;
let base: string;

beforeAll(async () => {
  writeFileSync(
    join(site, nginxSiteFile),
    nginxSite({ site: securityHeaders({ https: true }), admin: securityHeaders({ https: true, admin: {} }) }),
  );
  server = await spawnServer({
    SITE_DIR: site,
    COUNTER_PAGES: pagesFile,
    COUNTER_DB: join(temp.dir, 'counter.sqlite'),
    COUNTER_TRUST_PROXY: 'loopback',
    COUNTER_RATE_LIMIT: '0',
  });
  const port = await freePort();
  const run = join(temp.dir, 'nginx');
  mkdirSync(run);
  // The configuration the docs give (deploy/nginx-site.conf), on a test port, without TLS, over
  // this test's site and server.
  const siteConf = readFileSync('deploy/nginx-site.conf', 'utf8')
    .replace(/^\s*(listen|ssl_\w+|http2)\b.*$/gm, '')
    .replace(/server_name bantin\.example\.vn;/g, `listen 127.0.0.1:${port};`)
    .replace(/server \{[^{}]*return 301[^{}]*\}/, '') // the plain-HTTP redirect
    .replaceAll('/srv/bantin/dist', site)
    .replace('127.0.0.1:4321', new URL(server.url).host);
  writeFileSync(
    join(run, 'nginx.conf'),
    `user root;
worker_processes 1;
error_log ${run}/error.log;
pid ${run}/nginx.pid;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${run}/body;
  proxy_temp_path ${run}/proxy;
  fastcgi_temp_path ${run}/fastcgi;
  uwsgi_temp_path ${run}/uwsgi;
  scgi_temp_path ${run}/scgi;
  limit_conn_zone $binary_remote_addr zone=bantin_per_address:10m;
${siteConf}
}
`,
  );
  nginx = spawn(process.env['NGINX'] ?? '/usr/sbin/nginx', ['-c', join(run, 'nginx.conf'), '-p', run, '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitForPort(port, { child: nginx });
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  nginx?.kill('SIGQUIT');
  await server?.stop();
  temp.remove();
});

/** Every security header once, as the build wrote it. */
function expectSecurityHeaders(res: Reply, label: string): void {
  for (const [name, value] of securityHeaders({ https: true })) expect(res.headers[name.toLowerCase()], `${label}: ${name}`).toBe(value);
}

/** A hit sent to nginx from `localAddress`, with an X-Forwarded-For the client made up. */
function hitThroughNginx(localAddress: string, forged: string, ua: string): Promise<{ counted: boolean }> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ path: article });
    const url = new URL('/api/hits', base);
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        localAddress,
        agent: false,
        headers: { 'Content-Type': 'text/plain', 'User-Agent': ua, 'X-Forwarded-For': forged, 'Content-Length': Buffer.byteLength(body) },
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () =>
          res.statusCode === 200 ? resolve(JSON.parse(text) as { counted: boolean }) : reject(new Error(`${res.statusCode} ${text}`)),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('nginx in front of the server', () => {
  it('serves pages, files and 404s from disk with every security header once', async () => {
    const home = await call(`${base}/`);
    expect(home.status).toBe(200);
    expectSecurityHeaders(home, '/');
    expect(home.headers['cache-control']).toBe('no-cache');
    const asset = await call(`${base}/_astro/counter.AbC123.js`);
    expect(asset.headers['cache-control']).toBe('max-age=31536000');
    expectSecurityHeaders(asset, 'asset');
    const missing = await call(`${base}/khong-co/`);
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('Không tìm thấy trang');
    expectSecurityHeaders(missing, '404');
    expect((await call(`${base}/en/missing/`)).body).toContain('Page not found');
    const redirect = await call(`${base}/tin-tuc/2024/bai-0`);
    expect(redirect.status).toBe(301);
    expect(redirect.headers['location']).toBe('/tin-tuc/2024/bai-0/');
    expect((await call(`${base}/_bantin/pages.json`)).status).toBe(404);
  });

  it('passes the API to the server, whose answers carry the headers once too', async () => {
    const health = await call(`${base}/api/health`);
    expect(health.status).toBe(200);
    expect(health.json()).toEqual({ site: 'ok', counter: 'ok' });
    expectSecurityHeaders(health, '/api/health');
  });

  it('tells readers apart by the address nginx saw, whatever X-Forwarded-For they send', async () => {
    const ua = userAgent('behind nginx');
    expect(await hitThroughNginx('127.0.0.1', '198.51.100.1', ua)).toMatchObject({ counted: true });
    expect(await hitThroughNginx('127.0.0.1', '198.51.100.2', ua)).toMatchObject({ counted: false });
    expect(await hitThroughNginx('127.0.0.6', '198.51.100.1', ua)).toMatchObject({ counted: true });
  });

  it('answers malformed ranges and keeps both servers up', async () => {
    for (const range of ['bytes=2-1', 'bytes=99999999999999999999-', 'bytes=-5']) {
      expect([200, 206, 416]).toContain((await call(`${base}${article}`, { headers: { Range: range } })).status);
    }
    expect((await call(`${base}/`)).status).toBe(200);
    expect(nginx.exitCode).toBeNull();
    expect(server.child.exitCode).toBeNull();
  });
});
