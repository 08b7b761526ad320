"use server";
// Resolving an objection (subprocessors.objections.resolve: PRIVACY, ADMIN); lib/subprocessor-notices
// authorises, records and audits in both chains.
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/http/action";
import { resolveObjection, resolveObjectionInput } from "@/lib/subprocessor-notices/resolve-objection";
import { OBJECTIONS_MESSAGES as M } from "./messages";

export const resolveObjectionAction = defineAction(
  { input: resolveObjectionInput, permission: "subprocessors.objections.resolve" },
  async (ctx, input) => {
    await resolveObjection(ctx, input);
    revalidatePath("/admin/trust/subprocessors/objections");
    return M.resolvedMessage;
  },
);
