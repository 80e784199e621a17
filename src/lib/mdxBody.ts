import { mdxToMdast, type MdastNode } from 'satteri';

/**
 * An MDX article body turned into the Markdown that Astro renders for `.md` articles, so MDX costs
 * no more than Markdown: no JavaScript module per article for the bundler (at 10,000 articles the
 * 4,750 MDX modules were most of the build's bundling time and peak memory, docs/performance.md).
 *
 * The MDX an article may use is what a news article needs: Markdown, HTML tags, `{/* comments *\/}`
 * and the article components below. Each component becomes its HTML around the Markdown it wraps,
 * and Astro's Markdown processor renders the rest exactly as for a `.md` file (images, headings,
 * smart quotes). Anything else (imports, exports, `{expressions}`, other components, attributes
 * computed in braces) is a problem with a line and a fix, never silently dropped.
 */

export interface MdxBodyProblem {
  /** 1-based line in the body (the text after the frontmatter). */
  line: number;
  message: { vi: string; en: string };
  fix: { vi: string; en: string };
}

export type MdxBodyResult = { markdown: string; problems: [] } | { markdown: undefined; problems: MdxBodyProblem[] };

/** The components an article may use, with the attributes each takes. */
const components: Record<string, { attributes: readonly string[]; open(attrs: Record<string, string>): string; close: string }> = {
  /**
   * A boxed note ("Ghi nhận", "Số liệu"). A div with role="note" rather than an <aside>: a
   * complementary landmark nested in the article would break the page's landmark outline.
   * Styled by `.callout` in src/styles/prose.css.
   */
  Callout: {
    attributes: ['title'],
    open: ({ title }) => `<div class="callout" role="note">${title ? `<p class="callout-title">${escapeHtml(title)}</p>` : ''}`,
    close: '</div>',
  },
};

const articleComponents = Object.keys(components);

/**
 * The version of what this module writes. Astro keeps a rendered article until the file changes
 * (src/lib/mdxAsMarkdown.ts folds this number into the file's digest), so a change to the HTML a
 * component becomes, or to what is refused, needs a new number here, or warm builds keep the
 * old HTML. mdxBody.test.ts pins the output of each version.
 */
export const mdxBodyVersion = 1;

export function mdxBodyToMarkdown(body: string): MdxBodyResult {
  let tree: Node;
  try {
    tree = mdxToMdast(body, { features: { frontmatter: false } }) as MdastNode as Node;
  } catch (error) {
    return { markdown: undefined, problems: [syntaxProblem(error)] };
  }
  const problems: MdxBodyProblem[] = [];
  const markdown = new Printer(body, problems).range(0, body.length, tree.children ?? [], true);
  return problems.length > 0 ? { markdown: undefined, problems } : { markdown, problems: [] };
}

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number; offset?: number }; end: { line: number; offset?: number } };
}

/** Copies the source, rewriting the MDX nodes in it and collecting what cannot be rewritten. */
class Printer {
  private readonly body: string;
  private readonly problems: MdxBodyProblem[];
  /** How many lists and quotes the node being printed is in. */
  private containers = 0;

  constructor(body: string, problems: MdxBodyProblem[]) {
    this.body = body;
    this.problems = problems;
  }

  /**
   * The source from start to end, with the given nodes (which lie in it, in order) rewritten. For
   * the blocks at the top (`blocks`), the indentation before each goes: MDX reads an indented line
   * as text, Markdown four spaces in as code.
   */
  range(start: number, end: number, nodes: Node[], blocks = false): string {
    let out = '';
    let at = start;
    for (const node of nodes) {
      const { start: from, end: to } = span(node);
      const gap = this.body.slice(at, from);
      out += (blocks ? gap.replace(/(^|\n)[ \t]+$/, '$1') : gap) + this.node(node);
      at = to;
    }
    return out + this.body.slice(at, end);
  }

  private node(node: Node): string {
    const { start, end } = span(node);
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'mdxjsEsm':
        return this.problem(esmProblem(line));
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        return isComment(String(node.value)) ? '' : this.problem(expressionProblem(line));
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        return this.element(node, line);
      case 'blockquote':
      case 'listItem':
        this.containers += 1;
        try {
          return this.range(start, end, node.children ?? []);
        } finally {
          this.containers -= 1;
        }
      default:
        return this.range(start, end, node.children ?? []);
    }
  }

  private element(node: Node, line: number): string {
    const name = node.name ?? '';
    const attributes = node.attributes ?? [];
    if (attributes.some((a) => a.type !== 'mdxJsxAttribute' || (a.value !== null && typeof a.value === 'object'))) {
      return this.problem(attributeExpressionProblem(line, name));
    }
    const { start, end } = span(node);
    const children = node.children ?? [];
    const first = children[0];
    const last = children.at(-1);
    if (/^[a-z]/.test(name)) {
      // An HTML tag stays as written. Around Markdown (a figure with an image in it, a caption with
      // bold in it), its tags go on lines of their own, as for a component, or Markdown would read
      // the Markdown as part of the HTML.
      if (node.type === 'mdxJsxTextElement' || !first || !last || children.every((c) => c.type === 'text')) {
        return this.range(start, end, children);
      }
      return this.wrap(line, name, this.body.slice(start, span(first).start).trim(), children, this.body.slice(span(last).end, end).trim());
    }
    const component = components[name];
    if (!component) return this.problem(unknownComponentProblem(line, name));
    if (node.type !== 'mdxJsxFlowElement') return this.problem(inlineComponentProblem(line, name));
    const values: Record<string, string> = {};
    for (const a of attributes) {
      if (!a.name || !component.attributes.includes(a.name)) {
        return this.problem(unknownAttributeProblem(line, name, a.name ?? '', component.attributes));
      }
      values[a.name] = typeof a.value === 'string' ? a.value : '';
    }
    if (!first || !last) return `${component.open(values)}\n\n${component.close}`;
    return this.wrap(line, name, component.open(values), children, component.close);
  }

  /**
   * Open and close tags on lines of their own with blank lines around the inside, so Markdown
   * parses the inside as Markdown, not as part of an HTML block. MDX ignores indentation inside an
   * element, Markdown would read four spaces as code: the inside is dedented. In a list or a quote
   * the blank lines would end the list or the quote, so there it is refused. `children` is not empty.
   */
  private wrap(line: number, name: string, open: string, children: Node[], close: string): string {
    if (this.containers > 0) return this.problem(containedProblem(line, name));
    const inside = this.range(span(children[0]!).start, span(children.at(-1)!).end, children);
    return `${open}\n\n${dedent(inside)}\n\n${close}`;
  }

  private problem(problem: MdxBodyProblem): string {
    this.problems.push(problem);
    return '';
  }
}

