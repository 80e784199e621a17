import { expect, it } from 'vitest';
import { exportLines } from './lines.ts';

it('cleans lines: NFC, no-break and zero-width spaces, indentation, CRLF, blank lines', () => {
  const nfd = 'Tân Trụ'.normalize('NFD');
  expect(exportLines(`\uFEFF  ${nfd}\u00a0\u00a0huyện\r\n\r\n\t\u200bLượt xem: 104  \n\n`)).toEqual(['Tân Trụ huyện', 'Lượt xem: 104']);
});
