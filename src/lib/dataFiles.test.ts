import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { duplicateIdProblems, yamlSyntaxProblem } from './dataFiles.ts';

const dir = mkdtempSync(join(tmpdir(), 'bantin-data-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('yamlSyntaxProblem', () => {
  it('names double quotes inside a quoted value, the usual cause, with the fix', () => {
    const p = yamlSyntaxProblem('a.mdx', 2, 'Unexpected scalar at node end', 'title: "Hội nghị "Dân vận khéo" năm 2024"');
    expect(p.message).toEqual({ vi: 'lỗi cú pháp YAML', en: 'YAML syntax error (Unexpected scalar at node end)' });
    expect(p.fix.vi).toBe('có dấu " bên trong giá trị: thay bằng ngoặc kép cong “…” hoặc viết \\"');
  });

  it('otherwise lists what to look at', () => {
    const p = yamlSyntaxProblem('a.mdx', 3, 'Tabs are not allowed', '\tdistrict: x');
    expect(p.fix.en).toBe('check the quotes, the colon after each field name and the indentation (spaces, not tabs)');
  });
});

describe('duplicateIdProblems', () => {
  it('names each later entry with an id already used, with its line and the fix', async () => {
    const path = join(dir, 'districts.yaml');
    writeFileSync(path, '- id: a\n  name: A\n- id: b\n- id: a\n  name: other\n');
    const problems = await duplicateIdProblems(path, 'content/districts.yaml');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'content/districts.yaml',
      line: 4,
      field: 'id',
      message: { en: 'the id "a" is used twice (first by entry 1)' },
      fix: { en: 'each id must be unique: change the id or merge the two entries' },
    });
  });

  it('leaves files it cannot read as a list to the build’s own errors', async () => {
    writeFileSync(join(dir, 'map.yaml'), 'a: 1\n');
    writeFileSync(join(dir, 'bad.yaml'), '- id: "a\n');
    expect(await duplicateIdProblems(join(dir, 'map.yaml'), 'map.yaml')).toEqual([]);
    expect(await duplicateIdProblems(join(dir, 'bad.yaml'), 'bad.yaml')).toEqual([]);
    expect(await duplicateIdProblems(join(dir, 'missing.yaml'), 'missing.yaml')).toEqual([]);
  });
});
