import { describe, expect, it } from 'vitest';
import { escapeMdx, renderBlocks } from './mdx.ts';

describe('escapeMdx', () => {
  it('turns braces and angle brackets into character references and escapes list starts', () => {
    expect(escapeMdx('Chỉ tiêu {a} < 5 & > 3')).toBe('Chỉ tiêu &#123;a&#125; &#60; 5 &amp; &#62; 3');
    expect(escapeMdx('- Thứ nhất')).toBe('\\- Thứ nhất');
    expect(escapeMdx('1. Mục một')).toBe('\\1. Mục một');
    expect(escapeMdx('# không phải tiêu đề')).toBe('\\# không phải tiêu đề');
  });
});

describe('renderBlocks', () => {
  it('writes paragraphs, headings, figures and pull quotes separated by blank lines', () => {
    expect(
      renderBlocks([
        { kind: 'heading', text: 'Tiêu đề phụ' },
        { kind: 'paragraph', text: 'Đoạn.' },
        { kind: 'figure', caption: 'Chú thích. Ảnh: A' },
        { kind: 'quote', text: '“Trích dẫn”.', attribution: 'Ông B' },
      ]),
    ).toBe(
      '## Tiêu đề phụ\n\nĐoạn.\n\n<figure>\n<figcaption>Chú thích. Ảnh: A</figcaption>\n</figure>\n\n<figure>\n<blockquote>\n<p>“Trích dẫn”.</p>\n</blockquote>\n<figcaption>Ông B</figcaption>\n</figure>',
    );
  });
});
