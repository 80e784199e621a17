import type { APIRoute } from 'astro';
import sharp from 'sharp';
import favicon from '../../public/favicon.svg?raw';
import { LOGO_SIZE } from '../lib/structuredData.ts';

/** The favicon as a square PNG: structured data names it as the publisher's logo, and search engines want a raster image. */
export const GET: APIRoute = async () => {
  const png = await sharp(Buffer.from(favicon), { density: (72 * LOGO_SIZE) / 32 })
    .resize(LOGO_SIZE, LOGO_SIZE)
    .png({ compressionLevel: 9 })
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
