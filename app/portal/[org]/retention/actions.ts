"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/http/action";
import { localize } from "@/lib/i18n/text";
import { overrideInput } from "@/lib/retention/input";
import { setOverride } from "@/lib/retention/override";
import { RETENTION_MESSAGES as M } from "./messages";

export const setRetentionOverrideAction = defineAction(
  {
    input: overrideInput.extend({ slug: z.string().min(1).max(80) }).strict(),
    permission: "org.retention.manage",
  },
  async (ctx, { slug, ...input }) => {
    const { changed } = await setOverride(ctx, slug, input);
    revalidatePath(`/portal/${slug}/retention`);
    return localize(changed ? M.saved : M.nothingChanged, ctx.locale);
  },
);
