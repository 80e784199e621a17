import { access } from 'node:fs/promises';

/**
 * Whether something is at `path` (a file or a folder). For the scripts' "is it there yet?"
 * questions only: to read or write a file, do it and handle the error, which also covers a file
 * removed in between.
 */
export async function pathExists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
