import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { documentFeed } from '../../../../lib/feedResponses.ts';
import { documentFeedRoutes } from '../../../../lib/routes.ts';

export const getStaticPaths = () => documentFeedRoutes('en');

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props, site }) => documentFeed(props.lang, props.document, props.archive, site);
