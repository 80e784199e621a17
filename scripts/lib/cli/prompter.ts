import { createInterface } from 'node:readline/promises';

export interface Prompter {
  /** Asks one question; an empty answer gives `fallback` (shown in brackets). Throws InputEnded at end of input. */
  ask(question: string, fallback?: string): Promise<string>;
  close(): void;
}

/** The input ended (Ctrl-D, or a pipe ran out) before the question was answered. */
export class InputEnded extends Error {}

/**
 * Questions on the terminal with Node's readline. Answers are read as a stream of lines rather than
 * with rl.question(), so answers piped in ahead of the questions (scripts, tests) are not lost.
 */
export function terminalPrompter(input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stdout): Prompter {
  const rl = createInterface({ input, output, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  return {
    async ask(question, fallback) {
      output.write(fallback ? `${question} [${fallback}]: ` : `${question}: `);
      const next = await lines.next();
      if (next.done) {
        // The cursor is still after the question.
        output.write('\n');
        throw new InputEnded('input ended before every question was answered');
      }
      const answer = String(next.value).trim();
      return answer === '' ? (fallback ?? '') : answer;
    },
    close: () => rl.close(),
  };
}
