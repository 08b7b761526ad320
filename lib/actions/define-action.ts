import "server-only";
// The one wrapper every server action goes through (STYLE.md 1, 2, 12): same-origin check (S14),
// zod parse of a strict object (S13), the actor, then one domain call. Errors come back in three
// tiers: field errors, a user-facing message, or a generic message with a logged reference.
import { randomUUID } from "node:crypto";
import { headers } from "next/headers";
import { z } from "zod";
import { requireActor, type Actor } from "../auth/actor.ts";
import { ForbiddenError, NotFoundError, UnauthenticatedError, UserFacingError } from "../auth/errors.ts";

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

/** Server actions accept requests without an Origin header; we do not (SECURITY.md S14). */
export async function assertSameOrigin(): Promise<void> {
  const h = await headers();
  const origin = h.get("origin");
  const host = h.get("x-forwarded-host") ?? h.get("host");
  if (!origin || origin === "null" || !host) throw new ForbiddenError("This request did not come from this site.");
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

export function defineAction<Schema extends z.ZodType, Result>(
  schema: Schema,
  handler: (input: z.infer<Schema>, actor: Actor) => Promise<Result>,
): (previous: unknown, formData: FormData) => Promise<ActionResult<Result>> {
  return async (_previous, formData) => {
    try {
      await assertSameOrigin();
      const actor = await requireActor();
      const parsed = schema.safeParse(formDataToObject(formData));
      if (!parsed.success) {
        return { ok: false, message: "Please correct the highlighted fields.", fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> };
      }
      return { ok: true, data: await handler(parsed.data, actor) };
    } catch (error) {
      return toActionError(error);
    }
  };
}

export function toActionError(error: unknown): { ok: false; message: string } {
  if (error instanceof UnauthenticatedError || error instanceof NotFoundError || error instanceof ForbiddenError || error instanceof UserFacingError) {
    return { ok: false, message: error.message };
  }
  if (error && typeof error === "object" && "digest" in error) throw error; // redirect() / notFound()
  const reference = randomUUID();
  console.error(`[action] internal error ${reference}`, error);
  return { ok: false, message: `Something went wrong on our side. Reference: ${reference}` };
}
