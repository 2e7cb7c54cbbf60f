/** A whole-number command-line option (a string from node:util parseArgs), or `fallback`; exits with a message when it is not one. */
export function wholeNumber(raw: string | undefined, name: string, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) {
    process.stderr.write(`--${name} must be a whole number, got ${raw}\n`);
    process.exit(2);
  }
  return n;
}
