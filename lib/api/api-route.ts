import "server-only";
// The one wrapper every /api/v1 route goes through (S11, S28): the API key from the Authorization header
// (lib/api/keys/authenticate.ts), the key's rate limit (429 with Retry-After), then the permission the
// route names, authorised against the key's organisation like any caller (a key without the scope is
// refused and the refusal audited), then the handler with that organisation's context. Every refusal or
// failure is an RFC 9457 problem (lib/api/problem.ts). No cookie is read or set and no same-origin check
// applies: a bearer key is not sent by browsers on their own, so there is nothing to forge (S14).
import { scopeFor } from "../auth/authorization/api-scopes.ts";
import { authorizeOrgBySlug, type OrgContext } from "../auth/authorization/authorize.ts";
import type { CustomerAction } from "../auth/authorization/permissions.ts";
import type { Context, CookieJar } from "../context/context.ts";
import { requestMetaFrom } from "../context/request-meta.ts";
import { isAppError } from "../errors.ts";
import { preferredLocale } from "../i18n/locale.ts";
import { systemClock } from "../time/clock.ts";
import { ApiError } from "./api-error.ts";
import { authenticateApiKey, type ApiKeyCaller } from "./keys/authenticate.ts";
import { API_MESSAGES } from "./messages.ts";
import { problemFor, problemResponse } from "./problem.ts";
import { consumeApiRequest, countAuthenticationFailure, isUnauthenticated } from "./rate-limit.ts";

type RouteParams = Record<string, string | string[]>;
type Segment<P extends RouteParams> = { params: Promise<P> };

/** An API caller never has cookies; a domain step that tries to set one is a bug. */
const NO_COOKIES: CookieJar = {
  get: () => undefined,
  set: () => {
    throw new Error("An API request has no cookies to set.");
  },
};

/** The key's context inside its organisation with `permission`; a missing scope is named. */
async function authorizeKey(
  ctx: Context,
  caller: ApiKeyCaller,
  permission: CustomerAction,
): Promise<OrgContext> {
  const slug = caller.actor.memberships[0]!.slug;
  try {
    return await authorizeOrgBySlug(ctx, slug, permission);
  } catch (error) {
    const scope = scopeFor(permission);
    if (isAppError(error, "forbidden") && !error.text && scope)
      throw new ApiError("forbidden", "insufficient-scope", API_MESSAGES.missingScope(scope));
    throw error;
  }
}

export function defineApiRoute<P extends RouteParams = RouteParams>(
  options: { permission: CustomerAction },
  handler: (org: OrgContext, request: Request, params: P) => Promise<Response>,
) {
  return async (request: Request, segment: Segment<P>): Promise<Response> => {
    const meta = requestMetaFrom(request.headers);
    const locale = preferredLocale(null, request.headers.get("accept-language"));
    const clock = systemClock;
    try {
      let caller: ApiKeyCaller;
      try {
        caller = await authenticateApiKey(request.headers.get("authorization"), clock);
      } catch (error) {
        if (isUnauthenticated(error)) await countAuthenticationFailure(meta.ip, clock);
        throw error;
      }
      await consumeApiRequest(caller.actor.apiKey!.id, caller.rateLimitPerMinute, clock);
      const ctx: Context = {
        actor: caller.actor,
        request: meta,
        clock,
        cookies: NO_COOKIES,
        locale,
        timeZone: caller.timeZone,
        // A GET only reads: a read-only organisation (being closed) still answers it; writes are refused.
        ...(request.method === "GET" || request.method === "HEAD" ? { intent: "read" as const } : {}),
      };
      const org = await authorizeKey(ctx, caller, options.permission);
      return await handler(org, request, await segment.params);
    } catch (error) {
      const { problem, headers } = problemFor(error, locale, new URL(request.url).pathname);
      return problemResponse(problem, headers);
    }
  };
}
