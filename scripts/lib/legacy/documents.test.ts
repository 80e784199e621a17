import { describe, expect, it } from 'vitest';
import { findCitedDocuments, resolveCitedDocuments } from './documents.ts';

const tanTru = {
  id: 'tan-tru-long-an',
  name: { vi: 'Tân Trụ', en: 'Tan Tru' },
  province: { vi: 'Long An', en: 'Long An' },
  kind: 'huyện' as const,
};
const summary = (text: string) => findCitedDocuments(text).map((c) => ({ ...c, number: c.number.canonical }));

describe('findCitedDocuments', () => {
  it('reads number, date, issuer and subject after the number', () => {
    expect(
      summary(
        'Để thực hiện Nghị quyết số 55-NQ/HU ngày 06/12/2023 của Ban Chấp hành Đảng bộ huyện về xây dựng huyện Tân Trụ đạt chuẩn, Ban…',
      ),
    ).toEqual([
      {
        number: '55-NQ/HU',
        issuedOn: '2023-12-06',
        issuerText: 'Ban Chấp hành Đảng bộ huyện',
        title: 'về xây dựng huyện Tân Trụ đạt chuẩn',
      },
    ]);
  });
  it('reads "ngày D tháng M năm Y", loose spacing and "số:"', () => {
    expect(
      summary(
        'tại Kết luận số 22- KL/HU ngày 20 tháng 12 năm 2023 của BCH Đảng bộ huyện; Nghị quyết số: 09/NQ-HĐND ngày 22 tháng 12 năm 2023 của HĐND huyện',
      ),
    ).toEqual([
      { number: '22-KL/HU', issuedOn: '2023-12-20', issuerText: 'BCH Đảng bộ huyện' },
      { number: '09/NQ-HĐND', issuedOn: '2023-12-22', issuerText: 'HĐND huyện' },
    ]);
  });
  it('reads the issuer and date before "ban hành"', () => {
    expect(summary('Ngày 19/02/ 2024, Ủy ban nhân dân huyện Châu Thành ban hành Kế hoạch số 27/KH-UBND Kế hoạch phát động')).toEqual([
      { number: '27/KH-UBND', issuedOn: '2024-02-19', issuerText: 'Ủy ban nhân dân huyện Châu Thành' },
    ]);
  });
  it('lists each document once, completing it from later mentions', () => {
    expect(summary('Nghị quyết số 08-NQ/HU. Sau đó, Nghị quyết 08-NQ/HU của Huyện ủy được triển khai.')).toEqual([
      { number: '08-NQ/HU', issuerText: 'Huyện ủy' },
    ]);
  });
  it('infers a central party number from "Chỉ thị 05 của Bộ Chính trị"', () => {
    expect(summary('thực hiện Chỉ thị 05 của Bộ Chính trị về học tập')).toEqual([
      { number: '05-CT/TW', issuerText: 'Bộ Chính trị', inferredFrom: 'Chỉ thị 05 của Bộ Chính trị' },
    ]);
  });
  it('never takes ratios, dates or ranges for numbers', () => {
    expect(summary('xã đạt 15/19 tiêu chí, ngày 17-10-2020, giai đoạn 2024 - 2025')).toEqual([]);
  });
});

describe('resolveCitedDocuments', () => {
  const existing = [
    {
      id: 'tan-tru-long-an-55-nq-hu-2023',
      number: '55-NQ/HU',
      issuer: { vi: 'Ban Chấp hành Đảng bộ huyện Tân Trụ', en: 'x' },
      district: 'tan-tru-long-an',
    },
    {
      id: 'chau-thanh-soc-trang-27-kh-ubnd-2024',
      number: '27/KH-UBND',
      issuer: { vi: 'UBND huyện Châu Thành', en: 'x' },
      district: 'chau-thanh-soc-trang',
    },
  ];
  it('finds a document of the same place, ignoring the same number from another district', () => {
    const cited = findCitedDocuments('Nghị quyết số 55-NQ/HU; Kế hoạch số 27/KH-UBND của UBND huyện');
    const result = resolveCitedDocuments(cited, existing, tanTru);
    expect(result.ids).toEqual(['tan-tru-long-an-55-nq-hu-2023', 'tan-tru-long-an-27-kh-ubnd']);
    expect(result.added[0]).toMatchObject({
      id: 'tan-tru-long-an-27-kh-ubnd',
      issuer: { vi: 'Ủy ban nhân dân huyện Tân Trụ' },
      district: 'tan-tru-long-an',
    });
    expect(result.review).toEqual([]);
  });
  it('says when an issuer is inferred from the symbol, and skips what it cannot name', () => {
    const result = resolveCitedDocuments(findCitedDocuments('Kế hoạch số 12/KH-HU. Kế hoạch số 3/KH-BCĐ.'), [], tanTru);
    expect(result.ids).toEqual(['tan-tru-long-an-12-kh-hu']);
    expect(result.review.map((r) => r.en)).toEqual([
      'the issuer of 12-KH/HU ("Tan Tru District Party Committee") was inferred from its symbol; the text does not name it',
      '03/KH-BCĐ was not added: its issuer is not known',
    ]);
  });
  it('adds nothing when the district is unknown, and never reuses a taken id', () => {
    expect(resolveCitedDocuments(findCitedDocuments('Nghị quyết số 55-NQ/HU'), [], undefined).ids).toEqual([]);
    const taken = resolveCitedDocuments(findCitedDocuments('Kế hoạch số 12/KH-HU của Huyện ủy'), [], tanTru, ['tan-tru-long-an-12-kh-hu']);
    expect(taken.ids).toEqual(['tan-tru-long-an-12-kh-hu-2']);
  });
});
