/**
 * `npm run build`: `astro build` (any of its options pass through), with the search bundles
 * written into its output folder once Astro has finished (scripts/lib/buildWithSearchIndex.ts says
 * why). `astro build` alone also makes them, inside Astro's process, with more memory at once.
 */
import { buildWithSearchIndex } from './lib/buildWithSearchIndex.ts';

const { exitCode } = await buildWithSearchIndex(process.argv.slice(2));
process.exitCode = exitCode;
