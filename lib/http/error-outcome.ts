import "server-only";
// The one mapping from a thrown error to what the caller is told (STYLE.md 20). Server actions, route
// handlers and pages all come through here: an AppError keeps its code, status and text; Next.js's own
// control flow (redirect, notFound) is passed on; anything else is an internal error, logged under a
// reference the user can quote, and answered without detail.
import { randomUUID } from "node:crypto";
import { unstable_rethrow } from "next/navigation";
import { AppError, ERROR_STATUS, type ErrorCode } from "../errors.ts";
import type { Locale } from "../i18n/locale.ts";
import { localize } from "../i18n/text.ts";
import { ERROR_TEXT, HTTP_MESSAGES } from "./messages.ts";

export type ErrorOutcome = {
  code: ErrorCode;
  status: number;
  message: string;
  retryAfterSeconds?: number;
  /** The form should ask the user to confirm who they are, then try again. */
  reauthenticate: boolean;
};

export function errorOutcome(error: unknown, locale: Locale, where: string): ErrorOutcome {
  unstable_rethrow(error);
  if (error instanceof AppError) {
    return {
      code: error.code,
      status: error.status,
      message: localize(error.text ?? ERROR_TEXT[error.code], locale),
      retryAfterSeconds: error.retryAfterSeconds,
      reauthenticate: error.reauthenticate,
    };
  }
  const reference = randomUUID();
  console.error(`[${where}] internal error ${reference}`, error);
  return {
    code: "internal",
    status: ERROR_STATUS.internal,
    message: `${localize(ERROR_TEXT.internal, locale)} ${localize(HTTP_MESSAGES.reference(reference), locale)}`,
    reauthenticate: false,
  };
}
