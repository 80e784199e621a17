import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

/**
 * The files of a built site that may be served: URL path ("/tin-tuc/index.html") to size in bytes.
 * A symbolic link to a file is listed only when its real path is inside the site, and links to
 * folders are not followed: nothing outside the folder (/etc, the counter's database) is ever
 * served, whatever its name. (Node's recursive readdir would follow links to folders.)
 */
export function listSiteFiles(root: string): Map<string, number> {
  const realRoot = realpathSync(root);
  const files = new Map<string, number>();
  const walk = (dir: string, urlPath: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const absolute = join(dir, entry.name);
      const url = `${urlPath}/${entry.name}`;
      if (entry.isDirectory()) walk(absolute, url);
      else if (entry.isFile()) files.set(url, statSync(absolute).size);
      else if (entry.isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(absolute);
        } catch {
          continue; // a dangling link
        }
        const stats = statSync(target);
        if (target.startsWith(realRoot + sep) && stats.isFile()) files.set(url, stats.size);
      }
    }
  };
  walk(root, '');
  return files;
}
