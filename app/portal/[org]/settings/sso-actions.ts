"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { saveSsoConnection, ssoConnectionInput } from "@/lib/auth/sso/connection";

export const saveSsoConnectionAction = defineAction(ssoConnectionInput, async (input) => {
  const { created } = await saveSsoConnection(input);
  revalidatePath(`/portal/${input.slug}/settings`);
  return created ? "Microsoft sign-in is set up." : "Microsoft sign-in settings saved.";
});
