import { mdxProblems } from '../mdxCheck.ts';
import type { ArticleEntry } from './articleEntry.ts';
import { decodeSafely, linksIn, scanBody } from './bodyScan.ts';
import type { Bilingual, Problem } from './problem.ts';
import { isStaticPage, type SitePaths } from './sitePaths.ts';
import type { SourceLines } from './sourceLines.ts';

// The rules about an article's body: MDX it may not use, images without alt text, internal links that lead nowhere.

/** An MDX body's syntax and components (src/lib/mdxCheck.ts), before @astrojs/mdx compiles it. */
export function checkMdxBody(entry: ArticleEntry, lines: SourceLines): Problem[] {
  if (entry.ext !== 'mdx' || entry.rendered) return [];
  return mdxProblems(entry.body).map((p) => ({
    file: entry.file,
    line: lines.body(p.line - 1),
    field: 'body',
    severity: 'error',
    message: p.message,
    fix: p.fix,
  }));
}

/** Every image in the body, Markdown or tag, needs alt text. */
export function checkImagesAlt(entry: ArticleEntry, visible: string[], lines: SourceLines): Problem[] {
  const problems: Problem[] = [];
  scanBody(visible, (text, lineIndex) => {
    for (const match of text.matchAll(/!\[([^\]]*)\]\(\s*<?([^)\s>]*)/g)) {
      if ((match[1] ?? '').trim() === '') problems.push(missingAlt(entry, lines.body(lineIndex), match[2] ?? '', 'markdown'));
    }
    for (const match of text.matchAll(/<(img|Image|Picture)\b([^>]*)>/g)) {
      const attrs = match[2] ?? '';
      const alt = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["'`]([^"'`]*)["'`]\s*\}|(\{))/.exec(attrs);
      const altText = alt ? (alt[4] ? 'expression' : (alt[1] ?? alt[2] ?? alt[3] ?? '')) : '';
      const src = /\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|\{([^}]*)\})/.exec(attrs);
      if (altText.trim() === '') problems.push(missingAlt(entry, lines.body(lineIndex), src?.[1] ?? src?.[2] ?? src?.[3] ?? '', 'tag'));
    }
  });
  return problems;
}

function missingAlt(entry: ArticleEntry, line: number | undefined, src: string, form: 'markdown' | 'tag'): Problem {
  // The example is the editor's own image, written the way they wrote it.
  const example = (alt: string) => (form === 'markdown' ? `![${alt}](${src})` : `alt="${alt}"`);
  return {
    file: entry.file,
    line,
    field: 'body',
    severity: 'error',
    message: { vi: `ảnh ${src} không có mô tả (alt)`, en: `the image ${src} has no alt text` },
    fix: {
      vi: `mô tả nội dung ảnh cho người không xem được ảnh, ví dụ ${example('Hội nghị phát động thi đua')}`,
      en: `describe what the picture shows for readers who cannot see it, e.g. ${example('Campaign launch meeting')}`,
    },
  };
}

/** A link to a path of the site must lead to a page the build creates, not to a draft. */
export function checkInternalLinks(entry: ArticleEntry, visible: string[], site: SitePaths, lines: SourceLines): Problem[] {
  const problems: Problem[] = [];
  scanBody(visible, (text, lineIndex) => {
    for (const href of linksIn(text)) {
      if (!href.startsWith('/') || href.startsWith('//')) continue;
      const path = decodeSafely(href.replace(/[?#].*$/, ''));
      if (site.valid.has(path) || isStaticPage(path)) continue;
      const line = lines.body(lineIndex);
      const withSlash = path.endsWith('/') ? null : `${path}/`;
      let fix: Bilingual;
      let message: Bilingual = {
        vi: `liên kết ${href} không dẫn tới trang nào của trang tin`,
        en: `the link ${href} leads to no page of the site`,
      };
      if (withSlash && (site.valid.has(withSlash) || isStaticPage(withSlash))) {
        fix = { vi: `thêm dấu "/" ở cuối: ${withSlash}`, en: `add the trailing "/": ${withSlash}` };
      } else if (site.drafts.has(path)) {
        message = {
          vi: `liên kết ${href} dẫn tới một bài nháp, bài này sẽ không được đăng`,
          en: `the link ${href} leads to a draft, which will not be published`,
        };
        fix = {
          vi: 'đăng bài kia trước (bỏ draft: true) hoặc bỏ liên kết',
          en: 'publish that article first (remove draft: true) or remove the link',
        };
      } else {
        fix = {
          vi: 'sửa đường dẫn: bài viết có dạng /tin-tuc/NĂM/TÊN-BÀI/, địa phương /dia-phuong/ID/, văn bản /van-ban/ID/',
          en: 'correct the path: articles look like /en/news/YEAR/SLUG/, districts /en/districts/ID/, documents /en/documents/ID/',
        };
      }
      problems.push({ file: entry.file, line, field: 'body', severity: 'error', message, fix });
    }
  });
  return problems;
}
