import { mdxToJs, mdxToMdast, type MdastNode } from 'satteri';

/**
 * What `npm run check` and the build say about an MDX article before `@astrojs/mdx` compiles it:
 * a syntax error, or a component that is neither one of the article components (available in
 * every article without an import, src/components/article/) nor imported or defined by the file.
 * Each problem has a line and a fix in Vietnamese and English. The parser is satteri's, the one
 * `@astrojs/mdx` compiles with, so what passes here parses there too.
 */

export interface MdxProblem {
  /** 1-based line in the text checked. */
  line: number;
  message: { vi: string; en: string };
  fix: { vi: string; en: string };
}

/** The components every article may use without an import (src/components/article/index.ts maps them). */
export const articleComponentNames = ['Callout', 'Figure', 'Gallery', 'DocumentLink'] as const;

const componentList = articleComponentNames.map((c) => `<${c}>`).join(', ');

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  children?: Node[];
  position?: { start: { line: number } };
}

/**
 * The problems of an MDX text. `frontmatter` says whether the text starts with its YAML
 * frontmatter (a whole file, as the build sees it) or is the body alone (as the content rules
 * see it): lines are counted in the text given.
 */
export function mdxProblems(text: string, { frontmatter = false } = {}): MdxProblem[] {
  let tree: Node;
  try {
    tree = mdxToMdast(text, { features: { frontmatter } }) as MdastNode as Node;
  } catch (error) {
    return [syntaxProblem(error)];
  }
  const defined = new Set<string>();
  const used: { name: string; line: number }[] = [];
  let hasCode = false;
  const visit = (node: Node) => {
    if (node.type === 'mdxjsEsm') {
      hasCode = true;
      for (const name of declaredNames(String(node.value))) defined.add(name);
    } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      hasCode = true;
    } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && /^[A-Z]/.test(node.name)) {
      used.push({ name: node.name, line: node.position?.start.line ?? 1 });
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  if (hasCode) {
    // The JavaScript inside (imports, exports, {expressions}) is read only by the compiler.
    try {
      mdxToJs(text, { features: { frontmatter } });
    } catch (error) {
      return [syntaxProblem(error, codeFix)];
    }
  }
  const known = new Set<string>([...articleComponentNames, ...defined]);
  // <Foo.Bar> uses Foo.
  return used.filter(({ name }) => !known.has(name.split('.')[0]!)).map(({ name, line }) => unknownComponentProblem(line, name));
}

/** Names an `import`/`export` block declares: default, named and namespace imports, exported bindings. */
export function declaredNames(esm: string): string[] {
  const names: string[] = [];
  for (const [, clause = ''] of esm.matchAll(/\bimport\s+([^'"]+?)\s+from\s*['"]/g)) {
    for (const part of clause.replace(/[{}]/g, ',').split(',')) {
      const name = part
        .trim()
        .split(/\s+as\s+|\*\s*as\s+/)
        .at(-1)
        ?.trim();
      if (name && /^[A-Za-z_$][\w$]*$/.test(name)) names.push(name);
    }
  }
  for (const [, name] of esm.matchAll(/\bexport\s+(?:const|let|var|function|class)\s+([A-Za-z_$][\w$]*)/g)) names.push(name!);
  return names;
}

const markupFix = {
  vi: 'viết "\\<" và "\\{" cho dấu < và { trong chữ, đóng mọi thẻ đã mở (ví dụ </Callout>), hoặc đổi tệp sang .md nếu bài không dùng thành phần nào',
  en: 'write "\\<" and "\\{" for a literal < or { in text, close every tag you open (e.g. </Callout>), or rename the file to .md if the article uses no component',
};

const codeFix = {
  vi: 'sửa JavaScript trên dòng này: import X from "../../../../src/components/X.astro", export const n = 12, {n * 2}; hoặc viết "\\{" cho dấu { trong chữ',
  en: 'correct the JavaScript on this line: import X from "../../../../src/components/X.astro", export const n = 12, {n * 2}; or write "\\{" for a literal {',
};

function syntaxProblem(error: unknown, fix = markupFix): MdxProblem {
  const message = error instanceof Error ? error.message : String(error);
  // satteri reports "line:column: reason (rule)".
  const match = /^(\d+):(\d+):\s*(.*)$/s.exec(message);
  // Without the parser's own positions and rule name: the line is given in the reader's terms.
  const reason = (match ? match[3]! : message).replace(/\s*\(\d+:\d+\)/g, '').replace(/\s*\([\w-]+:[\w-]+\)\s*$/, '');
  return {
    line: match ? Number(match[1]) : 1,
    message: {
      vi: `MDX không đọc được: ${reason}`,
      en: `this MDX cannot be read: ${reason}`,
    },
    fix,
  };
}

function unknownComponentProblem(line: number, name: string): MdxProblem {
  return {
    line,
    message: { vi: `không có thành phần <${name}>`, en: `there is no component <${name}>` },
    fix: {
      vi: `dùng một trong ${componentList}, hoặc import thành phần từ src/components/`,
      en: `use one of ${componentList}, or import the component from src/components/`,
    },
  };
}
