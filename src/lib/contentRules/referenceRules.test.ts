import { describe, expect, it } from 'vitest';
import { checkArticles } from '../contentRules.ts';
import { article, only, refs } from './testArticles.ts';

// The rules run through checkArticles, which gives them the lines and the other articles they need.
describe('reference rules', () => {
  it('reports an unknown district on its line and suggests the closest ids', () => {
    const p = only(checkArticles([article({ set: { district: 'tan-tru-longan' } })], refs));
    expect(p).toMatchObject({ field: 'district', severity: 'error', line: 5 });
    expect(p.message.en).toContain('"tan-tru-longan"');
    expect(p.fix.en).toContain('districts.yaml');
    expect(p.fix.en).toContain('"tan-tru-long-an"');
    expect(p.fix.vi).toContain('có phải ý bạn là "tan-tru-long-an"');
  });

  it('reports an unknown document on the line of its list item', () => {
    const p = only(checkArticles([article({ set: { documents: ['tan-tru-long-an-55-nq-hu-2023', 'chau-thanh-27-kh-ubnd-2024'] } })], refs));
    expect(p).toMatchObject({ field: 'documents[1]', severity: 'error', line: 8 });
    expect(p.fix.en).toContain('documents.yaml');
    expect(p.fix.en).toContain('"chau-thanh-soc-trang-27-kh-ubnd-2024"');
  });

  it('names the yaml file and suggests nothing when no id is close', () => {
    const p = only(checkArticles([article({ set: { district: 'ha-noi' } })], refs));
    expect(p.fix.en).toBe('add an entry with id "ha-noi" to content/districts.yaml, or use an id that is already there');
  });

  it('tells an editor who wrote a name or a printed number that the id goes there, and which', () => {
    const name = only(checkArticles([article({ set: { district: 'Tân Trụ' } })], refs));
    expect(name.fix).toEqual({
      vi: 'ghi id chứ không ghi tên: có phải ý bạn là "tan-tru-long-an"?',
      en: 'write the id, not the name: did you mean "tan-tru-long-an"?',
    });
    const number = only(checkArticles([article({ set: { documents: ['55-NQ/HU'] } })], refs));
    expect(number.fix.en).toBe('write the id, not the number: did you mean "tan-tru-long-an-55-nq-hu-2023"?');
    const unknown = only(checkArticles([article({ set: { district: 'Hà Nội' } })], refs));
    expect(unknown.fix.vi).toBe(
      'ghi id của một mục trong content/districts.yaml (chữ thường không dấu, gạch ngang); chưa có thì thêm mục đó',
    );
  });
});
