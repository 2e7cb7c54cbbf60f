/** A one-line progress bar on stderr (redrawn in place on a terminal, a line per 10% otherwise). */
export class ProgressBar {
  private done = 0;
  private lastShown = -1;
  private readonly started = Date.now();
  constructor(private readonly label: string, private readonly total: number, private readonly out: NodeJS.WriteStream = process.stderr) {}

  tick(n = 1): void {
    this.done = Math.min(this.total, this.done + n);
    const pct = this.total ? Math.floor((this.done / this.total) * 100) : 100;
    if (this.out.isTTY) {
      if (pct === this.lastShown && this.done !== this.total) return;
      const width = 30;
      const filled = Math.round((pct / 100) * width);
      this.out.write(`\r${this.label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${pct}% ${this.done}/${this.total}`);
      if (this.done === this.total) this.out.write('\n');
    } else if (Math.floor(pct / 10) !== Math.floor(this.lastShown / 10) || this.done === this.total) {
      this.out.write(`${this.label}: ${pct}% (${this.done}/${this.total})\n`);
    }
    this.lastShown = pct;
  }

  get seconds(): number {
    return (Date.now() - this.started) / 1000;
  }
}
