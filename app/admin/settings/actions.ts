"use server";

import { revalidatePath, revalidateTag } from "next/cache";
import { defineAction } from "@/lib/http/action";
import { TRUST_PUBLIC_TAG } from "@/lib/provider/public-contact";
import { updateProviderSettings } from "@/lib/provider/settings";
import { providerSettingsInput } from "@/lib/provider/settings-input";
import { revalidatePublicPages } from "@/lib/trust/public-pages";
import { SETTINGS_MESSAGES } from "./messages";

export const updateProviderSettingsAction = defineAction(
  { input: providerSettingsInput, permission: "provider.settings.manage" },
  async (ctx, input) => {
    const { changed } = await updateProviderSettings(ctx, input);
    // Public pages, security.txt and the feed show these details.
    revalidatePublicPages();
    revalidateTag(TRUST_PUBLIC_TAG, { expire: 0 });
    revalidatePath("/admin/settings");
    return SETTINGS_MESSAGES.saved(changed);
  },
);
