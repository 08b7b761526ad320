import "server-only";
// The provider's name and brand colour for the product's chrome (staff console, portal, account and
// sign-in pages), as the public pages show them: public facts, so no permission is needed. Memoised per
// render (React cache), so a layout and its page share one read. Before the provider has set them, the
// generic name and the default colour.
import { cache } from "react";
import { db } from "../db/client.ts";
import { PROVIDER_SETTINGS_ID } from "./settings-id.ts";

export type ProviderBranding = { name: string; color: string };

export const DEFAULT_BRANDING: ProviderBranding = { name: "Trust Center", color: "#1d4ed8" };

export const providerBranding = cache(async (): Promise<ProviderBranding> => {
  const row = await db.providerSettings.findUnique({
    where: { id: PROVIDER_SETTINGS_ID },
    select: { displayName: true, brandColor: true },
  });
  return {
    name: row?.displayName.trim() || DEFAULT_BRANDING.name,
    color: /^#[0-9a-f]{6}$/i.test(row?.brandColor ?? "") ? row!.brandColor : DEFAULT_BRANDING.color,
  };
});
