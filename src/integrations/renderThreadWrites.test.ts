import fs from 'node:fs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import type { AstroPrerenderer } from 'astro';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeSynchronouslyWithin, writingOnRenderThread } from './renderThreadWrites.ts';

describe('writeSynchronouslyWithin', () => {
  const node = { mkdir: fs.promises.mkdir, writeFile: fs.promises.writeFile };
  let root: string;
  let out: string;
  let restore: (() => number) | undefined;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'bantin-writes-'));
    out = join(root, 'dist');
    fs.mkdirSync(out);
  });
  afterEach(() => {
    restore?.();
    restore = undefined;
    rmSync(root, { recursive: true, force: true });
  });

  it('has written a page inside the folder by the time the call returns, as Astro writes it', async () => {
    restore = writeSynchronouslyWithin(out);
    const folder = pathToFileURL(join(out, 'tin-tuc', '2024', 'bai-viet/'));
    const file = new URL('index.html', folder);
    const made = fs.promises.mkdir(folder, { recursive: true });
    expect(fs.existsSync(folder)).toBe(true);
    // mkdir answers what Node's does: the first folder it made.
    expect(await made).toBe(join(out, 'tin-tuc'));
    const written = fs.promises.writeFile(file, Buffer.from('<p>Chợ Lách</p>'));
    expect(readFileSync(file, 'utf8')).toBe('<p>Chợ Lách</p>');
    await expect(written).resolves.toBeUndefined();
    await fs.promises.writeFile(join(out, 'rss.xml'), '<rss/>', 'utf8');
    expect(restore()).toBe(2);
    restore = undefined;
  });

  it('leaves paths outside the folder, streamed data and abortable writes to Node', async () => {
    restore = writeSynchronouslyWithin(out);
    await fs.promises.writeFile(join(root, 'cache.bin'), 'x');
    await fs.promises.writeFile(join(root, 'dist-old'), 'x');
    await fs.promises.mkdir(join(root, 'elsewhere'), { recursive: true });
    await fs.promises.writeFile(join(out, 'streamed.txt'), Readable.from(['a', 'b']));
    expect(readFileSync(join(out, 'streamed.txt'), 'utf8')).toBe('ab');
    await fs.promises.writeFile(join(out, 'abortable.txt'), 'x', { signal: new AbortController().signal });
    expect(readFileSync(join(root, 'cache.bin'), 'utf8')).toBe('x');
    // None of them was written by this module.
    expect(restore()).toBe(0);
    restore = undefined;
  });

  it('turns an error into a rejected promise, not a throw', async () => {
    restore = writeSynchronouslyWithin(out);
    let call: Promise<void> | undefined;
    expect(() => (call = fs.promises.writeFile(join(out, 'missing', 'index.html'), 'x'))).not.toThrow();
    await expect(call).rejects.toMatchObject({ code: 'ENOENT' });
    fs.writeFileSync(join(out, 'a-file'), 'x');
    await expect(fs.promises.mkdir(join(out, 'a-file', 'below'), { recursive: true })).rejects.toMatchObject({ code: 'ENOTDIR' });
  });

  it("puts Node's functions back", () => {
    writeSynchronouslyWithin(out)();
    expect(fs.promises.mkdir).toBe(node.mkdir);
    expect(fs.promises.writeFile).toBe(node.writeFile);
  });
});

describe('writingOnRenderThread (the prerenderer wrapper)', () => {
  it('writes synchronously from setup to teardown, and reports the count even when a page failed', async () => {
    const out = mkdtempSync(join(tmpdir(), 'bantin-writes-'));
    const heard: string[] = [];
    const astro: AstroPrerenderer = {
      name: 'fake',
      setup: async () => void heard.push('setup'),
      getStaticPaths: async () => [],
      render: async () => {
        throw new Error('a page failed');
      },
      teardown: async () => void heard.push('teardown'),
    };
    const wrapped = writingOnRenderThread(astro, out, (files) => heard.push(`${files} files`));
    try {
      const before = fs.promises.writeFile;
      await wrapped.setup?.();
      expect(fs.promises.writeFile).not.toBe(before);
      await fs.promises.writeFile(join(out, 'index.html'), 'x');
      await expect(wrapped.render(new Request('https://x.vn/'), { routeData: {} as never })).rejects.toThrow('a page failed');
      // Astro runs the teardown in a `finally`.
      await wrapped.teardown?.();
      expect(fs.promises.writeFile).toBe(before);
      expect(heard).toEqual(['setup', '1 files', 'teardown']);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
