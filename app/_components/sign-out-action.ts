"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { signOut } from "@/lib/auth/passwords/password-sign-in";
import { AppError } from "@/lib/errors";
import { definePublicAction } from "@/lib/http/action";

/** Ends the session this browser holds, also one that still owes MFA (then the caller is not signed in). */
const signOutAction = definePublicAction({ input: z.strictObject({}) }, async (ctx) => {
  await signOut(ctx);
  redirect("/sign-in?signedOut=1");
});

/**
 * The sign-out button's form action. Takes no input. A form action without a result has no way to show a
 * refusal, so a refused request (e.g. one from another site, S14) fails as a request.
 */
export async function signOutFormAction(): Promise<void> {
  return signOutAction(null, new FormData()).then((result) => {
    if (!result.ok) throw new AppError("forbidden");
  });
}
