/**
 * A one-line progress bar on stderr: redrawn in place on a terminal (at most ten times a second),
 * a single line when done otherwise (CI logs, pipes).
 */
export class ProgressBar {
  private lastDraw = 0;
  private drawn = false;

  constructor(private readonly label: string, private readonly stream: NodeJS.WriteStream = process.stderr, private readonly width = 30) {}

  update(done: number, total: number): void {
    if (!this.stream.isTTY) return;
    const now = Date.now();
    if (done < total && now - this.lastDraw < 100) return;
    this.lastDraw = now;
    this.drawn = true;
    this.stream.write(`\r${this.line(done, total)}`);
  }

  /** Ends the bar: a newline on a terminal, the final state elsewhere. */
  finish(done: number, total: number): void {
    if (this.stream.isTTY) {
      if (this.drawn || total > 0) this.stream.write(`\r${this.line(done, total)}\n`);
    } else if (total > 0) {
      this.stream.write(`${this.line(done, total)}\n`);
    }
  }

  private line(done: number, total: number): string {
    const share = total ? done / total : 1;
    const filled = Math.round(share * this.width);
    return `${this.label} [${'#'.repeat(filled)}${'-'.repeat(this.width - filled)}] ${String(Math.round(share * 100)).padStart(3)}% ${done}/${total}`;
  }
}
