"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/http/action";
import { createHold } from "@/lib/legal-holds/create";
import { createHoldInput, releaseHoldInput } from "@/lib/legal-holds/input";
import { releaseHold } from "@/lib/legal-holds/release";
import { LEGAL_HOLDS_CONSOLE_MESSAGES as WORDS } from "./messages";

const permission = "holds.manage";

export const createHoldAction = defineAction({ input: createHoldInput, permission }, async (ctx, input) => {
  const hold = await createHold(ctx, input);
  revalidatePath("/admin/legal-holds");
  return WORDS.created(hold.reference);
});

export const releaseHoldAction = defineAction({ input: releaseHoldInput, permission }, async (ctx, input) => {
  const released = await releaseHold(ctx, input);
  revalidatePath("/admin/legal-holds");
  return WORDS.released(released);
});
