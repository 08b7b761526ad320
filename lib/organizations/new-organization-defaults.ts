import "server-only";
// What the form for a new customer organisation starts with: the provider's default service windows
// and time zone (provider settings), and English.
import { authorizeStaff } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import type { Locale } from "../i18n/locale.ts";
import { PROVIDER_SETTINGS_ID } from "../provider/settings-id.ts";

export type ContractDefaults = {
  breachNotificationHours: number;
  dsrDueDays: number;
  defaultTimeZone: string;
  defaultLanguage: Locale;
};

export async function newOrganizationDefaults(ctx: Context): Promise<ContractDefaults> {
  await authorizeStaff(ctx, "admin.organizations.manage");
  const settings = await db.providerSettings.findUnique({
    where: { id: PROVIDER_SETTINGS_ID },
    select: { defaultBreachNotificationHours: true, defaultDsrDueDays: true, defaultTimeZone: true },
  });
  return {
    breachNotificationHours: settings?.defaultBreachNotificationHours ?? 36,
    dsrDueDays: settings?.defaultDsrDueDays ?? 10,
    defaultTimeZone: settings?.defaultTimeZone ?? "UTC",
    defaultLanguage: "en",
  };
}
