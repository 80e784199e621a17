import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { langs } from '../../../../i18n/locales.ts';
import { t } from '../../../../i18n/t.ts';
import { getArchive } from '../../../../lib/archive.ts';
import { hasOwnCard } from '../../../../lib/cardSelection.ts';
import { articleCardInput } from '../../../../lib/socialCard.ts';
import { cardResponse, cardRoutes, socialCardsEnabled } from '../../../../lib/socialCardRender.ts';

/**
 * An article's own social card, /og/{lang}/{year}/{slug}.png (paths.socialCard), for the newest
 * articles of each language only (src/lib/cardSelection.ts, BANTIN_CARDS_RECENT); older articles
 * use their district's card. A prerendered endpoint rather than a build:done integration: it reads
 * the same archive as the pages, works in `astro dev`, and Astro writes the files into dist/ itself.
 * An article with a cover photo has its card with the photo, in JPEG, at [slug].jpg.ts instead.
 */
export async function getStaticPaths() {
  if (!socialCardsEnabled) return [];
  const archive = await getArchive();
  const routes = langs.flatMap((lang) =>
    archive.articles[lang]
      .filter((article) => hasOwnCard(article) && !article.entry.data.cover)
      .map((article) => ({
        params: { lang, year: article.year, slug: article.slug },
        props: { input: articleCardInput(article, t(lang, 'site.name')) },
      })),
  );
  return cardRoutes(routes);
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => cardResponse(props.input);
