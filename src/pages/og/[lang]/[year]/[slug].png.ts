import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { getArchive } from '../../../../lib/archive.ts';
import { articleCards } from '../../../../lib/cardList.ts';
import { cardResponse, cardRoutes } from '../../../../lib/socialCardRender.ts';

/**
 * An article's own social card, /og/{lang}/{year}/{slug}.png (paths.socialCard), for the newest
 * articles of each language only (src/lib/cardSelection.ts, BANTIN_CARDS_RECENT); older articles
 * use their district's card. A prerendered endpoint rather than a build:done integration: it reads
 * the same archive as the pages, works in `astro dev`, and Astro writes the files into dist/ itself.
 */
export async function getStaticPaths() {
  const routes = articleCards(await getArchive()).map(({ lang, article, input }) => ({
    params: { lang, year: article.year, slug: article.slug },
    props: { input },
  }));
  return cardRoutes(routes);
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => cardResponse(props.input);
