/**
 * `npm run bench:counter`: the visit counter's throughput and latency at 50 connections, measured
 * with autocannon against the real server (`node src/server/main.ts`, what `npm run serve` and
 * `npm start` run) with each store, next to a bare node:http server answering a fixed JSON in the
 * same run. Every hit comes from a distinct visitor, so every hit is a counted view (a write).
 *
 *   npm run bench:counter -- [--duration 5] [--rounds 3] [--connections 50] [--sqlite-sync full,normal]
 *
 * Prints a table of medians and writes bench-out/counter.json.
 */
import { randomBytes } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readArgsOrExit, type Usage } from '../lib/cli/commandLine.ts';
import { freePort } from '../lib/net.ts';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializePageList } from '../../src/counter/pages.ts';

interface AutocannonResult {
  requests: { average: number };
  latency: { p50: number; p99: number };
  '2xx': number;
  non2xx: number;
  errors: number;
  timeouts: number;
}
interface AutocannonRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  pipelining: number;
  requests: (AutocannonRequest & { setupRequest?: (request: AutocannonRequest) => AutocannonRequest })[];
}) => Promise<AutocannonResult>;
// autocannon ships no types; this is the part of its API used here.
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const usage: Usage = {
  command: 'npm run bench:counter',
  vi: `Đo thông lượng và độ trễ của bộ đếm lượt xem (máy chủ thật, SQLite và Redis) cạnh một máy chủ node:http trần.
  npm run bench:counter -- [--duration 5] [--rounds 3] [--connections 50] [--sqlite-sync full,normal] [--redis /usr/bin/redis-server]`,
  en: `Measures the visit counter's throughput and latency (the real server, SQLite and Redis) beside a bare node:http server.
  npm run bench:counter -- [--duration 5] [--rounds 3] [--connections 50] [--sqlite-sync full,normal] [--redis /usr/bin/redis-server]`,
};

const { values: options } = readArgsOrExit(usage, {
  options: {
    duration: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '50' },
    'sqlite-sync': { type: 'string', default: 'full,normal' },
    redis: { type: 'string', default: '/usr/bin/redis-server' },
  },
});
const duration = Number(options.duration);
const rounds = Number(options.rounds);
const connections = Number(options.connections);

async function waitFor(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`${url}: process exited with ${child.exitCode}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error(`${url} did not answer`);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

const bareServer = `
import { createServer } from 'node:http';
const body = JSON.stringify({ path: '/tin-tuc/2024/bai-0/', views: 1234, counted: true, site: { online: 12, today: 345, week: 6789, month: 12345, total: 2268387 } });
createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-store' });
    res.end(body);
  });
}).listen(Number(process.env.PORT), '127.0.0.1');
`;

const work = mkdtempSync(join(tmpdir(), 'bantin-bench-counter-'));
const pages = new Map<string, number>([['/', 0]]);
for (let i = 0; i < 1000; i++) pages.set(`/tin-tuc/2024/bai-${i}/`, i);
const pagesFile = join(work, 'pages.json');
writeFileSync(pagesFile, serializePageList(pages));
const paths = [...pages.keys()];

/** One POST per request, each from a new visitor (a distinct user agent), over the site's pages. */
function hitRequest(run: string): AutocannonRequest & { setupRequest: (r: AutocannonRequest) => AutocannonRequest } {
  let n = 0;
  return {
    method: 'POST',
    path: '/api/hits',
    setupRequest: (request) => {
      n++;
      return {
        ...request,
        headers: {
          'Content-Type': 'text/plain;charset=UTF-8',
          'User-Agent': `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36 r${run}-${n}`,
        },
        body: JSON.stringify({ path: paths[n % paths.length] }),
      };
    },
  };
}

interface Target {
  name: string;
  start(): Promise<{ url: string; child: ChildProcess }>;
}

let redisUrl = '';
const targets: Target[] = [
  {
    name: 'bare node:http (fixed JSON)',
    async start() {
      const port = await freePort();
      const child = spawn(process.execPath, ['--input-type=module', '-e', bareServer], {
        env: { ...process.env, PORT: String(port) },
        stdio: 'inherit',
      });
      return { url: `http://127.0.0.1:${port}`, child };
    },
  },
  ...[...options['sqlite-sync'].split(',').map((sync) => ({ store: 'sqlite', sync })), { store: 'redis', sync: '' }].map(
    ({ store, sync }): Target => ({
      name: store === 'sqlite' ? `counter, SQLite (synchronous=${sync})` : 'counter, Redis',
      async start() {
        const port = await freePort();
        const env: Record<string, string> = {
          PORT: String(port),
          HOST: '127.0.0.1',
          COUNTER_API_ONLY: '1',
          COUNTER_PAGES: pagesFile,
          COUNTER_DB: join(work, `counter-${Date.now()}.sqlite`),
          COUNTER_SQLITE_SYNC: sync || 'full',
          // One load generator on one address sends everything: lift the per-client limit
          // (the limiter still runs on every request).
          COUNTER_RATE_LIMIT: '1000000000',
        };
        if (store === 'redis') {
          Object.assign(env, {
            COUNTER_REDIS_URL: redisUrl,
            COUNTER_REDIS_PREFIX: `bench-${Date.now()}:`,
            COUNTER_SECRET: randomBytes(32).toString('base64url'),
          });
        }
        const child = spawn(process.execPath, ['src/server/main.ts'], {
          env: { ...process.env, ...env },
          stdio: ['ignore', 'ignore', 'inherit'],
        });
        return { url: `http://127.0.0.1:${port}`, child };
      },
    }),
  ),
];

