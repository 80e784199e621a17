import { describe, expect, it } from 'vitest';
import { cmsCodeLanguages, isDroppedGrammar } from './cmsCodeLanguages.ts';

describe('cmsCodeLanguages', () => {
  it('drops grammars news articles never need and keeps the ones an editor might paste', () => {
    expect(isDroppedGrammar('@shikijs/langs/emacs-lisp')).toBe(true);
    expect(isDroppedGrammar('@shikijs/langs/cpp')).toBe(true);
    for (const lang of ['markdown', 'yaml', 'html']) expect(isDroppedGrammar(`@shikijs/langs/${lang}`)).toBe(false);
  });

  it('leaves every other import alone', () => {
    for (const id of ['@shikijs/themes/github-light', 'shiki', './langs/cpp.js', '@sveltia/cms']) expect(isDroppedGrammar(id)).toBe(false);
  });

  it('resolves a dropped grammar to an empty grammar list', () => {
    const plugin = cmsCodeLanguages(['yaml']);
    const resolveId = plugin.resolveId as (id: string) => string | null;
    const load = plugin.load as (id: string) => string | null;
    const id = resolveId('@shikijs/langs/cpp');
    expect(id).not.toBeNull();
    expect(load(id!)).toBe('export default [];');
    expect(resolveId('@shikijs/langs/yaml')).toBeNull();
  });
});
