"use server";

import { revalidatePath } from "next/cache";
import { verifyProviderChain, verifyProviderChainInput } from "@/lib/audit/provider-log";
import { defineAction } from "@/lib/http/action";
import { AUDIT_PAGE_MESSAGES } from "./messages";

export const verifyProviderChainAction = defineAction(
  { input: verifyProviderChainInput, permission: "admin.audit.view" },
  async (ctx, input) => {
    const result = await verifyProviderChain(ctx, input);
    revalidatePath("/admin/audit");
    return AUDIT_PAGE_MESSAGES.verified(result);
  },
);