interface Measure {
  reqPerSec: number;
  p50: number;
  p99: number;
  ok: number;
  failed: number;
  counted: number | null;
}

async function measure(target: Target, round: number): Promise<Measure> {
  const { url, child } = await target.start();
  try {
    await waitFor(`${url}/api/hits?path=/`, child);
    // Warm up (JIT, connections, SQLite pages), then measure.
    await autocannon({ url, connections, duration: 1, pipelining: 1, requests: [hitRequest(`w${round}`)] });
    const before = target.name.startsWith('counter')
      ? ((await (await fetch(`${url}/api/hits?path=/`)).json()) as { site: { total: number } }).site.total
      : 0;
    const result = await autocannon({ url, connections, duration, pipelining: 1, requests: [hitRequest(`m${round}`)] });
    let counted: number | null = null;
    if (target.name.startsWith('counter')) {
      const after = ((await (await fetch(`${url}/api/hits?path=/`)).json()) as { site: { total: number } }).site.total;
      counted = after - before;
    }
    return {
      reqPerSec: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      ok: result['2xx'],
      failed: result.non2xx + result.errors + result.timeouts,
      counted,
    };
  } finally {
    await stop(child);
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const redisPort = await freePort();
const redis = spawn(
  options.redis,
  ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', work],
  { stdio: 'ignore' },
);
redisUrl = `redis://127.0.0.1:${redisPort}`;
try {
  await new Promise((r) => setTimeout(r, 300));
  const results = new Map<string, Measure[]>(targets.map((t) => [t.name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const target of targets) {
      const m = await measure(target, round);
      results.get(target.name)!.push(m);
      console.log(
        `round ${round + 1}/${rounds} ${target.name}: ${Math.round(m.reqPerSec)} req/s, p50 ${m.p50} ms, p99 ${m.p99} ms${m.failed ? `, ${m.failed} failed` : ''}${m.counted !== null ? `, ${m.counted} counted of ${m.ok} answered 200` : ''}`,
      );
    }
  }
  const bare = median(results.get(targets[0]!.name)!.map((m) => m.reqPerSec));
  const summary = [...results].map(([name, ms]) => {
    const reqPerSec = median(ms.map((m) => m.reqPerSec));
    return {
      target: name,
      'req/s': Math.round(reqPerSec),
      'p50 ms': median(ms.map((m) => m.p50)),
      'p99 ms': median(ms.map((m) => m.p99)),
      'of bare': `${Math.round((reqPerSec / bare) * 100)}%`,
      failed: ms.reduce((sum, m) => sum + m.failed, 0),
    };
  });
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  console.log(
    `\nMedians of ${rounds} runs, ${connections} connections, ${duration} s each, every hit a distinct visitor (${cpus().length} CPUs, load average now ${load}):`,
  );
  console.table(summary);
  mkdirSync('bench-out', { recursive: true });
  writeFileSync(
    join('bench-out', 'counter.json'),
    `${JSON.stringify({ date: new Date().toISOString(), connections, duration, rounds, cpus: cpus().length, loadAverage: loadavg(), summary, runs: Object.fromEntries(results) }, null, 2)}\n`,
  );
} finally {
  redis.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
}
