import type { Lang } from '../i18n/locales.ts';
import type { CitedDocument, District } from './archiveIndex.ts';
import { docNumberKey, parseDocNumber } from './docNumber.ts';
import { documentLabel } from './documentLabel.ts';
import { paths } from './paths.ts';
import { districtLabel } from './placeNames.ts';

/**
 * The little the search page must know besides Pagefind's index, emitted once per language at
 * build time (`/tim-kiem/facets.json`, `/en/search/facets.json`): the display names of filter
 * values (the index stores ids: `tan-tru-long-an`) and the documents, so a query that is a
 * document number can offer the document's page, with its issuer, before the articles.
 * Arrays of tuples rather than objects keep it small on a large archive.
 */
export interface SearchFacets {
  /** [id, "Tân Trụ, Long An"], by name. */
  districts: [string, string][];
  /** [id, "Nông thôn mới"]. */
  topics: [string, string][];
  /** [id, number as printed, issuer], by number. */
  documents: [string, string, string][];
}

export function buildSearchFacets(
  lang: Lang,
  source: { districts: Iterable<District>; documents: Iterable<CitedDocument>; topics: readonly (readonly [string, string])[] },
): SearchFacets {
  const byLabel = (a: [string, string, ...string[]], b: [string, string, ...string[]]) =>
    a[1].localeCompare(b[1], lang) || a[0].localeCompare(b[0]);
  return {
    districts: [...source.districts].map((d): [string, string] => [d.id, districtLabel(d)]).sort(byLabel),
    topics: source.topics.map(([id, label]): [string, string] => [id, label]),
    documents: [...source.documents].map((d): [string, string, string] => [d.id, d.number, d.issuer[lang]]).sort(byLabel),
  };
}

/** A document page offered for a document-number query. */
export interface DocumentOffer {
  id: string;
  /** "Kế hoạch số 27/KH-UBND" / "Plan No. 27/KH-UBND". */
  label: string;
  /** The issuing body: two bodies' "27/KH-UBND" are different plans. */
  issuer: string;
  url: string;
}

/** The documents whose number has the comparison key `docKey` ("27/kh-ubnd"), every issuer's. */
export function documentOffers(facets: SearchFacets, docKey: string | null, lang: Lang): DocumentOffer[] {
  if (docKey === null) return [];
  return facets.documents
    .filter(([, number]) => docNumberKey(number) === docKey)
    .map(([id, number, issuer]) => ({ id, label: documentLabel({ number }, lang), issuer, url: paths.document(lang, id) }));
}

/** Display names for the filter values Pagefind reports (ids), per filter. */
export function filterLabels(facets: SearchFacets): Record<'district' | 'document' | 'topic', Map<string, string>> {
  return {
    district: new Map(facets.districts),
    topic: new Map(facets.topics),
    // "27/KH-UBND – Ủy ban nhân dân huyện Châu Thành": the number alone can name several documents.
    document: new Map(facets.documents.map(([id, number, issuer]) => [id, `${parseDocNumber(number)?.canonical ?? number} – ${issuer}`])),
  };
}
