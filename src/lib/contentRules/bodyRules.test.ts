import { describe, expect, it } from 'vitest';
import { checkArticles } from '../contentRules.ts';
import { article, only, refs } from './testArticles.ts';

// The rules run through checkArticles, which gives them the lines and the other articles they need.
describe('body rules', () => {
  it('reports images without alt text on their body line', () => {
    const body = [
      'Đoạn một.',
      '',
      '![](../../../media/a.jpg)',
      '',
      '![Hội nghị](../../../media/b.jpg)',
      '<img src="/c.jpg">',
      '<img alt="Ảnh" src="/d.jpg" />',
      '<img src="/e.jpg" alt="  ">',
    ].join('\n');
    // Unclosed <img> tags are HTML in Markdown (MDX would want them closed).
    const problems = checkArticles([article({ body, ext: 'md' })], refs);
    // Frontmatter is lines 1-9, a blank line 10, the body starts at line 11.
    expect(problems.map((p) => [p.field, p.line])).toEqual([
      ['body', 13],
      ['body', 16],
      ['body', 18],
    ]);
    expect(problems[0]!.message.en).toBe('the image ../../../media/a.jpg has no alt text');
  });

  it('ignores images and links inside code', () => {
    const body = ['```md', '![](x.jpg) [a](/nowhere/)', '```', 'Use `![](x.jpg)` for pictures.'].join('\n');
    expect(checkArticles([article({ body })], refs)).toEqual([]);
  });

  it('ignores images and links inside MDX and HTML comments, keeping line numbers after them', () => {
    const mdx = article({ body: ['{/*', '  ![](example.jpg) [x](/nowhere/)', '*/}', '![](real.jpg)'].join('\n') });
    const md = article({ slug: 'bai-khac', ext: 'md', body: ['<!-- ![](a.jpg) -->', '![](real.jpg)'].join('\n') });
    const problems = checkArticles([mdx, md], refs);
    expect(problems.map((p) => [p.file.split('/').at(-1), p.line, p.message.en])).toEqual([
      ['bai-khac.md', 12, 'the image real.jpg has no alt text'],
      ['tan-tru-phat-dong.mdx', 14, 'the image real.jpg has no alt text'],
    ]);
  });

  it('reports internal links to pages the site does not have', () => {
    const other = article({ slug: 'bai-khac' });
    const draft = article({ slug: 'bai-nhap', set: { draft: true } });
    const body = [
      '[bài khác](/tin-tuc/2024/bai-khac/) [địa phương](/dia-phuong/tan-tru-long-an/) [văn bản](/van-ban/tan-tru-long-an-55-nq-hu-2023/#muc-1)',
      '[năm](/luu-tru/2024/) [English](/en/districts/cho-lach-ben-tre/) [trang 2](/tin-tuc/trang/2/) [tìm](/tim-kiem/?q=55) [ngoài](https://example.com/x)',
      '[hỏng](/tin-tuc/2024/khong-co/)',
      '[không gạch chéo](/tin-tuc/2024/bai-khac)',
      '<a href="/van-ban/khong-co/">văn bản</a> [nháp](/tin-tuc/2024/bai-nhap/) [năm trống](/luu-tru/2019/)',
    ].join('\n');
    const problems = checkArticles([article({ body }), other, draft], refs).filter((p) => p.field === 'body');
    expect(problems.map((p) => [p.line, p.message.en])).toEqual([
      [13, 'the link /tin-tuc/2024/khong-co/ leads to no page of the site'],
      [14, 'the link /tin-tuc/2024/bai-khac leads to no page of the site'],
      [15, 'the link /tin-tuc/2024/bai-nhap/ leads to a draft, which will not be published'],
      [15, 'the link /luu-tru/2019/ leads to no page of the site'],
      [15, 'the link /van-ban/khong-co/ leads to no page of the site'],
    ]);
    expect(problems[1]!.fix.en).toBe('add the trailing "/": /tin-tuc/2024/bai-khac/');
  });

  it('warns about drafts', () => {
    const p = only(checkArticles([article({ set: { draft: true } })], refs));
    expect(p).toMatchObject({ field: 'draft', severity: 'warning', line: 9 });
    expect(p.message).toEqual({ vi: 'bài này là bản nháp và sẽ không được đăng', en: 'this article is a draft and will not be published' });
  });

  it('reports what an MDX body may not use on its line in the file; a .md body is plain text', () => {
    const body = 'Đoạn một.\n\n<Chart src="a.jpg" />\n';
    // The frontmatter takes lines 1-9, a blank line 10: the body's third line is line 13.
    expect(only(checkArticles([article({ body })], refs))).toMatchObject({
      field: 'body',
      severity: 'error',
      line: 13,
      message: { en: 'there is no component <Chart>' },
      fix: { en: 'use one of <Callout>, <Figure>, <Gallery>, <DocumentLink>, or import the component from src/components/' },
    });
    expect(checkArticles([article({ body, ext: 'md' })], refs)).toEqual([]);
  });

  it('does not parse an MDX body again that the build checks as it compiles it', () => {
    expect(checkArticles([{ ...article({ body: '<Chart />' }), rendered: true }], refs)).toEqual([]);
  });
});
