import { describe, expect, it } from 'vitest';
import { isWithin } from './pathWithin.ts';

describe('isWithin', () => {
  it('is true for the folder itself and anything under it, however written', () => {
    expect(isWithin('content', 'content')).toBe(true);
    expect(isWithin('./content/', 'content')).toBe(true);
    expect(isWithin('content/articles/vi', 'content')).toBe(true);
    expect(isWithin('/srv/site', '/srv/site/dist/..')).toBe(true);
  });

  it('is false for a parent, a sibling, or a name that only starts alike', () => {
    expect(isWithin('.', 'dist')).toBe(false);
    expect(isWithin('/srv', '/srv/site')).toBe(false);
    expect(isWithin('content-synthetic', 'content')).toBe(false);
    expect(isWithin('bench-out/corpus', 'content')).toBe(false);
  });

  it('takes a folder whose name starts with ".." for a folder inside, not for a parent', () => {
    expect(isWithin('dist/..dot-folder', 'dist')).toBe(true);
    expect(isWithin('..dot-folder', '.')).toBe(true);
  });
});
