import { describe, expect, it } from 'vitest';
import { declaredNames, mdxProblems } from './mdxCheck.ts';

describe('mdxProblems', () => {
  it('accepts exports, expressions, imported and standard components', () => {
    const body = [
      "import Chart from '../../../../src/components/ViewCount.astro';",
      'export const n = 12;',
      '',
      'Con số: {n * 2}.',
      '',
      '<Callout title="Số liệu">',
      '',
      'Có **68 tập thể**.',
      '',
      '</Callout>',
      '',
      '<Chart />',
      '<DocumentLink number="55-NQ/HU" />',
      '{/* a comment */}',
    ].join('\n');
    expect(mdxProblems(body)).toEqual([]);
  });

  it('names a component that is neither standard nor imported, with its line, in both languages', () => {
    const [problem, ...rest] = mdxProblems('Text\n\n<Chart data="a.csv" />\n');
    expect(rest).toEqual([]);
    expect(problem?.line).toBe(3);
    expect(problem?.message).toEqual({ vi: 'không có thành phần <Chart>', en: 'there is no component <Chart>' });
    expect(problem?.fix.en).toContain('use one of <Callout>, <Figure>, <Gallery>, <DocumentLink>');
  });

  it('gives a syntax error its line, counted in the whole file when the frontmatter is included', () => {
    const file = '---\ntitle: "x"\n---\n\nText\n\n<Callout>\n\nno closing tag\n';
    const [problem] = mdxProblems(file, { frontmatter: true });
    expect(problem?.line).toBe(7);
    expect(problem?.message.en).toMatch(/^this MDX cannot be read: Expected a closing tag for `<Callout>`/);
    expect(problem?.fix.vi).toContain('đóng mọi thẻ đã mở');
  });

  it('finds errors in the JavaScript of exports and expressions, with a fix about the code', () => {
    const [esm] = mdxProblems('Text\n\nexport const = 1\n');
    expect(esm?.line).toBe(3);
    expect(esm?.fix.en).toContain('correct the JavaScript on this line');
    const [expression] = mdxProblems('Text {n * }\n');
    expect(expression?.line).toBe(1);
  });
});

describe('declaredNames', () => {
  it('reads default, named, renamed and namespace imports and exported bindings', () => {
    const esm =
      "import A from './a.astro';\nimport { B, C as D } from './b.ts';\nimport * as E from './e.ts';\nexport const n = 1;\nexport function F() {}";
    expect(declaredNames(esm)).toEqual(['A', 'B', 'D', 'E', 'n', 'F']);
  });
});
