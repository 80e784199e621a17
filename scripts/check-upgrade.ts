/**
 * `npm run check:upgrade`: the upgrade canary. In a temporary copy of the project it installs the
 * lock, then the newest releases of Astro 7, its integrations and Pagefind 1 over it
 * (scripts/lib/upgradeCanary.ts), builds the seeds and runs the build tests, and for each step
 * that fails tries each upgraded package alone over the lock, to say which package broke what.
 * The project itself is not touched. Exits 1 if a step failed. Run weekly by
 * .github/workflows/upgrade-canary.yml.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { readArgs, runCli, type Usage } from './lib/cli/commandLine.ts';
import {
  changes,
  lastLines,
  pinnedVersions,
  report,
  upgradeSpecs,
  type Blame,
  type StepResult,
  type Versions,
} from './lib/upgradeCanary.ts';

const usage: Usage = {
  command: 'npm run check:upgrade',
  vi: `
Thử bản Astro 7, các tích hợp của nó và Pagefind 1 mới nhất trên một bản sao tạm của dự án:
cài, dựng các bài mẫu, chạy các bài kiểm tra dựng, và nói gói nào làm hỏng bước nào.

  npm run check:upgrade
  npm run check:upgrade -- --no-tests     chỉ dựng các bài mẫu (nhanh hơn)
  npm run check:upgrade -- --keep         giữ lại bản sao tạm để xem`,
  en: `
Tries the newest Astro 7, its integrations and Pagefind 1 in a temporary copy of the project:
installs them over the lock, builds the seeds, runs the build tests, and says which package broke what.

  npm run check:upgrade
  npm run check:upgrade -- --no-tests     only build the seeds (faster)
  npm run check:upgrade -- --keep         keep the temporary copy to look at`,
};

const repo = resolve(import.meta.dirname, '..');

interface Run {
  code: number;
  output: string;
}

/** Runs a command in `cwd`, its output both shown and kept. */
function run(command: string, args: string[], cwd: string): Promise<Run> {
  return new Promise((done, fail) => {
    process.stdout.write(`\n$ ${command} ${args.join(' ')}\n`);
    const child = spawn(command, args, { cwd, env: { ...process.env, FORCE_COLOR: '0' } });
    let output = '';
    const keep = (chunk: Buffer) => {
      output += chunk.toString();
      process.stdout.write(chunk);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? 1, output }));
  });
}

/** The project's tracked files, copied into `target`: no node_modules, no build output, no caches. */
async function copyProject(target: string): Promise<void> {
  const listed = await new Promise<string>((done, fail) => {
    const child = spawn('git', ['ls-files', '-z'], { cwd: repo });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? done(out) : fail(new Error(`git ls-files exited with ${code}`))));
  });
  // A tracked file deleted in the working tree is left out, as the next commit will.
  for (const file of listed.split('\0').filter((name) => name && existsSync(join(repo, name)))) {
    mkdirSync(dirname(join(target, file)), { recursive: true });
    cpSync(join(repo, file), join(target, file), { errorOnExist: false, force: true });
  }
}

function installedVersions(copy: string, names: readonly string[]): Versions {
  return Object.fromEntries(
    names.map((name) => [
      name,
      (JSON.parse(readFileSync(join(copy, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version,
    ]),
  );
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const quiet = ['--no-audit', '--no-fund'];

/** The lock as committed, installed in the copy (and nothing upgraded). */
async function installLock(copy: string, manifest: string, lock: string): Promise<void> {
  cpSync(manifest, join(copy, 'package.json'));
  cpSync(lock, join(copy, 'package-lock.json'));
  const install = await run(npm, ['install', ...quiet], copy);
  if (install.code !== 0) throw new Error(`npm install of the lock failed:\n${lastLines(install.output)}`);
}

async function main(): Promise<number> {
  const { values } = readArgs(usage, {
    options: { 'no-tests': { type: 'boolean' }, 'no-blame': { type: 'boolean' }, keep: { type: 'boolean' } },
  });
  const copy = mkdtempSync(join(tmpdir(), 'bantin-upgrade-'));
  try {
    await copyProject(copy);
    const manifestFile = join(copy, 'package.json.lock-version');
    const lockFile = join(copy, 'package-lock.json.lock-version');
    cpSync(join(copy, 'package.json'), manifestFile);
    cpSync(join(copy, 'package-lock.json'), lockFile);
    const pinned = pinnedVersions(JSON.parse(readFileSync(manifestFile, 'utf8')));
    const names = Object.keys(pinned);

    await installLock(copy, manifestFile, lockFile);
    const before = installedVersions(copy, names);
    const upgrade = (specs: string[]) => run(npm, ['install', ...quiet, '--save-exact', ...specs], copy);
    const upgraded = await upgrade(upgradeSpecs(pinned));
    if (upgraded.code !== 0) throw new Error(`npm install of the newest releases failed:\n${lastLines(upgraded.output)}`);
    const after = installedVersions(copy, names);
    const changed = changes(before, after);

    const steps: { step: string; args: string[] }[] = [
      { step: 'build the seeds (npm run build)', args: ['run', 'build'] },
      ...(values['no-tests'] ? [] : [{ step: 'build tests (vitest --project build)', args: ['test', '--', '--project', 'build'] }]),
    ];
    const results: StepResult[] = [];
    for (const { step, args } of steps) {
      const { code, output } = await run(npm, args, copy);
      results.push(code === 0 ? { step, ok: true } : { step, ok: false, tail: lastLines(output) });
    }

    // Which package breaks a failed step: each upgraded alone over the lock.
    const blames: Blame[] = [];
    const failed = steps.filter((_, i) => !results[i]!.ok);
    if (failed.length > 0 && changed.length > 1 && !values['no-blame']) {
      const alone = new Map<string, string[]>(failed.map(({ step }) => [step, []]));
      for (const { name, to } of changed) {
        await installLock(copy, manifestFile, lockFile);
        if ((await upgrade([`${name}@${to}`])).code !== 0) continue;
        for (const { step, args } of failed) if ((await run(npm, args, copy)).code !== 0) alone.get(step)!.push(`${name} ${to}`);
      }
      for (const { step } of failed) blames.push({ step, alone: alone.get(step)!, together: alone.get(step)!.length === 0 });
    } else if (failed.length > 0 && changed.length === 1) {
      for (const { step } of failed) blames.push({ step, alone: [`${changed[0]!.name} ${changed[0]!.to}`], together: false });
    }

    process.stdout.write(`\n${report(changed, results, blames)}\n`);
    if (values.keep) process.stdout.write(`\nThe copy is kept in ${copy}\n`);
    return results.every((r) => r.ok) ? 0 : 1;
  } finally {
    if (!values.keep) rmSync(copy, { recursive: true, force: true });
  }
}

await runCli(usage, main);
