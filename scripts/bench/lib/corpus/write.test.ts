import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assertNotRealContent, markerFile, writeCorpus } from './write.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corpus-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeCorpus', () => {
  it('writes every file and a marker', async () => {
    const out = join(dir, 'c');
    await writeCorpus(
      out,
      [
        ['districts.yaml', 'a'],
        ['articles/vi/2020/x.md', 'b'],
      ],
      { seed: 's', articles: 1 },
    );
    expect(await readFile(join(out, 'articles/vi/2020/x.md'), 'utf8')).toBe('b');
    expect(JSON.parse(await readFile(join(out, markerFile), 'utf8'))).toMatchObject({ seed: 's', articles: 1 });
  });

  it('replaces its own earlier output, leaving no stale article', async () => {
    const out = join(dir, 'c');
    await writeCorpus(out, [['articles/vi/2020/old.md', 'old']], { seed: 's', articles: 1 });
    await writeCorpus(out, [['articles/vi/2021/new.md', 'new']], { seed: 's', articles: 1 });
    expect(await readdir(join(out, 'articles/vi'))).toEqual(['2021']);
  });

  it('writes photo bytes as they are and replaces its earlier photos', async () => {
    const out = join(dir, 'p');
    await writeCorpus(out, [['media/2020/old.jpg', new Uint8Array([1])]], { seed: 's', articles: 1, photos: 1 });
    await writeCorpus(out, [['media/2021/new.jpg', new Uint8Array([0xff, 0xd8, 0])]], { seed: 's', articles: 1, photos: 1 });
    expect(await readdir(join(out, 'media'))).toEqual(['2021']);
    expect([...(await readFile(join(out, 'media/2021/new.jpg')))]).toEqual([0xff, 0xd8, 0]);
    expect(JSON.parse(await readFile(join(out, markerFile), 'utf8'))).toMatchObject({ photos: 1 });
  });

  it('refuses a folder it did not write', async () => {
    const out = join(dir, 'mine');
    await mkdir(out);
    await writeFile(join(out, 'notes.txt'), 'keep me');
    await expect(writeCorpus(out, [['districts.yaml', 'a']], { seed: 's', articles: 1 })).rejects.toThrow(/not written by gen-corpus/);
    expect(await readFile(join(out, 'notes.txt'), 'utf8')).toBe('keep me');
  });
});

describe('assertNotRealContent', () => {
  it('refuses the content folder and anything inside it', () => {
    expect(() => assertNotRealContent('content', 'content')).toThrow();
    expect(() => assertNotRealContent('content/articles', 'content')).toThrow();
    expect(() => assertNotRealContent('./content/', 'content')).toThrow();
    expect(() => assertNotRealContent('bench-out/corpus', 'content')).not.toThrow();
    expect(() => assertNotRealContent('content-synthetic', 'content')).not.toThrow();
  });
});
