import "server-only";
// The wrapper for the few server actions that run before anyone is signed in (magic-link and reset
// requests, following an emailed link, accepting an invitation as a new user). Same rules as
// defineAction except the actor: same-origin check (S14), strict zod parse (S13), three error tiers.
import { z } from "zod";
import { assertSameOrigin, formDataToObject, toActionError, type ActionResult } from "./define-action.ts";

export function definePublicAction<Schema extends z.ZodType, Result>(
  schema: Schema,
  handler: (input: z.infer<Schema>) => Promise<Result>,
): (previous: unknown, formData: FormData) => Promise<ActionResult<Result>> {
  return async (_previous, formData) => {
    try {
      await assertSameOrigin();
      const parsed = schema.safeParse(formDataToObject(formData));
      if (!parsed.success) {
        return { ok: false, message: "Please correct the highlighted fields.", fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> };
      }
      return { ok: true, data: await handler(parsed.data) };
    } catch (error) {
      return toActionError(error);
    }
  };
}
