"use server";

import { revalidatePath, revalidateTag } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { TRUST_PUBLIC_TAG } from "@/lib/provider/public-contact";
import { updateProviderSettings } from "@/lib/provider/settings";
import { providerSettingsInput } from "@/lib/provider/settings-input";
import { revalidatePublicPages } from "@/lib/trust/public-pages";

export const updateProviderSettingsAction = defineAction(providerSettingsInput, async (input) => {
  const message = await updateProviderSettings(input);
  // Public pages, security.txt and the feed show these details.
  revalidatePublicPages();
  revalidateTag(TRUST_PUBLIC_TAG, { expire: 0 });
  revalidatePath("/admin/settings");
  return message;
});
