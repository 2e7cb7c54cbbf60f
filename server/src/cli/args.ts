/** Parses `--name value` and `--flag` command-line options; positional arguments are kept in order. */
export function parseArgs(argv: string[]): { options: Record<string, string | true>; positional: string[] } {
  const options: Record<string, string | true> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) positional.push(arg);
    else if (arg.includes('=')) options[arg.slice(2, arg.indexOf('='))] = arg.slice(arg.indexOf('=') + 1);
    else if (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--')) options[arg.slice(2)] = argv[++i];
    else options[arg.slice(2)] = true;
  }
  return { options, positional };
}

/** A whole number option, or `fallback`; exits with a message when it is not one. */
export function intOption(options: Record<string, string | true>, name: string, fallback: number): number {
  const raw = options[name];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (raw === true || !Number.isInteger(n) || n < 0) {
    process.stderr.write(`--${name} must be a whole number, got ${String(raw)}\n`);
    process.exit(2);
  }
  return n;
}
