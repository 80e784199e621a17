import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { freePort, waitForPort } from '../../scripts/lib/net.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

/**
 * Starts one real redis-server on a free loopback port for the integration tests (each test
 * file uses its own key prefix), and stops it afterwards. No persistence: nothing is written to disk.
 */

declare module 'vitest' {
  export interface ProvidedContext {
    redisUrl: string;
  }
}

const redisServer = process.env['REDIS_SERVER'] ?? '/usr/bin/redis-server';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'bantin-redis-'));
  const redis = spawn(
    redisServer,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--protected-mode', 'yes'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  try {
    await waitForPort(port, { child: redis });
  } catch (error) {
    redis.kill('SIGKILL');
    throw error;
  }
  project.provide('redisUrl', `redis://127.0.0.1:${port}`);
  return async () => {
    const exited = new Promise((resolve) => redis.once('exit', resolve));
    redis.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };
}
