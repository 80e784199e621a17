import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { langs } from '../../../../i18n/locales.ts';
import { t } from '../../../../i18n/t.ts';
import { getArchive } from '../../../../lib/archive.ts';
import { districtCardInput, siteHost } from '../../../../lib/socialCard.ts';
import { cardResponse, cardRoutes } from '../../../../lib/socialCardRender.ts';

/**
 * A district's social card, /og/district/{lang}/{id}.png (paths.districtCard): shown for its
 * district page and for its articles older than the newest that have cards of their own
 * (src/lib/cardSelection.ts). One per district and language, whatever the archive's size.
 */
export async function getStaticPaths() {
  const archive = await getArchive();
  const host = siteHost();
  const routes = langs.flatMap((lang) =>
    [...archive.districts.values()].map((district) => ({
      params: { lang, district: district.id },
      props: { input: districtCardInput(district, lang, t(lang, 'site.name'), host) },
    })),
  );
  return cardRoutes(routes);
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => cardResponse(props.input);
