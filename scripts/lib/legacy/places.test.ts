import { expect, it } from 'vitest';
import { placesFor } from './places.ts';

it('puts the site’s own districts first, with their spelling, and the rest of the country after', () => {
  const mine = [
    {
      id: 'tan-tru-long-an',
      name: { vi: 'Tân Trụ', en: 'Tan Tru (own)' },
      province: { vi: 'Long An', en: 'Long An' },
      kind: 'huyện' as const,
    },
  ];
  const places = placesFor(mine);
  expect(places).toHaveLength(696);
  expect(places[0]).toMatchObject({ id: 'tan-tru-long-an', name: { en: 'Tan Tru (own)' } });
  expect(places[0]!.communes).toContain('Nhựt Ninh');
  expect(placesFor(mine)).toBe(places);
});
