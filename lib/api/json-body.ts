// Reading a JSON body and a query string for the API (S13, S20): application/json only, at most
// `maxBytes` (checked on Content-Length and again while reading, so a missing or false length does not
// help), parsed with a strict zod schema. Refusals are problems with the refused fields as `errors`.
import { z } from "zod";
import { ApiError, type FieldProblem } from "./api-error.ts";
import { API_ERROR_TEXT, API_MESSAGES } from "./messages.ts";

export const DEFAULT_MAX_BODY_BYTES = 16 * 1024;

/** The body's text, refused when it is not JSON or too large. */
export async function readJsonText(request: Request, maxBytes = DEFAULT_MAX_BODY_BYTES): Promise<string> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/([a-z0-9.+-]*\+)?json\s*(;|$)/i.test(type))
    throw new ApiError("unsupported_type", "unsupported-media-type", API_ERROR_TEXT.unsupported_type);
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) tooLarge(maxBytes);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function tooLarge(maxBytes: number): never {
  throw new ApiError("too_large", "body-too-large", API_MESSAGES.tooLarge(maxBytes));
}

/** JSON.parse, refused as a problem. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError("invalid", "invalid-json", API_MESSAGES.invalidJson);
  }
}

const pointerOf = (path: readonly PropertyKey[]) =>
  "#" + path.map((part) => "/" + String(part).replaceAll("~", "~0").replaceAll("/", "~1")).join("");

/** The refused fields of a zod error as RFC 9457 `errors`, each with a JSON Pointer into the input. */
export function fieldProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({
          detail: "This field is not part of the request.",
          pointer: pointerOf([...issue.path, key]),
        }))
      : [{ detail: issue.message, pointer: pointerOf(issue.path) }],
  );
}

/** `value` parsed by `schema`, or an `invalid-request` problem naming every refused field. */
export function parseWith<S extends z.ZodType>(
  schema: S,
  value: unknown,
  what: "body" | "query" = "body",
): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const errors = fieldProblems(parsed.error);
  const text =
    what === "body" ? API_MESSAGES.invalidFields(errors.length) : API_MESSAGES.invalidQuery(errors.length);
  throw new ApiError("invalid", "invalid-request", text, { errors });
}

/** The query string as an object of single values (a repeated parameter keeps its last value). */
export function queryObject(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams.entries());
}
