import { describe, expect, it } from 'vitest';
import { pagefindWords, planQuery } from './searchQuery.ts';

describe('pagefindWords', () => {
  it('drops punctuation the way Pagefind does and lower-cases', () => {
    expect(pagefindWords('“Đồng khởi mới”, Tân Trụ!')).toEqual(['đồng', 'khởi', 'mới', 'tân', 'trụ']);
    expect(pagefindWords('55-NQ/HU')).toEqual(['55nqhu']);
  });
});

describe('planQuery', () => {
  it('searches ordinary words as typed and notes the ones with marks', () => {
    expect(planQuery('  Tân tru ')).toEqual({ text: 'Tân tru', words: ['tân', 'tru'], markedWords: ['tân'], docKey: null });
  });

  it('has no text for blank input', () => {
    expect(planQuery('  ').text).toBeNull();
    expect(planQuery(' - / ').text).toBeNull();
  });

  it.each([
    ['55-NQ/HU', '55 NQ HU', '55-nq/hu'],
    ['55-nq/hu', '55 NQ HU', '55-nq/hu'],
    ['55 NQ/HU', '55 NQ HU', '55-nq/hu'],
    ['55 nq hu', '55 NQ HU', '55-nq/hu'],
    ['27/KH-UBND', '27 KH UBND', '27/kh-ubnd'],
    ['KH-UBND 27', '27 KH UBND', '27/kh-ubnd'],
    ['9/nq-hdnd', '09 NQ HDND', '09/nq-hdnd'],
    ['09/NQ-HĐND', '09 NQ HDND', '09/nq-hdnd'],
    ['Nghị quyết số 55-NQ/HU', '55 NQ HU', '55-nq/hu'],
  ])('reads "%s" as a document number: searches "%s", key %s', (typed, text, key) => {
    const plan = planQuery(typed);
    expect(plan.text).toBe(text);
    expect(plan.docKey).toBe(key);
    expect(plan.markedWords).toEqual([]);
  });

  it.each(['tan tru 2024', 'nong thon moi nang cao', 'thi đua 2024', '2024', 'chau thanh'])(
    'does not take "%s" for a document number',
    (typed) => {
      expect(planQuery(typed).docKey).toBeNull();
    },
  );
});
