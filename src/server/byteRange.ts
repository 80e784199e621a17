/**
 * What to do with a request's Range header for a file of `size` bytes (RFC 9110, section 14):
 * - `whole`: no Range, another unit, a syntactically invalid range (last before first, junk), or
 *   several ranges: the whole file with 200, which the RFC allows for all of these;
 * - `unsatisfiable`: 416, no part of the file is in the range (first beyond the end, or a suffix
 *   of zero bytes);
 * - `part`: those bytes with 206; a last position past the end and a suffix longer than the file
 *   are cut to the file.
 * Numbers of any length are compared exactly: a position too large for a JavaScript number is
 * still just beyond the end of the file.
 */
export type RangeDecision = { kind: 'whole' } | { kind: 'unsatisfiable' } | { kind: 'part'; start: number; end: number };

const spec = /^(\d*)-(\d*)$/;

export function decideRange(header: string | undefined, size: number): RangeDecision {
  if (header === undefined) return { kind: 'whole' };
  const equals = header.indexOf('=');
  if (equals === -1 || header.slice(0, equals).trim().toLowerCase() !== 'bytes') return { kind: 'whole' };
  const specs = header.slice(equals + 1).split(',');
  if (specs.length !== 1) return { kind: 'whole' };
  const match = spec.exec(specs[0]!.trim());
  if (!match) return { kind: 'whole' };
  const [, first = '', last = ''] = match;
  const length = BigInt(size);
  if (first === '') {
    if (last === '') return { kind: 'whole' };
    const suffix = BigInt(last);
    if (suffix === 0n || length === 0n) return { kind: 'unsatisfiable' };
    return { kind: 'part', start: Number(suffix >= length ? 0n : length - suffix), end: size - 1 };
  }
  const start = BigInt(first);
  if (last !== '' && BigInt(last) < start) return { kind: 'whole' };
  if (start >= length) return { kind: 'unsatisfiable' };
  const end = last === '' || BigInt(last) >= length ? length - 1n : BigInt(last);
  return { kind: 'part', start: Number(start), end: Number(end) };
}
