import { convertExport } from './convert.ts';

/**
 * Many distinct legacy exports made from a few real ones, for tests and timings of large imports:
 * export `i` is seed `i % seeds.length` with its headline changed to "… (bản i)". The headlines are
 * long, so their slugs are cut before the number: most variants of one seed share a base slug and
 * get the suffixes -2, -3, …, the hardest case for telling a new article from one already imported.
 */
export function exportVariants(seeds: readonly string[], count: number): Array<{ name: string; text: string }> {
  const titled = seeds.map((text) => ({ text, title: convertExport(text, { districts: [], documents: [] }).frontmatter.title }));
  return Array.from({ length: count }, (_, i) => {
    const seed = titled[i % titled.length]!;
    const title = `${seed.title} (bản ${i + 1})`;
    const text = seed.text
      .split('\n')
      .map((line) => (line.trim() === seed.title ? title : line))
      .join('\n');
    return { name: `${String(i + 1).padStart(4, '0')}.txt`, text };
  });
}
