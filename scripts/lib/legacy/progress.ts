/**
 * Progress of a long import on stderr. On a terminal, one line redrawn in place: a bar, the count
 * and the file. Elsewhere (a CI log, a pipe) a plain line at every tenth, so a log is not flooded
 * with thousands of lines and carriage returns.
 */

/** "[##########----------]  500/1000  bai/500.html", cut to `width` columns. */
export function progressBar(done: number, total: number, file: string, width = 80): string {
  const slots = 20;
  const filled = total === 0 ? slots : Math.floor((done / total) * slots);
  const count = `${String(done).padStart(String(total).length)}/${total}`;
  const line = `[${'#'.repeat(filled)}${'-'.repeat(slots - filled)}] ${count}  ${file}`;
  return line.length > width ? `${line.slice(0, width - 1)}…` : line;
}

/** The steps at which a plain log gets a line: every tenth of the total, and the end. */
export function isLogStep(done: number, total: number): boolean {
  if (done === total) return true;
  const step = Math.max(1, Math.ceil(total / 10));
  return done > 0 && done % step === 0;
}

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

/** A progress callback for importFiles that writes to `stream` (process.stderr). Silent for a handful of files. */
export function progressReporter(stream: ProgressStream, minFiles = 20): (done: number, total: number, file: string) => void {
  return (done, total, file) => {
    if (total < minFiles) return;
    if (stream.isTTY) {
      stream.write(`\r\x1b[K${progressBar(done, total, file, (stream.columns ?? 80) - 1)}`);
      if (done === total) stream.write('\r\x1b[K');
    } else if (isLogStep(done, total)) {
      stream.write(`${done}/${total}\n`);
    }
  };
}
