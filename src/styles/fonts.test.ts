import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The site loads only the "latin" and "vietnamese" subsets of its font (fonts.css). This checks
 * that they still cover every character the site prints: the real content and the UI strings.
 */
const css = readFileSync(new URL('./fonts.css', import.meta.url), 'utf8');

function unicodeRanges(text: string): [number, number][] {
  return [...text.matchAll(/unicode-range:\s*([^;]+);/g)].flatMap((m) =>
    m[1]!.split(',').map((part): [number, number] => {
      const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(from!, 16), parseInt(to ?? from!, 16)];
    }),
  );
}

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && pattern.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

describe('fonts.css', () => {
  const ranges = unicodeRanges(css);

  it('declares the latin and vietnamese subsets in both weights and nothing else', () => {
    const files = [...css.matchAll(/files\/([\w-]+\.woff2)/g)].map((m) => m[1]).sort();
    expect(files).toEqual([
      'be-vietnam-pro-latin-400-normal.woff2',
      'be-vietnam-pro-latin-700-normal.woff2',
      'be-vietnam-pro-vietnamese-400-normal.woff2',
      'be-vietnam-pro-vietnamese-700-normal.woff2',
    ]);
  });

  it('covers every character of the content and the UI strings', () => {
    const files = [...filesUnder('content', /\.(mdx?|ya?ml)$/), ...filesUnder('src/i18n', /\.json$/)];
    const uncovered = new Set<string>();
    for (const file of files) {
      for (const ch of readFileSync(file, 'utf8').normalize('NFC')) {
        const code = ch.codePointAt(0)!;
        if (/\s/.test(ch) || ranges.some(([a, b]) => code >= a && code <= b)) continue;
        uncovered.add(`${ch} U+${code.toString(16).toUpperCase().padStart(4, '0')} (${file})`);
      }
    }
    expect([...uncovered]).toEqual([]);
  });
});
