import { describe, expect, it } from 'vitest';
import { SourceLines } from './sourceLines.ts';

describe('SourceLines', () => {
  const raw = [
    '---',
    'title: "x"',
    'source:',
    '  name: "Báo"',
    '  url: "https://x"',
    'documents: [a, b]',
    'cover:',
    '  # why',
    '  alt: y',
    '---',
    '',
    '',
    'Body line 1',
    'Body line 2',
  ].join('\n');
  const lines = new SourceLines({ raw, body: 'Body line 1\nBody line 2' });
  it('finds nested keys, flow lists and body lines', () => {
    expect(lines.field(['source', 'url'])).toBe(5);
    expect(lines.field(['documents', 1])).toBe(6);
    expect(lines.field(['cover', 'alt'])).toBe(9);
    expect(lines.field(['title'])).toBe(2);
    expect(lines.field(['nope'])).toBeUndefined();
    expect(lines.body(1)).toBe(14);
  });
  it('does not take a nested key for a top-level one', () => {
    expect(lines.field(['name'])).toBeUndefined();
  });
});
