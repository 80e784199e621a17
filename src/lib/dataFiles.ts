import { readFile } from 'node:fs/promises';
import type { z } from 'astro/zod';
import type { Problem } from './contentRules/problem.ts';
import { parseYaml } from './yamlSource.ts';

export interface DataFile<T> {
  /** Valid items, in file order. */
  items: T[];
  /** Every id in the file, valid item or not: an invalid entry is reported once, not again by each article citing it. */
  ids: Set<string>;
  /** False when the file is missing or not a YAML list: its ids are then unknown, not absent. */
  readable: boolean;
  problems: Problem[];
  /** 1-based line of a field of the item with this id. */
  lineOf(id: string, field: string): number | undefined;
}

/**
 * Reads districts.yaml or documents.yaml: a YAML list of items, each checked with its schema.
 * Invalid items are left out of `items` (and reported), so one typo does not hide every other problem.
 */
export async function readDataFile<S extends z.ZodType<{ id: string }>>(
  path: string,
  file: string,
  schema: S,
): Promise<DataFile<z.output<S>>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return unreadable([
      problem(
        file,
        undefined,
        '',
        { vi: 'không tìm thấy tệp', en: 'the file does not exist' },
        { vi: 'tạo tệp này (một danh sách YAML)', en: 'create this file (a YAML list)' },
      ),
    ]);
  }
  const parsed = parseYaml(text);
  if (parsed.errors.length > 0) return unreadable(parsed.errors.map((e) => yamlSyntaxProblem(file, e.line, e.message)));
  const list = parsed.value ?? [];
  if (!Array.isArray(list)) {
    return unreadable([
      problem(
        file,
        1,
        '',
        { vi: 'tệp phải là một danh sách', en: 'the file must be a list' },
        { vi: 'mỗi mục bắt đầu bằng "- id: …"', en: 'start every entry with "- id: …"' },
      ),
    ]);
  }
  const items: Array<z.output<S>> = [];
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  const ids = new Set<string>();
  list.forEach((raw: unknown, index) => {
    const hasId = typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'string';
    const id = hasId ? String(raw.id) : `#${index + 1}`;
    if (hasId) ids.add(id);
    const result = schema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
        const field = [id, ...path].join('.');
        const missing =
          issue.code === 'invalid_type' && path.length === 1 && !(typeof raw === 'object' && raw !== null && String(path[0]) in raw);
        problems.push(
          problem(
            file,
            parsed.lineOf([index, ...path]),
            field,
            missing
              ? { vi: `thiếu trường bắt buộc ${field}`, en: `the required field ${field} is missing` }
              : { vi: `giá trị của ${field} không hợp lệ`, en: `${field} ${issue.message}` },
            {
              vi: `sửa ${field} theo mẫu của các mục khác (${issue.message})`,
              en: `correct ${field} following the other entries (${issue.message})`,
            },
          ),
        );
      }
      return;
    }
    const firstIndex = seen.get(result.data.id);
    if (firstIndex !== undefined) {
      problems.push(duplicateIdProblem(file, parsed.lineOf([index, 'id']), result.data.id, firstIndex));
      return;
    }
    seen.set(result.data.id, index);
    items.push(result.data);
  });
  return { items, ids, readable: true, problems, lineOf: (id, field) => parsed.lineOf([seen.get(id) ?? -1, field]) };
}

function duplicateIdProblem(file: string, line: number | undefined, id: string, firstIndex: number): Problem {
  return problem(
    file,
    line,
    'id',
    {
      vi: `id "${id}" bị trùng (đã có ở mục thứ ${firstIndex + 1})`,
      en: `the id "${id}" is used twice (first by entry ${firstIndex + 1})`,
    },
    { vi: 'mỗi id chỉ dùng một lần: đổi id hoặc gộp hai mục', en: 'each id must be unique: change the id or merge the two entries' },
  );
}

/**
 * Every entry of a data file whose id an earlier entry already has, whether or not the entries are
 * otherwise valid. The build runs this (src/content.config.ts): Astro's file() loader keeps the
 * last entry of an id without failing, so a duplicate would silently replace a district or a
 * document. A file that is missing or not a YAML list gives none here: the build reports those.
 */
export async function duplicateIdProblems(path: string, file: string): Promise<Problem[]> {
  const text = await readFile(path, 'utf8').catch(() => '');
  const parsed = parseYaml(text);
  if (parsed.errors.length > 0 || !Array.isArray(parsed.value)) return [];
  const seen = new Map<string, number>();
  const problems: Problem[] = [];
  parsed.value.forEach((raw: unknown, index) => {
    // The id as Astro's file() loader reads it.
    const item = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown; slug?: unknown }) : {};
    const value = item.id ?? item.slug;
    if (typeof value !== 'string' && typeof value !== 'number') return;
    const id = String(value);
    const firstIndex = seen.get(id);
    if (firstIndex === undefined) seen.set(id, index);
    else problems.push(duplicateIdProblem(file, parsed.lineOf([index, 'id']), id, firstIndex));
  });
  return problems;
}

/** A data file whose items cannot be read: its ids are unknown, not absent. */
function unreadable<T>(problems: Problem[]): DataFile<T> {
  return { items: [], ids: new Set(), readable: false, lineOf: () => undefined, problems };
}

/**
 * A YAML syntax error. `lineText` is the line the parser stopped at: a value in double quotes with
 * more quotes inside (a title quoting a campaign's name) is the usual cause, and gets its own fix.
 * The parser's own words are English, so they go in the English line only.
 */
export function yamlSyntaxProblem(file: string, line: number | undefined, detail: string, lineText = ''): Problem {
  const innerQuotes = /^\s*[\w-]+\s*:\s*".*".*"/.test(lineText);
  return problem(
    file,
    line,
    'yaml',
    { vi: 'lỗi cú pháp YAML', en: `YAML syntax error (${detail})` },
    innerQuotes
      ? {
          vi: 'có dấu " bên trong giá trị: thay bằng ngoặc kép cong “…” hoặc viết \\"',
          en: 'there is a " inside the value: use curly quotes “…” or write \\"',
        }
      : {
          vi: 'kiểm tra dấu ngoặc kép, dấu hai chấm sau tên trường và thụt lề bằng dấu cách (không dùng tab)',
          en: 'check the quotes, the colon after each field name and the indentation (spaces, not tabs)',
        },
  );
}

function problem(file: string, line: number | undefined, field: string, message: Problem['message'], fix: Problem['fix']): Problem {
  return { file, line, field, severity: 'error', message, fix };
}
