import type { ChildProcess } from 'node:child_process';
import { setPriority } from 'node:os';

/**
 * Gives a child process the scheduling priority `nice` as soon as it has started, before it can
 * start processes of its own, which take that priority with them. Only a hint: on a system that
 * refuses it, the child does the same work at the usual priority.
 */
export function lowerPriority(child: ChildProcess, nice: number): void {
  child.once('spawn', () => {
    try {
      setPriority(child.pid!, nice);
    } catch {
      // Refused: the usual priority.
    }
  });
}