function span(node: Node): { start: number; end: number } {
  return { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
}

function isComment(expression: string): boolean {
  return /^\s*\/\*[\s\S]*\*\/\s*$/.test(expression);
}

function dedent(text: string): string {
  const lines = text.split('\n');
  // The first line starts at the child itself, so its indentation is already gone.
  const indents = lines
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => /^[ \t]*/.exec(l)![0].length);
  const cut = Math.min(...indents);
  if (!Number.isFinite(cut) || cut === 0) return text;
  return [lines[0], ...lines.slice(1).map((l) => l.slice(Math.min(cut, /^[ \t]*/.exec(l)![0].length)))].join('\n');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const componentList = articleComponents.map((c) => `<${c}>`).join(', ');

function syntaxProblem(error: unknown): MdxBodyProblem {
  const message = error instanceof Error ? error.message : String(error);
  // satteri reports "line:column: reason (rule)".
  const match = /^(\d+):(\d+):\s*(.*)$/s.exec(message);
  return {
    line: match ? Number(match[1]) : 1,
    message: {
      vi: `MDX không đọc được: ${match ? match[3] : message}`,
      en: `this MDX cannot be read: ${match ? match[3] : message}`,
    },
    fix: {
      vi: 'viết "\\<" và "\\{" cho dấu < và { trong chữ, đóng mọi thẻ đã mở (ví dụ </Callout>), hoặc đổi tệp sang .md nếu bài không dùng thành phần nào',
      en: 'write "\\<" and "\\{" for a literal < or { in text, close every tag you open (e.g. </Callout>), or rename the file to .md if the article uses no component',
    },
  };
}

function esmProblem(line: number): MdxBodyProblem {
  return {
    line,
    message: { vi: 'bài viết không dùng được dòng import/export', en: 'articles cannot use import or export lines' },
    fix: {
      vi: `xóa dòng này: ${componentList} có sẵn trong mọi bài, không cần import`,
      en: `delete the line: ${componentList} is available in every article without an import`,
    },
  };
}

function expressionProblem(line: number): MdxBodyProblem {
  return {
    line,
    message: { vi: 'bài viết không dùng được biểu thức {…}', en: 'articles cannot use {…} expressions' },
    fix: {
      vi: 'viết "\\{" nếu muốn hiện dấu {, hoặc dùng {/* … */} cho ghi chú',
      en: 'write "\\{" for a literal {, or {/* … */} for a comment',
    },
  };
}

function attributeExpressionProblem(line: number, name: string): MdxBodyProblem {
  return {
    line,
    message: {
      vi: `thuộc tính của <${name}> phải là chữ trong dấu nháy, không phải {…}`,
      en: `the attributes of <${name}> must be quoted text, not {…}`,
    },
    fix: { vi: 'viết thuộc tính dạng title="…"', en: 'write attributes as title="…"' },
  };
}

function unknownComponentProblem(line: number, name: string): MdxBodyProblem {
  return {
    line,
    message: { vi: `không có thành phần <${name}>`, en: `there is no component <${name}>` },
    fix: { vi: `dùng một trong ${componentList}`, en: `use one of ${componentList}` },
  };
}

function inlineComponentProblem(line: number, name: string): MdxBodyProblem {
  return {
    line,
    message: { vi: `<${name}> phải đứng riêng trên dòng của nó`, en: `<${name}> must stand on lines of its own` },
    fix: {
      vi: `đặt <${name}> và </${name}> mỗi thẻ trên một dòng riêng, cách đoạn văn bằng một dòng trống`,
      en: `put <${name}> and </${name}> each on a line of its own, with a blank line between them and the text`,
    },
  };
}

function containedProblem(line: number, name: string): MdxBodyProblem {
  return {
    line,
    message: {
      vi: `<${name}> có nội dung Markdown không đặt được trong danh sách hay trích dẫn`,
      en: `<${name}> with Markdown inside cannot stand in a list or a quote`,
    },
    fix: {
      vi: `đặt <${name}> ra ngoài danh sách hay trích dẫn, trên những dòng riêng`,
      en: `move <${name}> out of the list or quote, onto lines of its own`,
    },
  };
}

function unknownAttributeProblem(line: number, name: string, attribute: string, known: readonly string[]): MdxBodyProblem {
  const list = known.map((a) => `${a}="…"`).join(', ');
  return {
    line,
    message: { vi: `<${name}> không có thuộc tính "${attribute}"`, en: `<${name}> has no attribute "${attribute}"` },
    fix: { vi: `chỉ dùng ${list}`, en: `use only ${list}` },
  };
}
