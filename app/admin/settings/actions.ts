"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/http/action";
import { updateProviderSettings } from "@/lib/provider/settings";
import { providerSettingsInput } from "@/lib/provider/settings-input";
import { revalidatePublicPages } from "@/lib/trust/public-pages";
import { SETTINGS_MESSAGES } from "./messages";

export const updateProviderSettingsAction = defineAction(
  { input: providerSettingsInput, permission: "provider.settings.manage" },
  async (ctx, input) => {
    const { changed } = await updateProviderSettings(ctx, input);
    // Public pages, security.txt and the feed show these details.
    await revalidatePublicPages();
    revalidatePath("/admin/settings");
    return SETTINGS_MESSAGES.saved(changed);
  },
);
