import { redirect } from "next/navigation";
import { getSessionState, homePathFor } from "@/lib/auth/sessions/actor";

/** After any sign-in step: owed MFA first, then staff to the console, customers to their portal. */
export default async function ContinuePage() {
  const state = await getSessionState();
  if (state.status === "anonymous") redirect("/sign-in");
  if (state.status === "mfa") redirect(state.step === "enrol" ? "/mfa/enrol" : "/mfa");
  redirect(homePathFor(state.actor));
}
