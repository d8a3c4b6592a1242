/**
 * An error the platform expects and explains to its caller: its message is safe to show, and `code`
 * is a stable, machine-readable name that clients may branch on. Anything that is not an
 * IntegratesError is unexpected: it is masked before it reaches a client and reported with its stack.
 */
export class IntegratesError extends Error {
  readonly code: string;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: string, message: string, details: Readonly<Record<string, unknown>> = {}) {
    super(message);
    this.name = new.target.name;
    this.code = code;
    this.details = details;
  }
}

export const isIntegratesError = (error: unknown): error is IntegratesError => error instanceof IntegratesError;
