import { describe, expect, it } from 'vitest';
import { changes, lastLines, pinnedVersions, report, upgradeSpecs } from './upgradeCanary.ts';

describe('upgrade canary', () => {
  const manifest = {
    dependencies: { astro: '7.4.8', '@astrojs/mdx': '8.1.4', pagefind: '1.6.0', sharp: '0.35.5' },
    devDependencies: { '@astrojs/check': '0.9.12' },
  };

  it('upgrades Astro, its integrations and Pagefind within the major of their pins', () => {
    const pinned = pinnedVersions(manifest);
    expect(pinned).toEqual({ astro: '7.4.8', '@astrojs/mdx': '8.1.4', '@astrojs/check': '0.9.12', pagefind: '1.6.0' });
    expect(upgradeSpecs(pinned)).toEqual(['astro@^7.4.8', '@astrojs/mdx@^8.1.4', '@astrojs/check@^0.9.12', 'pagefind@^1.6.0']);
    expect(upgradeSpecs(pinned, ['astro'])).toEqual(['astro@^7.4.8']);
  });

  it('lists what changed', () => {
    expect(changes({ astro: '7.4.8', pagefind: '1.6.0' }, { astro: '7.5.0', pagefind: '1.6.0' })).toEqual([
      { name: 'astro', from: '7.4.8', to: '7.5.0' },
    ]);
  });

  it('says which package broke which step', () => {
    const text = report(
      [{ name: 'astro', from: '7.4.8', to: '7.5.0' }],
      [
        { step: 'build the seeds', ok: false, tail: 'paths is not iterable' },
        { step: 'build tests', ok: true },
      ],
      [{ step: 'build the seeds', alone: ['astro'], together: false }],
    );
    expect(text).toContain('astro 7.4.8 → 7.5.0');
    expect(text).toContain('FAIL  build the seeds');
    expect(text).toContain('build the seeds: broken by astro (fails with only that package upgraded)');
    expect(text).toContain('paths is not iterable');
    expect(text).toMatch(/1 step\(s\) failed on the newest releases\.$/);
  });

  it('says when only the upgrades together break a step, and when all is well', () => {
    expect(report([], [{ step: 'build tests', ok: false }], [{ step: 'build tests', alone: [], together: true }])).toContain(
      'build tests: no package breaks it alone; the upgrades together do',
    );
    expect(report([], [{ step: 'build the seeds', ok: true }], [])).toMatch(
      /^Nothing to upgrade[\s\S]*Every step passes on the newest releases\.$/,
    );
  });

  it('keeps the end of a long output', () => {
    expect(lastLines('a\nb\nc\n', 2)).toBe('b\nc');
  });
});
