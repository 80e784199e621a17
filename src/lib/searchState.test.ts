import { describe, expect, it } from 'vitest';
import {
  emptyState,
  isBlank,
  pagefindOptions,
  parseSearchState,
  sameState,
  serializeSearchState,
  type SearchState,
} from './searchState.ts';

const state = (extra: Partial<Omit<SearchState, 'filters'>> & { filters?: Partial<SearchState['filters']> } = {}): SearchState => ({
  ...emptyState(),
  ...extra,
  filters: { ...emptyState().filters, ...extra.filters },
});

describe('parseSearchState', () => {
  it('reads the query, every filter and the sort', () => {
    expect(
      parseSearchState(
        '?q=t%C3%A2n+tr%E1%BB%A5&district=tan-tru-long-an&document=tan-tru-long-an-55-nq-hu-2023&year=2024&topic=thi-dua&sort=oldest',
      ),
    ).toEqual(
      state({
        q: 'tân trụ',
        filters: { district: 'tan-tru-long-an', document: 'tan-tru-long-an-55-nq-hu-2023', year: '2024', topic: 'thi-dua' },
        sort: 'oldest',
      }),
    );
  });

  it('ignores malformed values and unknown keys', () => {
    expect(parseSearchState('?district=<script>&year=24&sort=random&page=3&topic=')).toEqual(emptyState());
  });

  it('keeps a query as typed, including document-number punctuation', () => {
    expect(parseSearchState(new URLSearchParams({ q: '27/KH-UBND' })).q).toBe('27/KH-UBND');
  });

  it('caps a very long query', () => {
    expect(parseSearchState(`?q=${'a'.repeat(500)}`).q).toHaveLength(200);
  });
});

describe('serializeSearchState', () => {
  it('leaves out empty values and the default sort', () => {
    expect(serializeSearchState(emptyState())).toBe('');
    expect(serializeSearchState(state({ q: '55-NQ/HU' }))).toBe('?q=55-NQ%2FHU');
    expect(serializeSearchState(state({ q: '  ', filters: { year: '2024' } }))).toBe('?year=2024');
  });

  it('writes keys in one fixed order', () => {
    expect(serializeSearchState(state({ sort: 'relevance', filters: { topic: 'thi-dua', district: 'x' }, q: 'a' }))).toBe(
      '?q=a&district=x&topic=thi-dua&sort=relevance',
    );
  });

  it.each([
    state({ q: 'tân trụ', filters: { district: 'tan-tru-long-an' } }),
    state({ q: 'KH-UBND 27', sort: 'oldest' }),
    state({ filters: { document: 'ben-tre-01-ct-tu-2020', year: '2024', topic: 'thi-dua' }, sort: 'relevance' }),
  ])('round-trips %j', (s) => {
    expect(parseSearchState(serializeSearchState(s))).toEqual(s);
    expect(sameState(parseSearchState(serializeSearchState(s)), s)).toBe(true);
  });
});

describe('isBlank', () => {
  it('is blank with neither words nor filters', () => {
    expect(isBlank(state({ q: '  ', sort: 'oldest' }))).toBe(true);
    expect(isBlank(state({ filters: { year: '2024' } }))).toBe(false);
    expect(isBlank(state({ q: 'a' }))).toBe(false);
  });
});

describe('pagefindOptions', () => {
  it('passes the chosen filters and sorts newest first by default', () => {
    expect(pagefindOptions(state({ q: 'a', filters: { district: 'd', year: '2024' } }))).toEqual({
      filters: { district: 'd', year: '2024' },
      sort: { date: 'desc' },
    });
  });

  it('sorts oldest first, or not at all for relevance', () => {
    expect(pagefindOptions(state({ q: 'a', sort: 'oldest' })).sort).toEqual({ date: 'asc' });
    expect(pagefindOptions(state({ q: 'a', sort: 'relevance' })).sort).toEqual({});
  });

  it('lists by date when relevance is asked without words', () => {
    expect(pagefindOptions(state({ filters: { year: '2024' }, sort: 'relevance' })).sort).toEqual({ date: 'desc' });
  });
});
