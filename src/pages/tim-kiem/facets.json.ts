import type { APIRoute } from 'astro';
import { searchFacetsResponse } from '../../lib/searchFacetsRoute.ts';

export const GET: APIRoute = () => searchFacetsResponse('vi');
