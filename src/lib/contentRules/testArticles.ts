import { expect } from 'vitest';
import { z } from 'astro/zod';
import { articleSchema } from '../schema.ts';
import type { ArticleEntry } from './articleEntry.ts';
import type { Problem } from './problem.ts';

// Test support for the content rules' unit tests: article entries built the way `npm run check`
// reads them, and the districts and documents they may refer to.

export const plainSchema = articleSchema({ district: z.string(), document: z.string(), image: z.unknown() });

export const refs = {
  districts: new Set(['tan-tru-long-an', 'chau-thanh-soc-trang', 'cho-lach-ben-tre']),
  documents: new Set(['tan-tru-long-an-55-nq-hu-2023', 'chau-thanh-soc-trang-27-kh-ubnd-2024']),
};

export const baseFrontmatter = [
  'title: "Tân Trụ phát động thi đua"',
  'lede: "Một câu tóm tắt."',
  'publishedAt: "2024-03-01T13:32:00+07:00"',
  'district: tan-tru-long-an',
  'documents:',
  '  - tan-tru-long-an-55-nq-hu-2023',
  'author: "Thanh Mỹ"',
];

/** Builds an entry the way check-content does: raw text, parsed frontmatter, body. */
export function article(
  options: {
    lang?: 'vi' | 'en';
    year?: string;
    slug?: string;
    ext?: 'md' | 'mdx';
    frontmatter?: string[];
    body?: string;
    set?: Record<string, unknown>;
  } = {},
): ArticleEntry {
  const { lang = 'vi', year = '2024', slug = 'tan-tru-phat-dong', ext = 'mdx', body = 'Đoạn văn đầu tiên.\n' } = options;
  let lines = options.frontmatter ?? baseFrontmatter;
  for (const [key, value] of Object.entries(options.set ?? {})) {
    const rendered = Array.isArray(value)
      ? [`${key}:`, ...value.map((v) => `  - ${String(v)}`)]
      : [`${key}: ${typeof value === 'string' ? JSON.stringify(value) : String(value)}`];
    const start = lines.findIndex((l) => l.startsWith(`${key}:`));
    if (start < 0) lines = [...lines, ...rendered];
    else {
      let end = start + 1;
      while (end < lines.length && lines[end]!.startsWith('  ')) end++;
      lines = [...lines.slice(0, start), ...rendered, ...lines.slice(end)];
    }
  }
  const raw = `---\n${lines.join('\n')}\n---\n\n${body}`;
  const data = plainSchema.parse(parseSimpleYaml(lines));
  return { file: `content/articles/${lang}/${year}/${slug}.${ext}`, lang, year, slug, ext, data, body, raw };
}

/** Enough YAML for these fixtures: scalars and block lists. */
export function parseSimpleYaml(lines: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let list: unknown[] | null = null;
  for (const line of lines) {
    const item = /^\s+- (.*)$/.exec(line);
    if (item && list) {
      list.push(item[1]);
      continue;
    }
    const m = /^(\w+):\s*(.*)$/.exec(line);
    if (!m) continue;
    const [, key, value] = m as unknown as [string, string, string];
    if (value === '') {
      list = [];
      out[key] = list;
    } else {
      list = null;
      out[key] = value.startsWith('"')
        ? JSON.parse(value)
        : value === 'true'
          ? true
          : value === 'false'
            ? false
            : /^\d+$/.test(value)
              ? Number(value)
              : value;
    }
  }
  return out;
}

export function only(problems: Problem[], field?: string): Problem {
  const matching = field === undefined ? problems : problems.filter((p) => p.field === field);
  expect(matching, JSON.stringify(problems, null, 2)).toHaveLength(1);
  return matching[0]!;
}
