import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { districtFeed } from '../../../lib/feedResponses.ts';
import { districtRoutes } from '../../../lib/routes.ts';

export const getStaticPaths = () => districtRoutes('vi');

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props, site }) => districtFeed(props.lang, props.district, props.archive, site);
