import { readFile } from 'node:fs/promises';
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { langs } from '../../../../i18n/locales.ts';
import { t } from '../../../../i18n/t.ts';
import { getArchive, type SiteArticle } from '../../../../lib/archive.ts';
import { hasOwnCard } from '../../../../lib/cardSelection.ts';
import { articlesDir } from '../../../../lib/contentDir.ts';
import { coverFile } from '../../../../lib/coverFile.ts';
import { articleCardInput } from '../../../../lib/socialCard.ts';
import { cardResponse, cardRoutes, socialCardsEnabled } from '../../../../lib/socialCardRender.ts';

/**
 * The social card of an article with a cover photo, /og/{lang}/{year}/{slug}.jpg (paths.socialCard):
 * the photo beside the title, in JPEG. Drawn for the same newest articles as the text cards of
 * [slug].png.ts (src/lib/cardSelection.ts); the photo is read from the file the article's
 * frontmatter names (src/lib/coverFile.ts).
 */
export async function getStaticPaths() {
  if (!socialCardsEnabled) return [];
  const archive = await getArchive();
  const photo = async (article: SiteArticle): Promise<{ file: string | undefined }> => {
    const file = `${articlesDir}/${article.entry.id}`;
    return { file: coverFile(file, await readFile(file, 'utf8')) };
  };
  const routes = await Promise.all(
    langs.flatMap((lang) =>
      archive.articles[lang]
        .filter((article) => hasOwnCard(article) && article.entry.data.cover)
        .map(async (article) => ({
          params: { lang, year: article.year, slug: article.slug },
          props: { input: articleCardInput(article, t(lang, 'site.name'), await photo(article)) },
        })),
    ),
  );
  return cardRoutes(routes);
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => cardResponse(props.input);
