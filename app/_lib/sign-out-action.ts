"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { currentRequest } from "@/lib/auth/actor";
import { sessionCookieName } from "@/lib/auth/next-auth";
import { signOut } from "@/lib/auth/sign-in";

const signOutAction = defineAction(z.strictObject({}), async (_input, actor) => {
  await signOut({ id: actor.sessionId, userId: actor.userId, email: actor.email }, await currentRequest());
  const name = sessionCookieName();
  (await cookies()).set(name, "", { path: "/", maxAge: 0, httpOnly: true, sameSite: "lax", secure: name.startsWith("__Host-") });
  redirect("/sign-in?signedOut=1");
});

export async function signOutFormAction(formData: FormData): Promise<void> {
  const result = await signOutAction(null, formData);
  if (!result.ok) redirect("/sign-in");
}
