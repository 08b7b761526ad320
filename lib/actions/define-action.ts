import "server-only";
// The one wrapper every server action goes through (STYLE.md 1, 2, 12): same-origin check (S14),
// zod parse of a strict object (S13), the actor, then one domain call. Errors come back in three
// tiers: field errors, a user-facing message, or a generic message with a logged reference.
import { randomUUID } from "node:crypto";
import { headers } from "next/headers";
import { z } from "zod";
import { refresh } from "next/cache";
import { requireActor, type Actor } from "../auth/sessions/actor.ts";
import { ReauthRequiredError } from "../auth/sessions/reauth.ts";
import { ForbiddenError, NotFoundError, UnauthenticatedError, UserFacingError } from "../errors.ts";

export type ActionResult<T> =
  { ok: true; data: T } | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

/** Server actions accept requests without an Origin header; we do not (SECURITY.md S14). */
export async function assertSameOrigin(): Promise<void> {
  const h = await headers();
  const origin = h.get("origin");
  const host = h.get("x-forwarded-host") ?? h.get("host");
  if (!origin || origin === "null" || !host)
    throw new ForbiddenError("This request did not come from this site.");
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new ForbiddenError("This request did not come from this site.");
  }
  if (originHost !== host) throw new ForbiddenError("This request did not come from this site.");
}

export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue; // Next.js's own fields
    out[key] = value;
  }
  return out;
}

type FormAction<Result> = (previous: unknown, formData: FormData) => Promise<ActionResult<Result>>;

/**
 * The core: same-origin check, then `caller` decides who may call (it throws when nobody suitable is
 * signed in), then the strict parse, then the handler. A change that needs a fresh re-authentication
 * refreshes the page, so it shows the confirmation form.
 */
export function defineActionAs<Caller, Schema extends z.ZodType, Result>(
  caller: () => Promise<Caller>,
  schema: Schema,
  handler: (input: z.infer<Schema>, caller: Caller) => Promise<Result>,
): FormAction<Result> {
  return async (_previous, formData) => {
    try {
      await assertSameOrigin();
      const who = await caller();
      const parsed = schema.safeParse(formDataToObject(formData));
      if (!parsed.success) {
        return {
          ok: false,
          message: "Please correct the highlighted fields.",
          fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]>,
        };
      }
      return { ok: true, data: await handler(parsed.data, who) };
    } catch (error) {
      if (error instanceof ReauthRequiredError) refresh();
      return toActionError(error);
    }
  };
}

/** An action of a signed-in user (the usual case). */
export function defineAction<Schema extends z.ZodType, Result>(
  schema: Schema,
  handler: (input: z.infer<Schema>, actor: Actor) => Promise<Result>,
): FormAction<Result> {
  return defineActionAs(requireActor, schema, handler);
}

/**
 * The few actions that run before anyone is signed in (email-link and reset requests, following an
 * emailed link, accepting an invitation as a new user, starting Microsoft sign-in).
 */
export function definePublicAction<Schema extends z.ZodType, Result>(
  schema: Schema,
  handler: (input: z.infer<Schema>) => Promise<Result>,
): FormAction<Result> {
  return defineActionAs(
    async () => null,
    schema,
    (input) => handler(input),
  );
}

export function toActionError(error: unknown): { ok: false; message: string } {
  if (
    error instanceof UnauthenticatedError ||
    error instanceof NotFoundError ||
    error instanceof ForbiddenError ||
    error instanceof UserFacingError
  ) {
    return { ok: false, message: error.message };
  }
  if (error && typeof error === "object" && "digest" in error) throw error; // redirect() / notFound()
  const reference = randomUUID();
  console.error(`[action] internal error ${reference}`, error);
  return { ok: false, message: `Something went wrong on our side. Reference: ${reference}` };
}
