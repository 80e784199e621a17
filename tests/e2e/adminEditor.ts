import type { Page } from 'playwright-core';

/**
 * The web editor's test repository: Sveltia CMS's `test-repo` backend keeps the repository's files
 * in the browser's private file storage (OPFS) under `sveltia-cms-test/`. Tests put files there
 * before the editor opens and read back what it wrote.
 */
export const testRepoDir = 'sveltia-cms-test';

/** Writes text files (path → text, paths from the repository root) into the test repository. */
export async function putRepoFiles(page: Page, files: Record<string, string>): Promise<void> {
  await page.evaluate(
    async ({ root, files }) => {
      const top = await (await navigator.storage.getDirectory()).getDirectoryHandle(root, { create: true });
      for (const [path, text] of Object.entries(files)) {
        const parts = path.split('/');
        let dir = top;
        for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
        const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
        await writable.write(text);
        await writable.close();
      }
    },
    { root: testRepoDir, files },
  );
}

/** Every file in the test repository: path → base64 of its bytes (photos are binary). */
export async function readRepoFiles(page: Page): Promise<Map<string, Buffer>> {
  const entries = await page.evaluate(async (root) => {
    const out: [string, string][] = [];
    const walk = async (dir: FileSystemDirectoryHandle, prefix: string): Promise<void> => {
      for await (const [name, handle] of dir.entries()) {
        if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, `${prefix}${name}/`);
        else {
          const bytes = new Uint8Array(await (await (handle as FileSystemFileHandle).getFile()).arrayBuffer());
          let binary = '';
          for (const byte of bytes) binary += String.fromCharCode(byte);
          out.push([`${prefix}${name}`, btoa(binary)]);
        }
      }
    };
    await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle(root), '');
    return out;
  }, testRepoDir);
  return new Map(entries.map(([path, base64]) => [path, Buffer.from(base64, 'base64')]));
}
