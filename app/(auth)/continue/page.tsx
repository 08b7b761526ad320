import { redirect } from "next/navigation";
import { homePathFor, sessionStateOf } from "@/lib/auth/sessions/actor";
import { loadPublicPage } from "@/lib/http/page";

/** After any sign-in step: owed MFA first, then staff to the console, customers to their portal. */
export default async function ContinuePage() {
  const state = await loadPublicPage((ctx) => sessionStateOf(ctx));
  if (state.status === "anonymous") redirect("/sign-in");
  if (state.status === "mfa") redirect(state.step === "enrol" ? "/mfa/enrol" : "/mfa");
  redirect(homePathFor(state.actor));
}
