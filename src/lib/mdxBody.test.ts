import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { mdxBodyToMarkdown, mdxBodyVersion } from './mdxBody.ts';

function markdown(body: string): string {
  const result = mdxBodyToMarkdown(body);
  expect(result.problems).toEqual([]);
  return result.markdown!;
}

/** Through satteri, the Markdown renderer Astro 7 uses for articles. */
function html(body: string): string {
  return markdownToHtml(markdown(body)).html;
}

function problems(body: string): { line: number; en: string; fix: string }[] {
  const result = mdxBodyToMarkdown(body);
  expect(result.markdown).toBeUndefined();
  return result.problems.map((p) => ({ line: p.line, en: p.message.en, fix: p.fix.en }));
}

describe('mdxBodyToMarkdown', () => {
  it('leaves Markdown and one-line HTML as written', () => {
    const body = 'Đoạn **một**, m<sup>2</sup>.\n\n<figcaption>Ảnh: YV</figcaption>\n\n- ý một\n';
    expect(markdown(body)).toBe(body);
  });

  it('puts the tags of HTML around Markdown blocks on lines of their own: the image in a figure stays Markdown', () => {
    const figure = (inside: string) => `Đoạn.\n\n<figure>\n  ${inside}\n  <figcaption>Quang cảnh. Ảnh: Thanh Mỹ</figcaption>\n</figure>\n`;
    expect(html(figure('![Hội nghị](../../../media/2024/a.jpg)'))).toBe(
      '<p>Đoạn.</p>\n<figure>\n<p><img src="../../../media/2024/a.jpg" alt="Hội nghị"></p>\n<figcaption>Quang cảnh. Ảnh: Thanh Mỹ</figcaption>\n</figure>\n',
    );
    expect(html(figure('<img src="/a.jpg" alt="Hội nghị" />'))).toBe(
      '<p>Đoạn.</p>\n<figure>\n<img src="/a.jpg" alt="Hội nghị" />\n<figcaption>Quang cảnh. Ảnh: Thanh Mỹ</figcaption>\n</figure>\n',
    );
  });

  it('turns a Callout into its HTML around the Markdown it wraps, with blank lines so the inside stays Markdown', () => {
    const body = 'Trước.\n\n<Callout title="Số liệu">\n\nCó **68 tập thể** được khen.\n\n- một\n\n</Callout>\n\nSau.';
    expect(markdown(body)).toBe(
      'Trước.\n\n<div class="callout" role="note"><p class="callout-title">Số liệu</p>\n\nCó **68 tập thể** được khen.\n\n- một\n\n</div>\n\nSau.',
    );
    expect(html(body)).toBe(
      '<p>Trước.</p>\n<div class="callout" role="note"><p class="callout-title">Số liệu</p>\n<p>Có <strong>68 tập thể</strong> được khen.</p>\n<ul>\n<li>một</li>\n</ul>\n</div>\n<p>Sau.</p>\n',
    );
  });

  it('escapes the title, and leaves out the title paragraph when there is none', () => {
    expect(markdown('<Callout title="A & <b>">\n\nx\n\n</Callout>')).toContain('<p class="callout-title">A &amp; &lt;b&gt;</p>');
    expect(markdown('<Callout>\n\nx\n\n</Callout>')).toBe('<div class="callout" role="note">\n\nx\n\n</div>');
  });

  it('dedents the inside of a component: four spaces there are not code in MDX', () => {
    expect(markdown('<Callout>\n    **a**\n\n    - b\n</Callout>')).toBe('<div class="callout" role="note">\n\n**a**\n\n- b\n\n</div>');
  });

  it('handles Callouts inside HTML and text after non-ASCII letters (offsets are in UTF-16 units)', () => {
    const out = markdown('Đồng khởi mới ở Chợ Lách.\n\n<section>\n\n<Callout title="Ghi nhận">\n\nx\n\n</Callout>\n\n</section>\n');
    expect(out).toBe(
      'Đồng khởi mới ở Chợ Lách.\n\n<section>\n\n<div class="callout" role="note"><p class="callout-title">Ghi nhận</p>\n\nx\n\n</div>\n\n</section>\n',
    );
  });

  it('drops {/* comments */}, in a paragraph too', () => {
    expect(markdown('a\n\n{/* ghi chú của biên tập viên */}\n\nb')).toBe('a\n\n\n\nb');
    expect(html('- một {/* chưa rõ */} hai')).toBe('<ul>\n<li>một  hai</li>\n</ul>\n');
  });

  it('puts the tags of one-line HTML with Markdown in it on lines of their own, so the Markdown renders', () => {
    expect(html('<figcaption>Ảnh: **Thanh Mỹ**</figcaption>\n')).toBe(
      '<figcaption>\n<p>Ảnh: <strong>Thanh Mỹ</strong></p>\n</figcaption>\n',
    );
  });

  it('reads an indented top-level paragraph as text, as MDX does, not as code', () => {
    expect(html('Đầu.\n\n    Thụt bốn dấu cách.\n')).toBe('<p>Đầu.</p>\n<p>Thụt bốn dấu cách.</p>\n');
  });

  it('refuses a component or HTML around Markdown inside a list or a quote, where its blank lines would end them', () => {
    expect(problems('> <Callout title="A">\n>\n> x\n>\n> </Callout>\n')).toMatchObject([
      {
        line: 1,
        en: '<Callout> with Markdown inside cannot stand in a list or a quote',
        fix: 'move <Callout> out of the list or quote, onto lines of its own',
      },
    ]);
    expect(problems('- một\n\n  <figure>\n    ![a](b.jpg)\n  </figure>\n')).toMatchObject([
      { line: 3, en: '<figure> with Markdown inside cannot stand in a list or a quote' },
    ]);
  });

  it('writes what its version says: a change to this output needs a new mdxBodyVersion (cached HTML is kept per version)', () => {
    const sample =
      'a\n\n<Callout title="T">\n\n**x**\n\n</Callout>\n\n<figure>\n  ![b](c.jpg)\n  <figcaption>d</figcaption>\n</figure>\n\n{/* e */}\n';
    const byVersion: Record<number, string> = {
      1: 'a\n\n<div class="callout" role="note"><p class="callout-title">T</p>\n\n**x**\n\n</div>\n\n<figure>\n\n![b](c.jpg)\n<figcaption>d</figcaption>\n\n</figure>\n\n\n',
    };
    expect(markdown(sample)).toBe(byVersion[mdxBodyVersion]);
  });

  it('refuses imports and exports, pointing out that Callout needs no import', () => {
    expect(problems('a\n\nimport Callout from "./Callout.astro"\n\nb')).toEqual([
      {
        line: 3,
        en: 'articles cannot use import or export lines',
        fix: 'delete the line: <Callout> is available in every article without an import',
      },
    ]);
  });

  it('refuses expressions, unknown components, inline components and attributes it does not know', () => {
    expect(problems('Năm {2024}')).toMatchObject([{ line: 1, en: 'articles cannot use {…} expressions' }]);
    expect(problems('a\n\n<Figure src="x.jpg" />')).toMatchObject([
      { line: 3, en: 'there is no component <Figure>', fix: 'use one of <Callout>' },
    ]);
    expect(problems('Xem <Callout>ghi chú</Callout> này')).toMatchObject([{ line: 1, en: '<Callout> must stand on lines of its own' }]);
    expect(problems('<Callout tone="warning">\n\nx\n\n</Callout>')).toMatchObject([
      { en: '<Callout> has no attribute "tone"', fix: 'use only title="…"' },
    ]);
    expect(problems('<Callout title={name}>\n\nx\n\n</Callout>')).toMatchObject([
      { en: 'the attributes of <Callout> must be quoted text, not {…}' },
    ]);
  });

  it('reports every problem, each on its own line', () => {
    expect(problems('<Figure />\n\n{x}\n\n<Chart />').map((p) => p.line)).toEqual([1, 3, 5]);
  });

  it('turns a syntax error into a problem on its line, with how to write < and { in text', () => {
    expect(problems('Đoạn một.\n\nGiá trị a <b và c.')).toMatchObject([
      { line: 3, en: expect.stringMatching(/^this MDX cannot be read: Unexpected character/), fix: expect.stringContaining('"\\<"') },
    ]);
    expect(problems('<Callout>\n\nx\n')).toMatchObject([{ en: expect.stringContaining('closing tag') }]);
  });
});
