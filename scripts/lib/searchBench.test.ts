import { describe, expect, it } from 'vitest';
import { fileKind } from './searchBench.ts';

describe('fileKind', () => {
  it.each([
    ['/pagefind/index/vi_1a2b3c.pf_index', 'pagefind/index'],
    ['/pagefind-head/index/vi_1a2b3c.pf_index', 'pagefind-head/index'],
    ['/pagefind/fragment/vi_9f8e7d.pf_fragment', 'pagefind/fragment'],
    ['/pagefind-head/filter/en_00aa11.pf_filter', 'pagefind-head/filter'],
    ['/pagefind/pagefind.vi_d1a23242a2.pf_meta', 'pagefind/meta'],
    ['/pagefind-head/wasm.unknown.pagefind', 'pagefind-head/wasm'],
    ['/pagefind/pagefind.js', 'pagefind/script'],
    ['/pagefind/pagefind-entry.json', 'pagefind/script'],
    ['/tim-kiem/', 'page'],
    ['/tim-kiem/facets.json', 'page'],
  ])('%s is %s', (path, kind) => {
    expect(fileKind(path)).toBe(kind);
  });
});
