import type { ContentEntryType } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';
import { mdxBodyToMarkdown, mdxBodyVersion } from './mdxBody.ts';
import { saltedDigests } from './saltedDigests.ts';

/**
 * A glob() loader that renders `.mdx` articles the way it renders `.md` ones: to HTML while the
 * content is synced, cached by the file's digest between builds, instead of one JavaScript module
 * per article for the bundler (the `@astrojs/mdx` way). The body goes through src/lib/mdxBody.ts
 * (components to HTML, anything else refused) and then Astro's own Markdown renderer.
 *
 * Astro hands loaders its entry types (`.md` → the Markdown renderer) in a field its public
 * LoaderContext type does not list; glob() reads it there. The `.mdx` entry type added here reuses
 * the `.md` one, so frontmatter, line numbers in errors and images work exactly as for Markdown.
 */
type ContextWithEntryTypes = LoaderContext & { entryTypes?: Map<string, ContentEntryType> };

export function mdxAsMarkdown(loader: Loader): Loader {
  return {
    ...loader,
    async load(context: ContextWithEntryTypes) {
      const markdown = context.entryTypes?.get('.md');
      if (!markdown?.getRenderFunction) {
        throw new Error(
          'src/lib/mdxAsMarkdown.ts: Astro no longer hands loaders its Markdown entry type (context.entryTypes), so .mdx articles cannot be rendered. Check how node_modules/astro/dist/content/loaders/glob.js finds entry types.',
        );
      }
      const entryTypes = new Map(context.entryTypes);
      entryTypes.set('.mdx', mdxEntryType(markdown));
      // The converter's version is part of each digest, so a new version renders the articles again.
      await loader.load({ ...saltedDigests(context, `mdxBody ${mdxBodyVersion}`), entryTypes } as ContextWithEntryTypes);
    },
  };
}

function mdxEntryType(markdown: ContentEntryType): ContentEntryType {
  return {
    ...markdown,
    extensions: ['.mdx'],
    async getRenderFunction(config) {
      const render = await markdown.getRenderFunction!(config);
      return (entry) => {
        const { markdown: body, problems } = mdxBodyToMarkdown(entry.body ?? '');
        // glob() logs this and stores the entry without HTML; src/lib/archive.ts then fails the
        // build with every problem's line and fix (the words of `npm run check`).
        if (body === undefined) throw new Error(problems.map((p) => `line ${p.line}: ${p.message.en}`).join('; '));
        return render({ ...entry, body });
      };
    },
  };
}
