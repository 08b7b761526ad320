import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignOutButton } from "@/app/_components/sign-out-button";
import { sessionStateOf } from "@/lib/auth/sessions/actor";
import { loadPublicPage } from "@/lib/http/page";
import { ChallengeForm } from "./challenge-form";

export const metadata: Metadata = { title: "Two-factor authentication" };

/** The second sign-in step, only for a session that owes it; anyone else goes where they belong. */
export default async function MfaChallengePage({
  searchParams,
}: {
  searchParams: Promise<{ method?: string }>;
}) {
  const { method } = await searchParams;
  const state = await loadPublicPage((ctx) => sessionStateOf(ctx));
  if (state.status === "anonymous") redirect("/sign-in");
  if (state.status === "active") redirect("/continue");
  if (state.step === "enrol") redirect("/mfa/enrol");
  return (
    <>
      <h1 className="mb-2 text-xl font-semibold">Two-factor authentication</h1>
      <p className="mb-6 text-sm text-gray-700">
        Signed in as <span className="font-medium">{state.actor.email}</span>. Enter a code to finish signing
        in.
      </p>
      <ChallengeForm method={method === "backup" ? "backup_code" : "totp"} />
      <div className="mt-6 flex justify-center border-t border-gray-200 pt-4">
        <SignOutButton />
      </div>
    </>
  );
}
