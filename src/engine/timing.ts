/**
 * Where a run's time went, for `--timing` (like ESLint's TIMING): milliseconds per rule and per stage,
 * added up over the main thread and every worker. Kept apart from the report, whose bytes must not
 * depend on how fast the machine is.
 */
export class Timings {
  private readonly spent = new Map<string, number>();

  /** Runs `work`, adding its duration to `name`. */
  measure<T>(name: string, work: () => T): T {
    const started = performance.now();
    try {
      return work();
    } finally {
      this.add(name, performance.now() - started);
    }
  }

  async measureAsync<T>(name: string, work: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.add(name, performance.now() - started);
    }
  }

  add(name: string, milliseconds: number): void {
    this.spent.set(name, (this.spent.get(name) ?? 0) + milliseconds);
  }

  /** Entries to send from a worker, or to merge. */
  entries(): Array<[string, number]> {
    return [...this.spent];
  }

  merge(entries: Iterable<[string, number]>): void {
    for (const [name, milliseconds] of entries) this.add(name, milliseconds);
  }

  /** A table, slowest first: name, milliseconds and share of the measured total. */
  table(): string {
    const rows = [...this.spent].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const total = rows.reduce((sum, [, milliseconds]) => sum + milliseconds, 0);
    const width = Math.max(20, ...rows.map(([name]) => name.length));
    const lines = [`${'rule or stage'.padEnd(width)}  ${'time (ms)'.padStart(10)}  ${'share'.padStart(6)}`];
    for (const [name, milliseconds] of rows) {
      lines.push(`${name.padEnd(width)}  ${milliseconds.toFixed(1).padStart(10)}  ${`${total > 0 ? ((100 * milliseconds) / total).toFixed(1) : '0.0'}%`.padStart(6)}`);
    }
    lines.push(`${'total'.padEnd(width)}  ${total.toFixed(1).padStart(10)}  ${'100.0%'.padStart(6)}`);
    return `${lines.join('\n')}\n`;
  }
}

/** Runs `work`, timed under `name` when `--timing` is on. */
export function timed<T>(timings: Timings | undefined, name: string, work: () => T): T {
  return timings ? timings.measure(name, work) : work();
}
