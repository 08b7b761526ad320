"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/http/action";
import { publishNdaInput, publishNdaVersion } from "@/lib/trust/nda/nda-versions";
import { revalidatePublicPages } from "@/lib/trust/public-pages";
import { NDA_CONSOLE_MESSAGES } from "./messages";

export const publishNdaAction = defineAction(
  { input: publishNdaInput, permission: "trust.library.manage" },
  async (ctx, input) => {
    const { version, contentHash } = await publishNdaVersion(ctx, input);
    await revalidatePublicPages();
    revalidatePath("/admin/trust/library/nda");
    return NDA_CONSOLE_MESSAGES.published(input.locale, version, contentHash);
  },
);
