"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { signOut } from "@/lib/auth/passwords/password-sign-in";
import { definePublicAction } from "@/lib/http/action";

/** Ends the session this browser holds, also one that still owes MFA (then the caller is not signed in). */
const signOutAction = definePublicAction({ input: z.strictObject({}) }, async (ctx) => {
  await signOut(ctx);
  redirect("/sign-in?signedOut=1");
});

/** The sign-out button's form action. Takes no input. */
export async function signOutFormAction(): Promise<void> {
  return signOutAction(null, new FormData()).then(() => undefined);
}
