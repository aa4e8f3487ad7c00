/** Where the CLI writes and resolves paths: the process in real use, buffers in tests. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
}

/** Exit codes: 0 done, 1 bad input (a file that fails validation, a failed export), 2 bad usage. */
export const EXIT = { ok: 0, badInput: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Raised for a command line that cannot be run as typed; the message says what to type instead. */
export class UsageError extends Error {}
