import { describe, expect, it } from 'vitest';
import { decideRange } from './byteRange.ts';

describe('decideRange', () => {
  const size = 1000;
  it('gives the part asked for, cut to the file', () => {
    expect(decideRange('bytes=0-0', size)).toEqual({ kind: 'part', start: 0, end: 0 });
    expect(decideRange('bytes=10-19', size)).toEqual({ kind: 'part', start: 10, end: 19 });
    expect(decideRange('bytes=990-', size)).toEqual({ kind: 'part', start: 990, end: 999 });
    expect(decideRange('bytes=5-99999999999999999999', size)).toEqual({ kind: 'part', start: 5, end: 999 });
    expect(decideRange('Bytes = 1-2 ', size)).toEqual({ kind: 'part', start: 1, end: 2 });
  });
  it('counts a suffix from the end, the whole file when it is longer', () => {
    expect(decideRange('bytes=-5', size)).toEqual({ kind: 'part', start: 995, end: 999 });
    expect(decideRange('bytes=-1000', size)).toEqual({ kind: 'part', start: 0, end: 999 });
    expect(decideRange('bytes=-99999999999999999999', size)).toEqual({ kind: 'part', start: 0, end: 999 });
  });
  it('finds nothing to send past the end, in a zero-byte suffix or in an empty file', () => {
    for (const header of [
      'bytes=1000-',
      'bytes=1000-2000',
      'bytes=99999999999999999999-',
      'bytes=9007199254740993-9007199254740999',
      'bytes=-0',
    ])
      expect(decideRange(header, size), header).toEqual({ kind: 'unsatisfiable' });
    expect(decideRange('bytes=0-', 0)).toEqual({ kind: 'unsatisfiable' });
    expect(decideRange('bytes=-5', 0)).toEqual({ kind: 'unsatisfiable' });
  });
  it('sends the whole file for no range, another unit, an invalid range or several ranges', () => {
    for (const header of [
      undefined,
      '',
      'bytes',
      'bytes=',
      'bytes=-',
      'bytes=2-1',
      'bytes=abc',
      'bytes=5',
      'bytes=--5',
      'bytes=1-2-3',
      'bytes=0x10-20',
      'bytes=1.5-2',
      'items=0-5',
      'bytes=0-1,3-4',
      'bytes=0-1,',
    ])
      expect(decideRange(header, size), String(header)).toEqual({ kind: 'whole' });
  });
});
