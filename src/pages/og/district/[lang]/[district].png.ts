import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { getArchive } from '../../../../lib/archive.ts';
import { districtCards } from '../../../../lib/cardList.ts';
import { siteHost } from '../../../../lib/socialCard.ts';
import { cardResponse, cardRoutes } from '../../../../lib/socialCardRender.ts';

/**
 * A district's social card, /og/district/{lang}/{id}.png (paths.districtCard): shown for its
 * district page and for its articles older than the newest that have cards of their own
 * (src/lib/cardSelection.ts). One per district and language, whatever the archive's size.
 */
export async function getStaticPaths() {
  const routes = districtCards(await getArchive(), siteHost()).map(({ lang, district, input }) => ({
    params: { lang, district: district.id },
    props: { input },
  }));
  return cardRoutes(routes);
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => cardResponse(props.input);
