import { parseArgs, type ParseArgsConfig } from 'node:util';
import { describeFileError } from './fileErrors.ts';

/**
 * What every editor tool does with its command line: `--help` prints short usage (Vietnamese, then
 * English) and exits 0; a mistake the person can fix prints one line, Vietnamese / English, with
 * no stack trace. Exit codes: 0 done, 1 the work failed (content errors, a file that cannot be
 * written, input ended), 2 the command line is wrong (unknown option, bad value, missing file).
 */

export interface Usage {
  /** How the tool is run, e.g. "npm run new": the hint after an error says "npm run new -- --help". */
  command: string;
  vi: string;
  en: string;
}

/** A problem the person running the tool can fix: printed as one line, "Vietnamese / English". */
export class CliError extends Error {
  readonly exitCode: number;
  constructor(vi: string, en: string, exitCode = 1) {
    super(`${vi} / ${en}`);
    this.exitCode = exitCode;
  }
}

/** A mistake on the command line: exit code 2 and a pointer to --help. */
export class UsageError extends CliError {
  readonly hint: boolean;
  constructor(vi: string, en: string, options: { hint?: boolean } = {}) {
    super(vi, en, 2);
    this.hint = options.hint ?? true;
  }
}

class HelpRequested extends Error {}

/** The usage text --help prints: Vietnamese, a blank line, English. */
export function helpText(usage: Usage): string {
  return `${usage.vi.trim()}\n\n${usage.en.trim()}\n`;
}

/** The one line printed for an error, with "→ npm run x -- --help" when it is about the command line. */
export function errorLine(error: CliError, usage: Usage): string {
  const hint = error instanceof UsageError && error.hint ? `  →  ${helpCommand(usage)}` : '';
  return `${error.message}${hint}\n`;
}

/** "npm run new -- --help" (npm needs the "--" to pass the option on), "node x.ts --help". */
function helpCommand(usage: Usage): string {
  return usage.command.startsWith('npm ') ? `${usage.command} -- --help` : `${usage.command} --help`;
}

/**
 * Node's parseArgs, strict, with --help/-h added, but its errors turned into UsageErrors that name
 * the option. Read in non-strict mode first so every mistake can be named from the tokens rather
 * than from the wording of Node's messages.
 */
export function readArgs<const T extends ParseArgsConfig>(
  usage: Usage,
  config: T,
  args: string[] = process.argv.slice(2),
  env: NodeJS.ProcessEnv = process.env,
): ReturnType<typeof parseArgs<T>> {
  const options = { ...config.options, help: { type: 'boolean', short: 'h' } } as const;
  const loose = parseArgs({ ...config, args, options, strict: false, tokens: true, allowPositionals: true });
  if (loose.values['help'] === true) throw new HelpRequested();
  for (const token of loose.tokens ?? []) {
    if (token.kind === 'positional' && !config.allowPositionals) throw unexpected(token.value, usage, env);
    if (token.kind !== 'option') continue;
    const spec = options[token.name as keyof typeof options] as { type: 'string' | 'boolean' } | undefined;
    if (!spec) throw new UsageError(`không có tùy chọn ${token.rawName}`, `unknown option ${token.rawName}`);
    // A string option followed by another option (or by nothing) has lost its value.
    if (spec.type === 'string' && (token.value === undefined || (!token.inlineValue && token.value.startsWith('-'))))
      throw new UsageError(`${token.rawName} cần một giá trị`, `${token.rawName} needs a value`);
    if (spec.type === 'boolean' && token.inlineValue)
      throw new UsageError(`${token.rawName} không nhận giá trị`, `${token.rawName} takes no value`);
  }
  try {
    return parseArgs({ ...config, args }) as ReturnType<typeof parseArgs<T>>;
  } catch (error) {
    // Anything the checks above did not foresee: still one line, never a stack trace.
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))
      throw new UsageError('tham số không hợp lệ', error.message.split('\n')[0] ?? 'invalid arguments');
    throw error;
  }
}

/**
 * readArgs for a script that reads its command line before doing anything else (the benchmarks):
 * --help prints the usage and exits 0, a mistake prints its one line and exits 2.
 */
export function readArgsOrExit<const T extends ParseArgsConfig>(usage: Usage, config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return readArgs(usage, config);
  } catch (error) {
    if (error instanceof HelpRequested) {
      process.stdout.write(helpText(usage));
      process.exit(0);
    }
    if (error instanceof CliError) {
      process.stderr.write(errorLine(error, usage));
      process.exit(error.exitCode);
    }
    throw error;
  }
}

/**
 * An argument that is not an option. Run through npm, the usual cause is a missing "--": `npm run new
 * --title X` gives npm the option and the script only "X".
 */
function unexpected(value: string, usage: Usage, env: NodeJS.ProcessEnv): UsageError {
  if (env['npm_lifecycle_event'])
    return new UsageError(
      `không hiểu "${value}": các tùy chọn viết sau dấu --, ví dụ ${usage.command} -- --help`,
      `unexpected "${value}": options go after --, e.g. ${usage.command} -- --help`,
      { hint: false },
    );
  return new UsageError(`không hiểu "${value}"`, `unexpected argument "${value}"`);
}

/**
 * Runs a tool's main function: prints --help, turns CliErrors and file-system errors (a folder that
 * cannot be written…) into one line and an exit code, and lets anything else (a bug) surface with
 * its stack trace for whoever fixes it.
 */
export async function runCli(usage: Usage, main: () => Promise<number>): Promise<void> {
  try {
    process.exitCode = await main();
  } catch (error) {
    if (error instanceof HelpRequested) {
      process.stdout.write(helpText(usage));
      process.exitCode = 0;
    } else if (error instanceof CliError) {
      process.stderr.write(errorLine(error, usage));
      process.exitCode = error.exitCode;
    } else {
      const file = describeFileError(error);
      if (!file) throw error;
      process.stderr.write(`${file.vi} / ${file.en}\n`);
      process.exitCode = 1;
    }
  }
}
