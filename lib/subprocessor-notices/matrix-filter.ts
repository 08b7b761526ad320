// The staff matrix's filter as GET parameters (?change=<id>&state=<state>&q=<name>): one change (else the
// latest six), one state, and a part of the organisation's name (case-insensitive). An empty parameter is
// no filter; anything else that is not a known value is refused by name so the page and the CSV route can
// say which one (never a crash). Pure: the page, the route and the tests share it.
import { z } from "zod";
import type { SubprocessorNoticeStatus } from "../generated/prisma/enums.ts";

export type MatrixState =
  "notified" | "delivered" | "bounced" | Lowercase<Exclude<SubprocessorNoticeStatus, "NOTIFIED">>;

export const MATRIX_STATES = [
  "notified",
  "delivered",
  "bounced",
  "objected",
  "accepted",
  "deemed_accepted",
  "refused",
  "approved",
] as const satisfies readonly MatrixState[];

// Every MatrixState is listed (a new notice status fails to compile here until it is).
const _allStates: (typeof MATRIX_STATES)[number] extends MatrixState
  ? MatrixState extends (typeof MATRIX_STATES)[number]
    ? true
    : never
  : never = true;
void _allStates;

export const MATRIX_FILTER_FIELDS = ["change", "state", "q"] as const;
export type MatrixFilterField = (typeof MATRIX_FILTER_FIELDS)[number];

const blank = (value: unknown) => (value === "" ? undefined : value);

const matrixFilterSchema = z.object({
  change: z.preprocess(
    blank,
    z
      .string()
      .max(64)
      .regex(/^[A-Za-z0-9_-]+$/)
      .optional(),
  ),
  state: z.preprocess(blank, z.enum(MATRIX_STATES).optional()),
  q: z.preprocess(
    (value) => blank(typeof value === "string" ? value.trim() : value),
    z.string().max(100).optional(),
  ),
});

export type MatrixFilter = { change?: string; state?: MatrixState; q?: string };

export type MatrixFilterResult =
  { ok: true; filter: MatrixFilter } | { ok: false; invalid: MatrixFilterField[] };

/** The filter from the request's parameters (a repeated parameter is invalid, not its first value). */
export function parseMatrixFilter(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
): MatrixFilterResult {
  const raw: Record<string, unknown> = {};
  for (const field of MATRIX_FILTER_FIELDS) {
    if (params instanceof URLSearchParams) {
      const all = params.getAll(field);
      raw[field] = all.length > 1 ? all : all[0];
    } else raw[field] = params[field];
  }
  const parsed = matrixFilterSchema.safeParse(raw);
  if (parsed.success) {
    const { change, state, q } = parsed.data;
    return {
      ok: true,
      filter: {
        ...(change ? { change } : {}),
        ...(state ? { state } : {}),
        ...(q ? { q } : {}),
      },
    };
  }
  const invalid = new Set(parsed.error.issues.map((issue) => issue.path[0] as MatrixFilterField));
  return { ok: false, invalid: MATRIX_FILTER_FIELDS.filter((field) => invalid.has(field)) };
}

/** The query string that reproduces the filter (for the CSV link), "" when there is none. */
export function matrixFilterQuery(filter: MatrixFilter): string {
  const params = new URLSearchParams();
  for (const field of MATRIX_FILTER_FIELDS) {
    const value = filter[field];
    if (value) params.set(field, value);
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}
