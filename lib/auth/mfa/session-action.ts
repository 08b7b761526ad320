import "server-only";
// Server actions of the MFA pages. They differ from defineAction (lib/actions/define-action.ts) only in
// who may call them: the sign-in challenge runs for a session that still owes its second factor, and
// enrolment also for one that owes enrolment. Same origin check (S14), strict zod parse (S13) and
// three-tier errors otherwise. When a change needs a fresh re-authentication, the page is refreshed
// so it shows the confirmation form.
import { refresh } from "next/cache";
import { z } from "zod";
import { assertSameOrigin, formDataToObject, toActionError, type ActionResult } from "../../actions/define-action.ts";
import { getSessionState, requireActor, type Actor } from "../actor.ts";
import { UnauthenticatedError } from "../errors.ts";
import { ReauthRequiredError } from "../reauth.ts";

/** A session that owes the MFA challenge (and nothing else). */
export async function requireChallengeActor(): Promise<Actor> {
  const state = await getSessionState();
  if (state.status !== "mfa" || state.step !== "challenge") throw new UnauthenticatedError();
  return state.actor;
}

/** A fully signed-in user, or one whose session owes MFA enrolment (may set up TOTP and re-authenticate). */
export async function requireEnrolmentActor(): Promise<Actor> {
  const state = await getSessionState();
  if (state.status === "active" || (state.status === "mfa" && state.step === "enrol")) return state.actor;
  throw new UnauthenticatedError();
}

export type ActorResolver = () => Promise<Actor>;
export const activeActor: ActorResolver = requireActor;

export function defineMfaAction<Schema extends z.ZodType, Result>(
  resolveActor: ActorResolver,
  schema: Schema,
  handler: (input: z.infer<Schema>, actor: Actor) => Promise<Result>,
): (previous: unknown, formData: FormData) => Promise<ActionResult<Result>> {
  return async (_previous, formData) => {
    try {
      await assertSameOrigin();
      const actor = await resolveActor();
      const parsed = schema.safeParse(formDataToObject(formData));
      if (!parsed.success) {
        return { ok: false, message: "Please correct the highlighted fields.", fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> };
      }
      return { ok: true, data: await handler(parsed.data, actor) };
    } catch (error) {
      if (error instanceof ReauthRequiredError) refresh();
      return toActionError(error);
    }
  };
}
