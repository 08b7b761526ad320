import "server-only";
// Who may call the MFA pages' server actions (with defineActionAs from lib/actions/define-action.ts):
// the sign-in challenge runs for a session that still owes its second factor, enrolment also for one
// that owes enrolment.
import { getSessionState, type Actor } from "../sessions/actor.ts";
import { UnauthenticatedError } from "../../errors.ts";

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
