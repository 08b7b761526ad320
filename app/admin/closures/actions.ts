"use server";
// The closures pages' actions (admin.organizations.manage): queue a closure run now; record a manual
// system's deletion; ask a failed system again.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { confirmManualSystem } from "@/lib/account-closure/confirm-system";
import { confirmSystemInput, retrySystemInput } from "@/lib/account-closure/input";
import { askSystemAgain } from "@/lib/account-closure/retry-system";
import { requestClosuresNow } from "@/lib/account-closure/run-now";
import { defineAction } from "@/lib/http/action";
import { CLOSURES_MESSAGES as M } from "./messages";

export const runClosuresNowAction = defineAction(
  { input: z.object({}).strict(), permission: "admin.organizations.manage" },
  async (ctx) => M.queued((await requestClosuresNow(ctx)).queued),
);

export const confirmSystemAction = defineAction(
  { input: confirmSystemInput, permission: "admin.organizations.manage" },
  async (ctx, input) => {
    const { system, outcome } = await confirmManualSystem(ctx, input);
    revalidatePath(`/admin/closures/${input.closureId}`);
    return M.confirm.recorded(system, outcome);
  },
);

export const askSystemAgainAction = defineAction(
  { input: retrySystemInput, permission: "admin.organizations.manage" },
  async (ctx, input) => {
    const { system } = await askSystemAgain(ctx, input);
    revalidatePath(`/admin/closures/${input.closureId}`);
    return M.askAgain.asked(system);
  },
);
