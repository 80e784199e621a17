import { input, search } from '@inquirer/prompts';
import { InputEnded, type Prompter } from '../cli/prompter.ts';
import type { PickOption } from './pickLists.ts';

/** A prompter that can also offer a pick-list the editor narrows by typing. */
export interface PickListPrompter extends Prompter {
  pick(question: string, options: (term: string | undefined) => PickOption[]): Promise<string>;
}

export function canPick(prompter: Prompter | null): prompter is PickListPrompter {
  return prompter !== null && 'pick' in prompter;
}

/** Ctrl-C or Ctrl-D inside a prompt: Inquirer rejects with an ExitPromptError. */
function ended(error: unknown): never {
  if (error instanceof Error && error.name === 'ExitPromptError') throw new InputEnded('the editor stopped the questions');
  throw error;
}

/**
 * Questions on an interactive terminal with Inquirer: text questions as before, and pick-lists with
 * type-ahead (arrow keys, Enter) for districts and documents. Pipes and scripts keep the line
 * prompter (scripts/lib/cli/prompter.ts), which reads answers given ahead of the questions.
 */
export function pickListPrompter(): PickListPrompter {
  const controller = new AbortController();
  return {
    ask: (question, fallback) =>
      input({ message: question, ...(fallback ? { default: fallback } : {}) }, { signal: controller.signal })
        .then((answer) => answer.trim() || (fallback ?? ''))
        .catch(ended),
    pick: (question, options) =>
      search({ message: question, source: (term) => options(term), pageSize: 10 }, { signal: controller.signal }).catch(ended),
    close: () => controller.abort(),
  };
}
