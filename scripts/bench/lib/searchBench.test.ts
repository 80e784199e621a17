import { describe, expect, it } from 'vitest';
import { fileKind } from './searchBench.ts';

describe('fileKind', () => {
  it.each([
    ['/pagefind/vi/index/vi_1a2b3c.pf_index', 'pagefind/index'],
    ['/pagefind-head/vi/index/vi_1a2b3c.pf_index', 'pagefind-head/index'],
    ['/pagefind/vi/fragment/vi_9f8e7d.pf_fragment', 'pagefind/fragment'],
    ['/pagefind-head/en/filter/en_00aa11.pf_filter', 'pagefind-head/filter'],
    ['/pagefind/vi/pagefind.vi_d1a23242a2.pf_meta', 'pagefind/meta'],
    ['/pagefind-head/en/wasm.unknown.pagefind', 'pagefind-head/wasm'],
    ['/pagefind/vi/pagefind.js', 'pagefind/script'],
    ['/pagefind/en/pagefind-entry.json', 'pagefind/script'],
    ['/tim-kiem/', 'page'],
    ['/tim-kiem/facets.json', 'page'],
  ])('%s is %s', (path, kind) => {
    expect(fileKind(path)).toBe(kind);
  });
});
