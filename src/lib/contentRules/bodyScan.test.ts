import { describe, expect, it } from 'vitest';
import { decodeSafely, linksIn, scanBody, visibleBodyLines } from './bodyScan.ts';

describe('visibleBodyLines', () => {
  it('blanks comments, fenced code and inline code, keeping one entry per line', () => {
    const body = ['a {/* hidden */} b', '<!--', 'hidden', '-->', '```', 'code', '```', 'x `code` y'].join('\n');
    const visible = visibleBodyLines(body);
    expect(visible).toHaveLength(8);
    expect(visible[0]!.trim().replace(/\s+/g, ' ')).toBe('a b');
    expect(visible.slice(1, 7).every((line) => line.trim() === '')).toBe(true);
    expect(visible[7]).toBe('x        y');
  });
});

describe('scanBody', () => {
  it('calls back for non-blank lines only, with their index', () => {
    const seen: Array<[string, number]> = [];
    scanBody(['a', '  ', 'b'], (text, index) => seen.push([text, index]));
    expect(seen).toEqual([
      ['a', 0],
      ['b', 2],
    ]);
  });
});

describe('linksIn', () => {
  it('finds Markdown links, reference definitions and <a> tags, not images', () => {
    expect(linksIn('[a](/x/ "t") ![img](/i.jpg) <a href="/y/">y</a> <a href=\'/z/\'>')).toEqual(['/x/', '/y/', '/z/']);
    expect(linksIn('[ref]: </r/>')).toEqual(['/r/']);
  });
});

describe('decodeSafely', () => {
  it('decodes percent-escapes and keeps a malformed path as written', () => {
    expect(decodeSafely('/tin-tuc/2024/t%C3%A2n/')).toBe('/tin-tuc/2024/tân/');
    expect(decodeSafely('/x%E0%A4%A/')).toBe('/x%E0%A4%A/');
  });
});
