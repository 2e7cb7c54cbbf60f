/** The import was stopped by its caller (a signal to the command): rolled back, nothing written. */
export class ImportInterruptedError extends Error {
  readonly code = 'IMPORT_INTERRUPTED';
  constructor(readonly reason: string) {
    super(`import interrupted (${reason}): rolled back, nothing written`);
    this.name = 'ImportInterruptedError';
  }
}
