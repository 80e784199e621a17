import { createInterface } from 'node:readline/promises';

export interface Prompter {
  /** Asks one question; an empty answer gives `fallback` (shown in brackets). */
  ask(question: string, fallback?: string): Promise<string>;
  close(): void;
}

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
      if (next.done) throw new Error('input ended before every question was answered');
      const answer = String(next.value).trim();
      return answer === '' ? (fallback ?? '') : answer;
    },
    close: () => rl.close(),
  };
}
