import { describe, expect, it } from 'vitest';
import { highlight } from './searchHighlight.ts';

const marked = (text: string, words: string[]) =>
  highlight(text, words)
    .filter((s) => s.mark)
    .map((s) => s.text);

describe('highlight', () => {
  it('marks words matching with tone marks folded and đ read as d', () => {
    expect(marked('Chợ Lách hưởng ứng thi đua “Đồng khởi mới”', ['dong', 'khoi'])).toEqual(['Đồng', 'khởi']);
    expect(marked('huyện Tân Trụ, tỉnh Long An', ['Tân', 'Trụ'])).toEqual(['Tân', 'Trụ']);
  });

  it('keeps the text whole, in order', () => {
    const segments = highlight('Tân Trụ, Long An', ['tru']);
    expect(segments.map((s) => s.text).join('')).toBe('Tân Trụ, Long An');
    expect(segments).toEqual([
      { text: 'Tân ', mark: false },
      { text: 'Trụ', mark: true },
      { text: ', Long An', mark: false },
    ]);
  });

  it('marks the parts of a document number', () => {
    expect(marked('Nghị quyết số 55-NQ/HU ngày 06/12/2023', ['55', 'nq', 'hu'])).toEqual(['55', 'NQ', 'HU']);
  });

  it('marks word beginnings only for a query word that no word equals', () => {
    expect(marked('tăng trưởng, tập trung', ['tan', 'tru'])).toEqual(['tăng', 'trưởng', 'trung']);
    expect(marked('Tân Trụ tập trung', ['tan', 'tru'])).toEqual(['Tân', 'Trụ']);
  });

  it('returns the text unmarked when there is nothing to mark', () => {
    expect(highlight('Long An', [])).toEqual([{ text: 'Long An', mark: false }]);
    expect(highlight('', ['x'])).toEqual([]);
  });
});
