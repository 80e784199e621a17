import type { APIRoute } from 'astro';
import { languageFeed } from '../../lib/feedResponses.ts';

export const GET: APIRoute = ({ site }) => languageFeed('en', site);
