import { renderArticle, type ArticleExt, type Frontmatter } from '../articleFile.ts';
import { parseYaml, splitFrontmatter } from '../../../src/lib/yamlSource.ts';

export interface NewArticleInput {
  title: string;
  /** Empty when the editor has not written one yet: the article is then a draft. */
  lede: string;
  publishedAt: string;
  year: number;
  district: string;
  documents: string[];
  author: string;
  topics: string[];
}

/**
 * The body skeleton: notes that show the editor how to write each part, as comments of the file's
 * format (`{/* … *\/}` in MDX, `<!-- … -->` in Markdown), which the page does not show.
 */
function skeleton(year: number, ext: ArticleExt): string {
  const note = (lines: string) => (ext === 'mdx' ? `{/*\n${lines}\n*/}` : `<!--\n${lines}\n-->`);
  const photo = `  Ảnh / Photo: đặt tệp vào content/media/${year}/ (rộng tối đa 1600 px, dưới 500 KB), rồi viết:
  ![Mô tả nội dung ảnh cho người không xem được](../../../media/${year}/ten-anh.jpg)`;
  const caption =
    ext === 'mdx'
      ? `  Ảnh có chú thích / with a caption:
  <figure>
    ![Mô tả nội dung ảnh](../../../media/${year}/ten-anh.jpg)
    <figcaption>Chú thích. Ảnh: Tên tác giả</figcaption>
  </figure>`
      : `  Ảnh có chú thích, khung ghi chú, bộ ảnh: đổi đuôi tệp thành .mdx (docs/editing.md).
  A caption, a boxed note, a gallery: rename the file to .mdx (docs/editing.md).`;
  return `${note(`  Viết nội dung bài bên dưới. Mỗi đoạn cách nhau một dòng trống. Xóa các ghi chú này khi xong.
  Write the article below. Leave a blank line between paragraphs. Delete these notes when done.`)}

Đoạn mở đầu.

## Tiêu đề phụ

Nội dung.

${note(`${photo}\n\n${caption}`)}`;
}

/** The text of a new Vietnamese article in the format `ext`: valid frontmatter and the body skeleton. */
export function scaffoldArticle(input: NewArticleInput, ext: ArticleExt = 'md'): { text: string; draft: boolean } {
  const draft = input.lede.trim() === '';
  const frontmatter: Frontmatter = {
    title: input.title,
    lede: draft ? 'Viết một hai câu tóm tắt bài.' : input.lede,
    publishedAt: input.publishedAt,
    district: input.district,
    documents: input.documents,
    author: input.author,
    ...(input.topics.length > 0 ? { topics: input.topics } : {}),
    ...(draft ? { draft: true } : {}),
  };
  const comments = draft ? { draft: 'Viết lede rồi xóa dòng này. / Write the lede, then delete this line.' } : {};
  return { text: renderArticle(frontmatter, skeleton(input.year, ext), comments), draft };
}

/**
 * The English file for a Vietnamese article: the frontmatter carried over (the same article: same
 * district, documents, time), the Vietnamese text left in place to translate, and draft: true so
 * nothing half-translated is published. The legacy view count belongs to the Vietnamese page only.
 */
export function scaffoldTranslation(originalRaw: string, ext: ArticleExt): string {
  const split = splitFrontmatter(originalRaw);
  if (!split) throw new Error('the original has no frontmatter');
  const data = parseYaml(split.yaml).value as Frontmatter & Record<string, unknown>;
  const { legacyViews: _views, draft: _draft, ...carried } = data;
  const note =
    'Dịch tiêu đề, tóm tắt và nội dung sang tiếng Anh; xong thì xóa ghi chú này và dòng draft: true.\nTranslate the title, lede and text into English; then delete this note and the line draft: true.';
  const body = ext === 'mdx' ? `{/*\n${note}\n*/}\n\n${split.body.trim()}` : `<!--\n${note}\n-->\n\n${split.body.trim()}`;
  return renderArticle({ ...carried, draft: true }, body, {
    title: 'Dịch / Translate',
    draft: 'Xóa khi đã dịch xong. / Delete when translated.',
  });
}
