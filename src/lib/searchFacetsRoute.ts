import type { Lang } from '../i18n/locales.ts';
import { t, type UiKey } from '../i18n/t.ts';
import { getArchive } from './archive.ts';
import { topics } from './schema.ts';
import { buildSearchFacets } from './searchFacets.ts';

/** The display name of each topic id (the schema's list), typed so a missing string fails the build. */
const topicKeys = {
  'thi-dua': 'search.topic.thi-dua',
  'nong-thon-moi': 'search.topic.nong-thon-moi',
  'xay-dung-dang': 'search.topic.xay-dung-dang',
  'kinh-te': 'search.topic.kinh-te',
  'cai-cach-hanh-chinh': 'search.topic.cai-cach-hanh-chinh',
  'quoc-phong-an-ninh': 'search.topic.quoc-phong-an-ninh',
} as const satisfies Record<(typeof topics)[number], UiKey>;

/** The search page's facets file for `lang` (src/lib/searchFacets.ts), built once per build. */
export async function searchFacetsResponse(lang: Lang): Promise<Response> {
  const archive = await getArchive();
  const facets = buildSearchFacets(lang, {
    districts: archive.districts.values(),
    documents: archive.documents.values(),
    topics: topics.map((id) => [id, t(lang, topicKeys[id])] as const),
  });
  return new Response(JSON.stringify(facets), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
