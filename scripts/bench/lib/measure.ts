import { spawn } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pathExists } from '../../lib/fsExists.ts';

/**
 * Runs one build and measures it: wall time, and peak resident memory of the largest process in
 * the build's process tree (what `/usr/bin/time -v` calls "Maximum resident set size"). /proc is
 * polled every 100 ms for each process's VmHWM (its own high-water mark), which can only miss a
 * peak reached in a process's last 100 ms; GNU time, where installed, reports exactly the peak of
 * each process it waited for, through wait4(). Both are needed: a process that outlives its parent,
 * or one its parent kills as the build ends, is never waited for (GNU time alone once reported
 * 2.3 GiB for a build whose Pagefind process held 3 GiB).
 *
 * The same polls add up the tree's resident memory at each moment (VmRSS): the memory the machine
 * needs for the build, when it runs several processes at once (Astro, Pagefind's commands). An upper bound, since
 * pages the processes share (the Pagefind binary, libraries) count once per process; and only
 * polled, so it can miss a sum that lasted less than 100 ms.
 */

export interface BuildRun {
  wallMs: number;
  /** The largest process's peak. */
  peakRssBytes: number;
  /** The peak of all the build's processes together. */
  peakTotalRssBytes: number;
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

/**
 * Every process now running or not yet waited for (Linux /proc). Read synchronously: the polls
 * below run this ten times a second while the build uses both cores, and with a promise per file
 * they take 9.5% of a core (1.9 s of CPU in 20 s, 70 processes), time taken from the build they
 * measure, and more from the site's build, which keeps both cores busy, than from the bare one's.
 */
export function processes(): ProcessInfo[] {
  const found: ProcessInfo[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
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
function processTree(root: number): number[] {
  const all = processes();
  const tree = [root];
  for (let i = 0; i < tree.length; i++) for (const { pid, ppid } of all) if (ppid === tree[i]) tree.push(pid);
  return tree;
}

const peakField = /VmHWM:\s+(\d+) kB/;
const nowField = /VmRSS:\s+(\d+) kB/;

/** A process's peak (VmHWM) and current (VmRSS) resident memory; zeros once it is gone. */
function memory(pid: number): { peak: number; now: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const bytes = (field: RegExp) => Number(field.exec(status)?.[1] ?? 0) * 1024;
    return { peak: bytes(peakField), now: bytes(nowField) };
  } catch {
    return { peak: 0, now: 0 };
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
  let peakTotalRssBytes = 0;
  let polling = true;
  const poll = async () => {
    while (polling && child.pid !== undefined) {
      let total = 0;
      for (const pid of processTree(child.pid)) {
        const { peak, now } = memory(pid);
        polledPeak = Math.max(polledPeak, peak);
        total += now;
      }
      peakTotalRssBytes = Math.max(peakTotalRssBytes, total);
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
  // A peak only GNU time saw (between two polls) is part of some moment's sum too.
  return { wallMs, peakRssBytes, peakTotalRssBytes: Math.max(peakTotalRssBytes, peakRssBytes), exitCode };
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
