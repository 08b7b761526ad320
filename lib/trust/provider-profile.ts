import "server-only";
// What the public pages show about the provider: name, contacts, branding, highlights.
import { db } from "../db/client.ts";
import type { Locale } from "../i18n/locale.ts";

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

export async function getProviderProfile(locale: Locale): Promise<ProviderProfile> {
  const p = await db.providerSettings.findUniqueOrThrow({ where: { id: "provider" } });
  const de = locale === "de";
  return {
    displayName: p.displayName,
    legalName: p.legalName,
    address: p.address,
    dpoName: p.dpoName,
    dpoEmail: p.dpoEmail,
    securityEmail: p.securityEmail,
    tagline: (de && p.taglineDe) || p.tagline,
    dataLocation: (de && p.dataLocationDe) || p.dataLocation,
    brandColor: p.brandColor,
    breachNotificationHours: p.defaultBreachNotificationHours,
    securityPolicyUrl: p.securityPolicyUrl,
  };
}
