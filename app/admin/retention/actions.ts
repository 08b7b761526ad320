"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/http/action";
import { retentionCategory } from "@/lib/retention/categories";
import { policyInput } from "@/lib/retention/input";
import { previewPolicy, type Preview } from "@/lib/retention/preview";
import { requestPurgeNow } from "@/lib/retention/run-now";
import { savePolicy } from "@/lib/retention/save-policy";
import { RETENTION_CONSOLE_MESSAGES as WORDS } from "./messages";

const permission = "retention.manage";

export const previewRetentionAction = defineAction(
  { input: policyInput, permission },
  async (ctx, input): Promise<Preview> => previewPolicy(ctx, input),
);

export const saveRetentionAction = defineAction({ input: policyInput, permission }, async (ctx, input) => {
  const { changed } = await savePolicy(ctx, input);
  revalidatePath("/admin/retention");
  const label = (await retentionCategory(input.category))?.label.en ?? input.category;
  return WORDS.saved({ changed, label });
});

export const runPurgeNowAction = defineAction({ input: z.object({}).strict(), permission }, async (ctx) =>
  WORDS.queued((await requestPurgeNow(ctx)).queued),
);
