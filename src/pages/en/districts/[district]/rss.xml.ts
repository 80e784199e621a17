import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { districtFeed } from '../../../../lib/feedResponses.ts';
import { districtFeedRoutes } from '../../../../lib/routes.ts';

export const getStaticPaths = () => districtFeedRoutes('en');

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props, site }) => districtFeed(props.lang, props.district, props.archive, site);
