import type { articleComponentNames } from '../../lib/mdxCheck.ts';
import Callout from './Callout.astro';
import DocumentLink from './DocumentLink.astro';
import Figure from './Figure.astro';
import Gallery from './Gallery.astro';

/**
 * The components every MDX article may use without an import, handed to its `<Content>`
 * (src/views/ArticleView.astro). `npm run check` and the build know them by these names
 * (src/lib/mdxCheck.ts): the type says the two lists are the same.
 */
export const articleComponents = { Callout, Figure, Gallery, DocumentLink } satisfies Record<
  (typeof articleComponentNames)[number],
  unknown
>;
