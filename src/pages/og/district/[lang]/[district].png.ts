import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { langs } from '../../../../i18n/locales.ts';
import { t } from '../../../../i18n/t.ts';
import { getArchive } from '../../../../lib/archive.ts';
import { districtCardInput } from '../../../../lib/socialCard.ts';
import { prerenderCards, socialCardPng } from '../../../../lib/socialCardRender.ts';

/**
 * A district's social card, /og/district/{lang}/{id}.png (paths.districtCard): shown for its
 * district page and for its articles older than the newest that have cards of their own
 * (src/lib/cardSelection.ts). One per district and language, whatever the archive's size.
 */
export async function getStaticPaths() {
  const archive = await getArchive();
  const host = import.meta.env.SITE ? new URL(import.meta.env.SITE).host : undefined;
  const routes = langs.flatMap((lang) =>
    [...archive.districts.values()].map((district) => ({
      params: { lang, district: district.id },
      props: { input: districtCardInput(district, lang, t(lang, 'site.name'), host) },
    })),
  );
  // In a build, draw them on the second core while the pages before /og/ render.
  if (!import.meta.env.DEV) await prerenderCards(routes.map((route) => route.props.input));
  return routes;
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => {
  const { png } = await socialCardPng(props.input);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
