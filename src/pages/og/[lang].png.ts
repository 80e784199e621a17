import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { siteCards } from '../../lib/cardList.ts';
import { siteHost } from '../../lib/socialCard.ts';
import { cardResponse } from '../../lib/socialCardRender.ts';

/** The site-wide social card, /og/{lang}.png (paths.siteCard): home, lists, districts, documents. */
export function getStaticPaths() {
  return siteCards(siteHost()).map(({ lang, input }) => ({ params: { lang }, props: { input } }));
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => cardResponse(props.input);
