"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/http/action";
import { removeActivity, saveActivity } from "@/lib/records-of-processing/activities";
import { removeActivityInput, saveActivityInput } from "@/lib/records-of-processing/activity-input";
import { RECORDS_STAFF_MESSAGES as M } from "../messages";

export const saveActivityAction = defineAction(
  { input: saveActivityInput, permission: "records.activities.manage" },
  async (ctx, input) => {
    const result = await saveActivity(ctx, input);
    revalidatePath("/admin/records/activities");
    return M.saved(result);
  },
);

export const removeActivityAction = defineAction(
  { input: removeActivityInput, permission: "records.activities.manage" },
  async (ctx, input) => {
    await removeActivity(ctx, input);
    revalidatePath("/admin/records/activities");
    return M.removed;
  },
);
