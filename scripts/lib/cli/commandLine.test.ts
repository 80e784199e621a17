import { describe, expect, it } from 'vitest';
import { CliError, errorLine, helpText, readArgs, UsageError, type Usage } from './commandLine.ts';
import { describeFileError } from './fileErrors.ts';

const usage: Usage = { command: 'npm run tool', vi: 'Dùng: npm run tool', en: 'Usage: npm run tool' };
const config = { options: { title: { type: 'string' }, yes: { type: 'boolean', short: 'y' } } } as const;

/** The one line readArgs' error prints, or 'ok'. */
function lineFor(args: string[], env: NodeJS.ProcessEnv = {}, allowPositionals = false): string {
  try {
    readArgs(usage, { ...config, allowPositionals }, args, env);
    return 'ok';
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    expect(error.exitCode).toBe(2);
    return errorLine(error, usage);
  }
}

describe('readArgs', () => {
  it('reads options and positionals as parseArgs does', () => {
    const { values, positionals } = readArgs(usage, { ...config, allowPositionals: true }, ['a.txt', '--title', 'X', '-y'], {});
    expect(values).toEqual({ title: 'X', yes: true });
    expect(positionals).toEqual(['a.txt']);
    expect(lineFor(['--title=-5 độ'])).toBe('ok');
  });

  it('names the option in one line, Vietnamese / English, and points to --help', () => {
    expect(lineFor(['--titel', 'X'])).toBe('không có tùy chọn --titel / unknown option --titel  →  npm run tool -- --help\n');
    expect(lineFor(['-x'])).toContain('không có tùy chọn -x / unknown option -x');
    expect(lineFor(['--title'])).toBe('--title cần một giá trị / --title needs a value  →  npm run tool -- --help\n');
    expect(lineFor(['--title', '--yes'])).toContain('--title cần một giá trị / --title needs a value');
    expect(lineFor(['--yes=no'])).toContain('--yes không nhận giá trị / --yes takes no value');
    expect(lineFor(['stray'])).toBe('không hiểu "stray" / unexpected argument "stray"  →  npm run tool -- --help\n');
  });

  it('says where the "--" goes when npm took the options for itself', () => {
    expect(lineFor(['X'], { npm_lifecycle_event: 'tool' })).toBe(
      'không hiểu "X": các tùy chọn viết sau dấu --, ví dụ npm run tool -- --help / unexpected "X": options go after --, e.g. npm run tool -- --help\n',
    );
  });

  it('--help and -h win over everything else', () => {
    for (const args of [['--help'], ['-h'], ['--titel', '--help'], ['stray', '-h']])
      expect(() => readArgs(usage, config, args, {}), args.join(' ')).toThrow(Error);
    expect(helpText(usage)).toBe('Dùng: npm run tool\n\nUsage: npm run tool\n');
  });

  it('a UsageError may leave the --help pointer out', () => {
    expect(errorLine(new UsageError('không tìm thấy a.txt', 'a.txt does not exist', { hint: false }), usage)).toBe(
      'không tìm thấy a.txt / a.txt does not exist\n',
    );
  });
});

describe('describeFileError', () => {
  const errno = (code: string, path: string) => Object.assign(new Error(`${code}: x`), { code, path });
  it('says what went wrong with which file, in both languages', () => {
    expect(describeFileError(errno('EACCES', '/srv/content/articles'))).toEqual({
      vi: 'không có quyền đọc hoặc ghi /srv/content/articles',
      en: 'permission denied: /srv/content/articles',
    });
    expect(describeFileError(errno('ENOENT', 'a.txt'))?.en).toBe('a.txt does not exist');
    expect(describeFileError(errno('EROFS', '/mnt/x'))?.vi).toBe('không ghi được /mnt/x: ổ đĩa chỉ cho đọc');
  });
  it('leaves other errors alone (they are bugs, with a stack trace)', () => {
    expect(describeFileError(new TypeError('x'))).toBeNull();
    expect(describeFileError(errno('ERR_SOMETHING', 'x'))).toBeNull();
  });
});
