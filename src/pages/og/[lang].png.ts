import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { langs } from '../../i18n/locales.ts';
import { t } from '../../i18n/t.ts';
import { siteHost, siteCardInput } from '../../lib/socialCard.ts';
import { cardResponse } from '../../lib/socialCardRender.ts';

/** The site-wide social card, /og/{lang}.png (paths.siteCard): home, lists, districts, documents. */
export function getStaticPaths() {
  const host = siteHost();
  return langs.map((lang) => ({
    params: { lang },
    props: { input: siteCardInput(lang, t(lang, 'site.name'), t(lang, 'site.tagline'), host) },
  }));
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => cardResponse(props.input);
