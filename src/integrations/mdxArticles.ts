import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import type { AstroIntegration } from 'astro';
import { formatProblem, type Problem } from '../lib/contentRules/problem.ts';
import { mdxProblems } from '../lib/mdxCheck.ts';

/**
 * MDX articles through `@astrojs/mdx`, with the site's checks in front: before a `.mdx` file is
 * compiled, its syntax and components are checked (src/lib/mdxCheck.ts), and a problem stops the
 * build with the file, the line and the fix in Vietnamese and English, the words of `npm run
 * check`. `@astrojs/mdx`'s own error names the file and line but not what to do.
 */
export default function mdxArticles(): AstroIntegration {
  return {
    name: 'bantin:mdx-articles',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const root = fileURLToPath(config.root);
        updateConfig({ integrations: [mdx()], vite: { plugins: [mdxCheckPlugin(root)] } });
      },
    },
  };
}

/** The message a build stops with: every problem, in Vietnamese, then in English. */
export function mdxFailure(file: string, problems: { line: number; message: Problem['message']; fix: Problem['fix'] }[]): string {
  const all: Problem[] = problems.map((p) => ({ file, line: p.line, field: 'body', severity: 'error', message: p.message, fix: p.fix }));
  return [
    `${file}: ${problems.length} MDX problem(s)`,
    ...all.map((p) => formatProblem(p, 'vi')),
    ...all.map((p) => formatProblem(p, 'en')),
  ].join('\n');
}

/** A Vite plugin checking each `.mdx` module before `@astrojs/mdx`'s transform compiles it. */
function mdxCheckPlugin(root: string) {
  /** The last text checked of each file: a file is loaded under several ids (with queries) in one build. */
  const checked = new Map<string, string>();
  return {
    name: 'bantin:mdx-check',
    transform: {
      order: 'pre' as const,
      filter: { id: /\.mdx(?:\?.*)?$/ },
      handler(code: string, id: string) {
        const path = id.replace(/\?.*$/, '');
        if (checked.get(path) === code) return null;
        const problems = mdxProblems(code, { frontmatter: true });
        if (problems.length > 0) throw new Error(mdxFailure(relative(root, path) || path, problems));
        checked.set(path, code);
        return null;
      },
    },
  };
}
