import "server-only";
// Every refusal or failure of the API as RFC 9457 `application/problem+json`: type, title, status,
// detail, and for validation the refused fields (`errors`). The mapping from errors is the one of the
// rest of the app (lib/http/error-outcome.ts: an AppError keeps its code and text, anything else is an
// internal error logged under a reference); only the format differs.
import type { Locale } from "../i18n/locale.ts";
import { errorOutcome } from "../http/error-outcome.ts";
import { ApiError, type FieldProblem } from "./api-error.ts";
import { AppError, isAppError } from "../errors.ts";
import { API_ERROR_TEXT } from "./messages.ts";
import { API_RESPONSE_HEADERS } from "./response-headers.ts";
import { PROBLEM_OF_CODE, PROBLEM_TYPES, problemTypeUri, type ProblemType } from "./problem-types.ts";

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: FieldProblem[];
};

export { API_RESPONSE_HEADERS };

export function problemResponse(problem: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { ...API_RESPONSE_HEADERS, "Content-Type": PROBLEM_CONTENT_TYPE, ...headers },
  });
}

/** The problem for a thrown error, worded in the caller's language where the domain gave a text. */
export function problemFor(
  error: unknown,
  locale: Locale,
  instance?: string,
): { problem: Problem; headers: Record<string, string> } {
  // An AppError without a text of its own is worded for API callers (not "Please sign in").
  const worded =
    isAppError(error) && !error.text
      ? new AppError(error.code, API_ERROR_TEXT[error.code], { retryAfterSeconds: error.retryAfterSeconds })
      : error;
  const outcome = errorOutcome(worded, locale, "api");
  const type: ProblemType =
    error instanceof ApiError
      ? error.problemType
      : PROBLEM_OF_CODE[isAppError(error) ? error.code : "internal"];
  const headers: Record<string, string> = {};
  if (outcome.retryAfterSeconds !== undefined) headers["Retry-After"] = String(outcome.retryAfterSeconds);
  if (outcome.status === 401) headers["WWW-Authenticate"] = 'Bearer realm="api"';
  const problem: Problem = {
    type: problemTypeUri(type),
    title: PROBLEM_TYPES[type].title,
    status: outcome.status,
    detail: outcome.message,
    ...(instance ? { instance } : {}),
    ...(error instanceof ApiError && error.errors ? { errors: error.errors } : {}),
  };
  return { problem, headers };
}
