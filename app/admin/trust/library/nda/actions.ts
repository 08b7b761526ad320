"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { publishNdaInput, publishNdaVersion } from "@/lib/trust/nda/nda-versions";
import { revalidatePublicPages } from "@/lib/trust/public-pages";

export const publishNdaAction = defineAction(publishNdaInput, async (input) => {
  const { version, contentHash } = await publishNdaVersion(input);
  revalidatePublicPages();
  revalidatePath("/admin/trust/library/nda");
  return `Published ${input.locale.toUpperCase()} version ${version} (SHA-256 ${contentHash.slice(0, 12)}…). New requests accept this version from now on.`;
});
