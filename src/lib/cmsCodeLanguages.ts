import type { Plugin } from 'vite';

/**
 * Sveltia CMS's rich-text editor highlights code blocks with Shiki and imports each of Shiki's
 * 200-odd language grammars on demand (`import('@shikijs/langs/NAME')`), so a build of /admin/
 * emitted every grammar: 250 files, 11 MB in dist/_astro/. News articles have no code blocks:
 * this Vite plugin (public resolveId/load hooks) gives every grammar but the few an editor might
 * paste (`keep`) an empty grammar list, so they are never built. Should Sveltia import grammars
 * some other way, the plugin matches nothing and the build is as it would be without it.
 */
export const keptCodeLanguages = ['markdown', 'yaml', 'html', 'css', 'javascript', 'json'] as const;

const prefix = '@shikijs/langs/';
const emptyGrammar = '\0bantin:empty-shiki-grammar';

/** True for a Shiki grammar import the editor does without. */
export function isDroppedGrammar(id: string, keep: readonly string[] = keptCodeLanguages): boolean {
  return id.startsWith(prefix) && !keep.includes(id.slice(prefix.length));
}

export function cmsCodeLanguages(keep: readonly string[] = keptCodeLanguages): Plugin {
  return {
    name: 'bantin:cms-code-languages',
    enforce: 'pre',
    resolveId(id) {
      return isDroppedGrammar(id, keep) ? emptyGrammar : null;
    },
    load(id) {
      return id === emptyGrammar ? 'export default [];' : null;
    },
  };
}
