import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, get, type IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializePageList } from '../../src/counter/pages.ts';
import { call, fixturePages, postHit, spawnServer, tempDir, userAgent, writeFixtureSite, type ServerProcess } from './helpers.ts';

/**
 * A new build under a running server: the real process (`node src/server/main.ts`) on a site
 * directory and a real SQLite file gets new files and a new page list, then SIGHUP. The new page
 * must be served at once, without a restart: counts, open connections and answers in flight kept.
 */

const pages = fixturePages(4);
const article = '/tin-tuc/2024/bai-0/'; // 1000 carried-over views
const added = '/tin-tuc/2025/moi/';
const temp = tempDir('reload');
const site = join(temp.dir, 'site');
const bigFileBytes = 16 * 1024 * 1024;
let server: ServerProcess;

/** Waits until the server's output has one more line containing `text` than it had. */
async function nextOutput(text: string, before: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (server.output().split(text).length - 1 <= before) {
    if (Date.now() > deadline) throw new Error(`no "${text}" in the server's output:\n${server.output()}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function hangUp(expected: string): Promise<void> {
  const before = server.output().split(expected).length - 1;
  server.child.kill('SIGHUP');
  await nextOutput(expected, before);
}

/** Starts a download and stops reading after its first chunk; `finish()` reads the rest. */
function startDownload(url: string): Promise<{ status: number; finish: () => Promise<number> }> {
  return new Promise((resolve, reject) => {
    get(url, (res: IncomingMessage) => {
      let bytes = 0;
      res.once('data', (chunk: Buffer) => {
        bytes += chunk.length;
        res.pause();
        resolve({
          status: res.statusCode ?? 0,
          finish: () =>
            new Promise((done, fail) => {
              res.on('data', (c: Buffer) => (bytes += c.length));
              res.on('end', () => done(bytes));
              res.on('error', fail);
              res.resume();
            }),
        });
      });
      res.on('error', reject);
    }).on('error', reject);
  });
}

beforeAll(async () => {
  writeFixtureSite(site, pages);
  writeFileSync(join(site, 'big.bin'), Buffer.alloc(bigFileBytes, 7));
  server = await spawnServer({ SITE_DIR: site, COUNTER_DB: join(temp.dir, 'counter.sqlite'), COUNTER_RATE_LIMIT: '0' });
});

afterAll(async () => {
  await server?.stop();
  temp.remove();
});

describe('SIGHUP after a new build', () => {
  it('serves the new page and counts it, keeping counts, connections and answers in flight', async () => {
    const reader = { ua: userAgent('reader') };
    expect((await postHit(server.url, article, reader)).json()).toMatchObject({ views: 1001, counted: true });
    expect((await call(`${server.url}${added}`)).status).toBe(404);
    expect((await postHit(server.url, added, reader)).status).toBe(404);

    // A keep-alive connection and a slow download opened before the reload.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    expect((await call(`${server.url}/`, { agent })).status).toBe(200);
    const download = await startDownload(`${server.url}/big.bin`);
    expect(download.status).toBe(200);

    // The "build": a new page, a new 404 page, the new page list (with carried-over views).
    mkdirSync(join(site, 'tin-tuc', '2025', 'moi'), { recursive: true });
    writeFileSync(join(site, 'tin-tuc', '2025', 'moi', 'index.html'), '<!doctype html><html lang="vi"><title>Bài mới</title>');
    writeFileSync(join(site, '404.html'), '<!doctype html><html lang="vi"><title>Trang 404 mới</title>');
    writeFileSync(join(site, '_bantin', 'pages.json'), serializePageList(new Map([...pages, [added, 5]])));

    // Hits from 100 visitors keep arriving while the signal lands; every one is answered.
    const during = Array.from({ length: 100 }, (_, i) =>
      (async () => {
        await new Promise((r) => setTimeout(r, i));
        return postHit(server.url, '/tin-tuc/2024/bai-1/', { ua: userAgent(`during-${i}`) });
      })(),
    );
    await new Promise((r) => setTimeout(r, 30));
    await hangUp('site files and page list reloaded (7 pages)');
    const answers = await Promise.all(during);
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));

    const page = await call(`${server.url}${added}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('Bài mới');
    expect((await call(`${server.url}/tin-tuc/2025/moi`)).headers['location']).toBe(added);
    expect((await call(`${server.url}/khong-co/`)).body).toContain('Trang 404 mới');
    expect((await postHit(server.url, added, reader)).json()).toMatchObject({ views: 6, counted: true });

    // Counts and the visitors' 30-minute marks are the store's and survived the reload.
    expect((await postHit(server.url, article, reader)).json()).toMatchObject({ views: 1001, counted: false });
    const after = (await call(`${server.url}/api/hits?path=/tin-tuc/2024/bai-1/`)).json();
    expect(after).toMatchObject({ views: 100, site: { today: 101 } });

    expect((await call(`${server.url}/`, { agent })).status).toBe(200);
    expect(await download.finish()).toBe(bigFileBytes);
    agent.destroy();
  });

  it('keeps serving the previous build when the new one cannot be read', async () => {
    writeFileSync(join(site, '_bantin', 'pages.json'), '{"half-written');
    mkdirSync(join(site, 'tin-tuc', '2025', 'sau'), { recursive: true });
    writeFileSync(join(site, 'tin-tuc', '2025', 'sau', 'index.html'), '<!doctype html><title>Sau</title>');
    await hangUp('nothing reloaded, still serving the previous build');
    expect((await call(`${server.url}/tin-tuc/2025/sau/`)).status).toBe(404);
    expect((await call(`${server.url}${added}`)).status).toBe(200);
    expect((await call(`${server.url}/api/hits?path=${encodeURIComponent(added)}`)).json()).toMatchObject({ views: 6 });
    expect(server.child.exitCode).toBeNull();
  });

  it('survives a listed file vanishing before the signal (a build emptying the site)', async () => {
    rmSync(join(site, 'tin-tuc', '2025', 'moi', 'index.html'));
    // Listed but gone: the reader gets the site's 404 page, and the server stays up.
    const gone = await call(`${server.url}${added}`);
    expect(gone.status).toBe(404);
    expect(gone.body).toContain('Trang 404 mới');
    expect((await call(`${server.url}/`)).status).toBe(200);
    expect(server.child.exitCode).toBeNull();
    writeFileSync(join(site, '_bantin', 'pages.json'), serializePageList(pages));
    await hangUp('site files and page list reloaded (6 pages)');
    expect((await call(`${server.url}${added}`)).status).toBe(404);
  });
});
