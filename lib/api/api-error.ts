// An AppError the API edge answers with a problem type of its own (lib/api/problem-types.ts), and for
// validation the refused fields as RFC 9457 `errors` ({ detail, pointer }). Still an AppError: the code
// decides the status everywhere else.
import { AppError, type AppErrorOptions, type ErrorCode } from "../errors.ts";
import type { Text } from "../i18n/text.ts";
import type { ProblemType } from "./problem-types.ts";

export type FieldProblem = { detail: string; pointer: string };

export class ApiError extends AppError {
  constructor(
    code: ErrorCode,
    readonly problemType: ProblemType,
    text?: Text,
    options: AppErrorOptions & { errors?: FieldProblem[] } = {},
  ) {
    super(code, text, options);
    this.errors = options.errors;
  }

  readonly errors?: FieldProblem[];
}
