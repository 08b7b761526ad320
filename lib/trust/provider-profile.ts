import "server-only";
// What the public pages show about the provider: name, contacts, branding, highlights. Memoised per
// render (React cache), so the layout, the page and its metadata share one read.
import { cache } from "react";
import { db } from "../db/client.ts";
import type { Locale } from "../i18n/locale.ts";
import { PROVIDER_SETTINGS_ID } from "../provider/settings-id.ts";
import { addressInLanguage } from "./country-in-place.ts";

export type ProviderProfile = {
  displayName: string;
  legalName: string;
  address: string;
  dpoName: string;
  dpoEmail: string;
  securityEmail: string;
  tagline: string;
  dataLocation: string;
  brandColor: string;
  breachNotificationHours: number;
  securityPolicyUrl: string;
};

export const getProviderProfile = cache(async (locale: Locale): Promise<ProviderProfile> => {
  const p = await db.providerSettings.findUniqueOrThrow({ where: { id: PROVIDER_SETTINGS_ID } });
  const de = locale === "de";
  return {
    displayName: p.displayName,
    legalName: p.legalName,
    address: addressInLanguage(p.address, locale),
    dpoName: p.dpoName,
    dpoEmail: p.dpoEmail,
    securityEmail: p.securityEmail,
    tagline: (de && p.taglineDe) || p.tagline,
    dataLocation: (de && p.dataLocationDe) || p.dataLocation,
    brandColor: p.brandColor,
    breachNotificationHours: p.defaultBreachNotificationHours,
    securityPolicyUrl: p.securityPolicyUrl,
  };
});
