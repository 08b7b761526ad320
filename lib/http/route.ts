import "server-only";
// The route-handler twin of lib/http/action.ts: the caller's context with the permission the route names,
// the same-origin check for state-changing methods (S14), and errors mapped in one place
// (lib/http/error-outcome.ts) to a plain-text or JSON answer that never says more than its status.
import { authorizeStaff } from "../auth/authorization/authorize.ts";
import { isStaffAction } from "../auth/authorization/permissions.ts";
import type { Context, SignedInContext } from "../context/context.ts";
import type { ActionCaller } from "./action.ts";
import { errorOutcome, type ErrorOutcome } from "./error-outcome.ts";
import { assertSameOrigin, requestContext, signedInContext } from "./next-context.ts";

type RouteParams = Record<string, string | string[]>;
type Segment<P extends RouteParams> = { params: Promise<P> };

type RouteOptions = {
  /** How refusals are written: plain text (downloads, default) or JSON `{ ok: false, code, message }` (forms). */
  errors?: "text" | "json";
};

const NO_STORE = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };

/** The HTTP answer for a refusal or failure. */
export function errorResponse(outcome: ErrorOutcome, format: "text" | "json"): Response {
  const headers: Record<string, string> = { ...NO_STORE };
  if (outcome.retryAfterSeconds !== undefined) headers["Retry-After"] = String(outcome.retryAfterSeconds);
  if (format === "json") {
    return Response.json(
      { ok: false, code: outcome.code, message: outcome.message },
      { status: outcome.status, headers },
    );
  }
  headers["Content-Type"] = "text/plain; charset=utf-8";
  return new Response(`${outcome.message}\n`, { status: outcome.status, headers });
}

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

function handle<C extends Context, P extends RouteParams>(
  context: () => Promise<C>,
  options: RouteOptions & { sameOrigin?: false },
  handler: (ctx: C, request: Request, params: P) => Promise<Response>,
) {
  return async (request: Request, segment: Segment<P>): Promise<Response> => {
    let ctx: C | undefined;
    try {
      if (options.sameOrigin !== false && STATE_CHANGING.has(request.method)) await assertSameOrigin();
      ctx = await context();
      // A GET or HEAD only reads: a read-only organisation (being closed) still answers it.
      if (!STATE_CHANGING.has(request.method)) ctx = { ...ctx, intent: "read" };
      return await handler(ctx, request, await segment.params);
    } catch (error) {
      return errorResponse(errorOutcome(error, ctx?.locale ?? "en", "route"), options.errors ?? "text");
    }
  };
}

/** A route handler for a signed-in caller with the permission it names (see ActionCaller). */
export function defineRoute<P extends RouteParams = RouteParams>(
  options: RouteOptions & { permission: ActionCaller },
  handler: (ctx: SignedInContext, request: Request, params: P) => Promise<Response>,
) {
  return handle<SignedInContext, P>(
    async () => {
      const ctx = await signedInContext();
      if (isStaffAction(options.permission)) await authorizeStaff(ctx, options.permission);
      return ctx;
    },
    options,
    handler,
  );
}

/** A route handler anyone may call (public downloads, emailed links): `ctx.actor` may be null. */
export function definePublicRoute<P extends RouteParams = RouteParams>(
  options: RouteOptions & {
    /**
     * `false` skips the same-origin check (S14) for state-changing methods. Only for a request that
     * another server sends on a user's behalf (RFC 8058 one-click unsubscribe from a mail provider, which
     * has no Origin of ours) and that is authorised by an unguessable token in the URL, never by a cookie.
     */
    sameOrigin?: false;
  },
  handler: (ctx: Context, request: Request, params: P) => Promise<Response>,
) {
  return handle<Context, P>(requestContext, options, handler);
}
