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

/** Be Vietnam Pro's vertical metrics per em (hhea and OS/2 typo agree), the fallbacks' target. */
const beVietnamPro = { ascent: 1, descent: 0.265, lineGap: 0 };

interface Face {
  family: string;
  weight: string;
  descriptors: Record<string, string>;
}

function faces(text: string): Face[] {
  return [...text.matchAll(/@font-face\s*{([^}]*)}/g)].map((m) => {
    const descriptors = Object.fromEntries(
      [...m[1]!.matchAll(/([\w-]+):\s*([^;]+);/g)].map((d) => [d[1]!, d[2]!.replace(/\s+/g, ' ').trim()]),
    );
    return { family: descriptors['font-family']!.replace(/'/g, ''), weight: descriptors['font-weight']!, descriptors };
  });
}

const percent = (value: string | undefined): number => {
  expect(value, 'a percentage').toMatch(/^\d+(\.\d+)?%$/);
  return parseFloat(value!) / 100;
};

describe('the metric-matched fallback faces', () => {
  const fallbacks = faces(css).filter((f) => f.family !== 'Be Vietnam Pro');
  const families = [...new Set(fallbacks.map((f) => f.family))];

  it('give each fallback family a regular and a bold face of local fonts only', () => {
    expect(families.length).toBeGreaterThan(0);
    for (const family of families) {
      expect(family).toMatch(/^Be Vietnam Pro Fallback /);
      expect(fallbacks.filter((f) => f.family === family).map((f) => f.weight)).toEqual(['400', '700']);
    }
    for (const face of fallbacks) expect(face.descriptors['src'], face.family).toMatch(/^local\('[^']+'\)(, local\('[^']+'\))*$/);
  });

  it("set Be Vietnam Pro's ascent, descent and line gap, scaled by each face's size-adjust", () => {
    for (const { family, weight, descriptors: d } of fallbacks) {
      const size = percent(d['size-adjust']);
      expect(size, `${family} ${weight}`).toBeGreaterThan(0.75);
      expect(size, `${family} ${weight}`).toBeLessThan(1.25);
      expect(percent(d['ascent-override']) * size, `${family} ${weight} ascent`).toBeCloseTo(beVietnamPro.ascent, 3);
      expect(percent(d['descent-override']) * size, `${family} ${weight} descent`).toBeCloseTo(beVietnamPro.descent, 3);
      expect(percent(d['line-gap-override']) * size, `${family} ${weight} line gap`).toBeCloseTo(beVietnamPro.lineGap, 3);
    }
  });

  it('come right after Be Vietnam Pro in the site font stack, before any font they do not adjust', () => {
    const stack = /--font:\s*([^;]+);/.exec(readFileSync(new URL('./global.css', import.meta.url), 'utf8'))![1]!;
    const names = stack.split(',').map((name) => name.trim().replace(/'/g, ''));
    expect(names.slice(0, families.length + 1)).toEqual(['Be Vietnam Pro', ...families]);
  });
});
