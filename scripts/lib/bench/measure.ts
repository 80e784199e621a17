import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pathExists } from '../fsExists.ts';

/**
 * Runs one build and measures it: wall time, and peak resident memory of the largest process in
 * the build's process tree (what `/usr/bin/time -v` calls "Maximum resident set size"). /proc is
 * polled every 100 ms for each process's VmHWM (its own high-water mark), which can only miss a
 * peak reached in a process's last 100 ms; GNU time, where installed, reports exactly the peak of
 * each process it waited for, through wait4(). Both are needed: a process that outlives its parent
 * is never waited for. The Pagefind processes are killed as the build ends, and GNU time alone
 * missed the largest of them (2.3 GiB reported for a build whose Pagefind process held 3 GiB).
 */

export interface BuildRun {
  wallMs: number;
  peakRssBytes: number;
  exitCode: number;
}

const gnuTime = '/usr/bin/time';

export interface ProcessInfo {
  pid: number;
  /** The executable's name, cut to 15 characters by Linux ("pagefind_extend"). */
  name: string;
  /** "R", "S", … "Z" for a process that ended and was not yet waited for. */
  state: string;
  ppid: number;
}

/** Every process now running or not yet waited for (Linux /proc). */
export async function processes(): Promise<ProcessInfo[]> {
  const found: ProcessInfo[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8');
      // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ")".
      const [state = '', ppid = ''] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      found.push({ pid: Number(entry), name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')), state, ppid: Number(ppid) });
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}

/** Every process whose parent chain leads to `root` (root included). */
async function processTree(root: number): Promise<number[]> {
  const all = await processes();
  const tree = [root];
  for (let i = 0; i < tree.length; i++) for (const { pid, ppid } of all) if (ppid === tree[i]) tree.push(pid);
  return tree;
}

async function highWaterMark(pid: number): Promise<number> {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(await readFile(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  logFile: string;
  /** Whether GNU time's figure is taken too, when it is installed (default); /proc is always polled. */
  gnuTime?: boolean;
}

export async function runMeasured(command: string, args: readonly string[], options: RunOptions): Promise<BuildRun> {
  const useGnuTime = options.gnuTime !== false && (await pathExists(gnuTime));
  const timeFile = `${options.logFile}.time`;
  const [file, argv] = useGnuTime ? [gnuTime, ['-f', '%M', '-o', timeFile, command, ...args]] : [command, [...args]];
  const log = createWriteStream(options.logFile);
  const started = performance.now();
  const child = spawn(file, argv, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });

  let polledPeak = 0;
  let polling = true;
  const poll = async () => {
    while (polling && child.pid !== undefined) {
      for (const pid of await processTree(child.pid)) polledPeak = Math.max(polledPeak, await highWaterMark(pid));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const poller = poll();
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
  const wallMs = performance.now() - started;
  polling = false;
  await poller;
  await new Promise((resolve) => log.end(resolve));

  let peakRssBytes = polledPeak;
  if (useGnuTime) {
    const lines = (await readFile(timeFile, 'utf8')).trim().split('\n');
    peakRssBytes = Math.max(peakRssBytes, Number(lines.at(-1)) * 1024);
    await rm(timeFile, { force: true });
  }
  return { wallMs, peakRssBytes, exitCode };
}

export interface DirStats {
  bytes: number;
  files: number;
  htmlFiles: number;
}

/** Total size and file counts of a folder tree (0 when it does not exist). */
export async function dirStats(dir: string): Promise<DirStats> {
  const totals: DirStats = { bytes: 0, files: 0, htmlFiles: 0 };
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch {
    return totals;
  }
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    totals.files++;
    if (entry.name.endsWith('.html')) totals.htmlFiles++;
    totals.bytes += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return totals;
}
