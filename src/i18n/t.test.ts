import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dictionaries, t } from './t.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(astro|ts)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('UI strings', () => {
  it('has the same keys in every language', () => {
    expect(Object.keys(dictionaries.en).sort()).toEqual(Object.keys(dictionaries.vi).sort());
  });

  it('has no empty string', () => {
    for (const dict of Object.values(dictionaries)) {
      for (const [key, value] of Object.entries(dict)) expect(value, key).not.toBe('');
    }
  });

  it('uses the same placeholders in every language', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, value] of Object.entries(dictionaries.vi)) {
      expect(placeholders(dictionaries.en[key as keyof typeof dictionaries.en]), key).toEqual(placeholders(value));
    }
  });

  it('defines every key the source code asks for', () => {
    // Catches keys built at run time too: any string literal passed to t()/tr() must exist.
    const used = new Set<string>();
    for (const file of sourceFiles('src')) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\b(?:t|tr)\(\s*(?:lang\s*,\s*)?['"]([a-z][\w]*\.[\w.]+)['"]/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(0);
    for (const key of used) expect(Object.hasOwn(dictionaries.vi, key), `missing UI key "${key}"`).toBe(true);
  });

  it('gives each language its own string, asked once or many times', () => {
    for (let round = 0; round < 2; round++) {
      expect(t('vi', 'nav.home')).toBe(dictionaries.vi['nav.home']);
      expect(t('en', 'nav.home')).toBe(dictionaries.en['nav.home']);
    }
    expect(dictionaries.en['nav.home']).not.toBe(dictionaries.vi['nav.home']);
  });

  it('interpolates values', () => {
    expect(t('vi', 'pagination.page', { page: 2, total: 5 })).toBe('Trang 2 / 5');
    expect(t('en', 'pagination.page', { page: 2, total: 5 })).toBe('Page 2 of 5');
  });

  it('says "1 article" but "2 articles" in English, and "bài viết" for any count in Vietnamese', () => {
    expect(t('en', 'list.count', { count: 1 })).toBe('1 article');
    expect(t('en', 'list.count', { count: 2 })).toBe('2 articles');
    expect(t('en', 'district.articles', { count: 1 })).toBe('1 article');
    expect(t('vi', 'district.articles', { count: 1 })).toBe('1 bài viết');
    expect(t('vi', 'list.count', { count: 7 })).toBe('7 bài viết');
  });
});
