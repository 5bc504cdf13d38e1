/** A problem with one input file; the CLI prints it as "file:line: message" and exits non-zero. */
export class SeedError extends Error {
  constructor(
    readonly file: string,
    message: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = 'SeedError';
  }

  /** The one-line form the CLI prints, e.g. "seeds/brief.txt:12: …". */
  get location(): string {
    return this.line === undefined ? this.file : `${this.file}:${this.line}`;
  }
}
