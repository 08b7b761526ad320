"use server";

import { revalidatePath } from "next/cache";
import { completeManualTask, manualTaskInput } from "@/lib/dsr/connectors/manual-task";
import { defineAction } from "@/lib/http/action";
import { MANUAL_TASK_MESSAGES } from "./manual-task-messages";

/** Completes a MANUAL system's task with its result and evidence (dsr.manage). */
export const completeManualTaskAction = defineAction(
  { input: manualTaskInput, permission: "dsr.manage" },
  async (ctx, input) => {
    const completed = await completeManualTask(ctx, input);
    revalidatePath("/admin/requests", "layout");
    return MANUAL_TASK_MESSAGES.completed(completed.status);
  },
);
