/**
 * File-system errors an editor can do something about, said in words rather than as "EACCES: …"
 * with a stack trace. Anything not listed here is a bug and keeps its stack trace.
 */
const messages: Record<string, (path: string, syscall: string) => { vi: string; en: string }> = {
  ENOENT: (p) => ({ vi: `không tìm thấy ${p}`, en: `${p} does not exist` }),
  EACCES: (p) => ({ vi: `không có quyền đọc hoặc ghi ${p}`, en: `permission denied: ${p}` }),
  EPERM: (p) => ({ vi: `không có quyền đọc hoặc ghi ${p}`, en: `permission denied: ${p}` }),
  EROFS: (p) => ({ vi: `không ghi được ${p}: ổ đĩa chỉ cho đọc`, en: `cannot write ${p}: the disk is read-only` }),
  ENOSPC: (p) => ({ vi: `không ghi được ${p}: ổ đĩa đã đầy`, en: `cannot write ${p}: the disk is full` }),
  EISDIR: (p) => ({ vi: `${p} là một thư mục, không phải tệp`, en: `${p} is a folder, not a file` }),
  ENOTDIR: (p) => ({ vi: `${p}: một phần của đường dẫn không phải thư mục`, en: `${p}: part of the path is not a folder` }),
  EEXIST: (p, syscall) =>
    syscall === 'mkdir'
      ? { vi: `${p} là một tệp, ở chỗ cần một thư mục`, en: `${p} is a file where a folder should be` }
      : { vi: `${p} đã có`, en: `${p} already exists` },
};

/** The message for a file-system error (Node's `code` and `path`), or null when it is not one we explain. */
export function describeFileError(error: unknown): { vi: string; en: string } | null {
  if (!(error instanceof Error) || !('code' in error) || typeof error.code !== 'string') return null;
  const describe = messages[error.code];
  if (!describe) return null;
  const path = 'path' in error && typeof error.path === 'string' ? error.path : '?';
  return describe(path, 'syscall' in error && typeof error.syscall === 'string' ? error.syscall : '');
}
