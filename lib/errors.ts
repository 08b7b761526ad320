// The one error model (STYLE.md 20). A domain function that refuses throws an AppError with a stable
// code; the code decides the HTTP status, and an optional text from a message catalogue tells the user
// what to fix. Pages, server actions and route handlers turn errors into answers in one place
// (lib/http/error-outcome.ts); anything that is not an AppError is an internal error.
import type { Text } from "./i18n/text.ts";

export const ERROR_STATUS = {
  /** Input or a rule the user can fix (the text says what). */
  invalid: 400,
  /** No live session: pages go to sign-in, routes answer 401. */
  unauthenticated: 401,
  /** The caller may know the record but not do this (including a needed re-authentication). */
  forbidden: 403,
  /** The record does not exist or the caller may not know it exists (S12): always 404. */
  not_found: 404,
  /** The record changed meanwhile, or the change contradicts its state. */
  conflict: 409,
  too_large: 413,
  unsupported_type: 415,
  rate_limited: 429,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export type AppErrorOptions = {
  /** For `rate_limited`: when the caller may try again. */
  retryAfterSeconds?: number;
  /** A sensitive change needs a fresh confirmation of who the user is (the form then asks for it). */
  reauthenticate?: boolean;
  cause?: unknown;
};

export class AppError extends Error {
  readonly status: number;
  readonly retryAfterSeconds?: number;
  readonly reauthenticate: boolean;

  constructor(
    readonly code: ErrorCode,
    /** What to tell the user, from a message catalogue; without it the edge says what the code means. */
    readonly text?: Text,
    options: AppErrorOptions = {},
  ) {
    super(text?.en ?? code, { cause: options.cause });
    this.name = "AppError";
    this.status = ERROR_STATUS[code];
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.reauthenticate = options.reauthenticate ?? false;
  }
}

export function isAppError(error: unknown, code?: ErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}
