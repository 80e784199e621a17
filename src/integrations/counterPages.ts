import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { buildPageList, pageListFile, serializePageList } from '../counter/pages.ts';

/**
 * Writes dist/_bantin/pages.json after the build: every page the counter API may count, with the
 * views each article carried over from the legacy portal. The carried-over views come from the
 * prerendered endpoint src/pages/counter-legacy-views.json.ts, which is folded in and removed here.
 */

/** The endpoint's output file, relative to dist/. */
export const legacyViewsFile = 'counter-legacy-views.json';

export default function counterPages(): AstroIntegration {
  return {
    name: 'bantin-counter-pages',
    hooks: {
      'astro:build:done': async ({ dir, pages, logger }) => {
        const legacyUrl = new URL(legacyViewsFile, dir);
        let legacy: Record<string, number> = {};
        try {
          legacy = JSON.parse(await readFile(legacyUrl, 'utf8')) as Record<string, number>;
          await rm(legacyUrl);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
          logger.warn(`no ${legacyViewsFile} in the build: articles start without carried-over views`);
        }
        const { pages: list, unknownLegacy } = buildPageList(
          pages.map((p) => p.pathname),
          legacy,
        );
        if (unknownLegacy.length > 0) logger.warn(`carried-over views for paths that are not pages: ${unknownLegacy.join(', ')}`);
        const file = new URL(pageListFile, dir);
        await mkdir(new URL('.', file), { recursive: true });
        await writeFile(file, serializePageList(list));
        logger.info(
          `${list.size} pages the counter accepts, ${Object.keys(legacy).length - unknownLegacy.length} with carried-over views: ${pageListFile}`,
        );
      },
    },
  };
}
