import type { AstroIntegration } from 'astro';
import { contentDir } from '../lib/contentDir.ts';

/**
 * Starts drawing a build's social cards as the build starts, before Astro reads the content
 * (src/lib/socialCardRender.ts `drawCardsAhead`), and says at the end how they were drawn. Only
 * for `astro build`: `astro dev` draws a card when it is asked for.
 */
export default function socialCards(): AstroIntegration {
  let building = false;
  return {
    name: 'bantin-social-cards',
    hooks: {
      'astro:config:setup': async ({ command, config }) => {
        building = command === 'build';
        if (!building) return;
        // Loaded here: satori and sharp are not needed to load the config for `astro dev` or `astro check`.
        const { drawCardsAhead } = await import('../lib/socialCardRender.ts');
        drawCardsAhead(contentDir, config.site ? new URL(config.site).host : undefined);
      },
      'astro:build:done': async ({ logger }) => {
        if (!building) return;
        const { cardsDrawn } = await import('../lib/socialCardRender.ts');
        const { ahead, whenAsked } = await cardsDrawn();
        logger.info(`social cards drawn: ${ahead} ahead, while the content was read; ${whenAsked} when their route asked`);
      },
    },
  };
}
