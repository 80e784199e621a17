/**
 * The logic of `npm run check:upgrade` (scripts/check-upgrade.ts): which packages it upgrades and
 * how far, and what it says about the outcome. The canary installs the newest release that the
 * pinned version's major allows (`^` of the pin: the newest Astro 7, Pagefind 1), which is what a
 * site owner's `npm install astro@7` or `npm update` gives.
 */

/** The packages Astro upgrades come in: Astro, its integrations and tools, and Pagefind. */
export const canaryPackages = ['astro', '@astrojs/mdx', '@astrojs/rss', '@astrojs/sitemap', '@astrojs/check', 'pagefind'] as const;

export type Versions = Record<string, string>;

/** `npm install` specs for the canary's packages: each pinned package at `^` of its pin. */
export function upgradeSpecs(pinned: Versions, names: readonly string[] = canaryPackages): string[] {
  return names.filter((name) => pinned[name] !== undefined).map((name) => `${name}@^${pinned[name]!.replace(/^[\^~]/, '')}`);
}

/** The pinned versions of the canary's packages in a package.json (dependencies and devDependencies). */
export function pinnedVersions(manifest: { dependencies?: Versions; devDependencies?: Versions }): Versions {
  const all = { ...manifest.devDependencies, ...manifest.dependencies };
  return Object.fromEntries(canaryPackages.filter((name) => all[name] !== undefined).map((name) => [name, all[name]!]));
}

export interface Change {
  name: string;
  from: string;
  to: string;
}

/** The packages whose installed version differs after the upgrade. */
export function changes(before: Versions, after: Versions): Change[] {
  return Object.keys(before)
    .filter((name) => after[name] !== undefined && after[name] !== before[name])
    .map((name) => ({ name, from: before[name]!, to: after[name]! }));
}

export interface StepResult {
  /** "build the seeds", "build tests". */
  step: string;
  ok: boolean;
  /** The last lines of the step's output, when it failed. */
  tail?: string;
}

/** Which package, upgraded alone over the lock, makes a failed step fail too. */
export interface Blame {
  step: string;
  /** Packages that fail the step when upgraded alone. */
  alone: string[];
  /** Set when no package fails it alone: only the upgrades together do. */
  together: boolean;
}

/** The canary's report, in plain text for a terminal and a CI log. */
export function report(upgraded: Change[], steps: StepResult[], blames: Blame[]): string {
  const lines: string[] = [];
  if (upgraded.length === 0) lines.push('Nothing to upgrade: the lock already has the newest releases.');
  else {
    lines.push('Upgraded over the lock:');
    for (const { name, from, to } of upgraded) lines.push(`  ${name} ${from} → ${to}`);
  }
  lines.push('');
  for (const { step, ok } of steps) lines.push(`${ok ? 'PASS' : 'FAIL'}  ${step}`);
  for (const { step, alone, together } of blames) {
    if (alone.length > 0)
      lines.push(
        `  ${step}: broken by ${alone.join(', ')} (fails with only ${alone.length === 1 ? 'that package' : 'each of these'} upgraded)`,
      );
    else if (together) lines.push(`  ${step}: no package breaks it alone; the upgrades together do`);
  }
  for (const { step, ok, tail } of steps) if (!ok && tail) lines.push('', `--- ${step}: last lines ---`, tail);
  const failed = steps.filter((s) => !s.ok).length;
  lines.push('', failed === 0 ? 'Every step passes on the newest releases.' : `${failed} step(s) failed on the newest releases.`);
  return lines.join('\n');
}

/** The last `count` lines of a command's output. */
export function lastLines(output: string, count = 40): string {
  return output.trimEnd().split('\n').slice(-count).join('\n');
}
