import "server-only";
// The provider's default time zone (ProviderSettings.defaultTimeZone, set by staff in /admin/settings):
// the zone of people who have not chosen one and read outside an organisation, of the public trust
// center, and of emails to addresses with no person or organisation behind them
// (lib/time/reader-time-zone.ts). A public fact: no permission needed. "UTC" before the provider set one.
import { db, type Tx } from "../db/client.ts";
import { PROVIDER_SETTINGS_ID } from "./settings-id.ts";

export const FALLBACK_TIME_ZONE = "UTC";

export async function providerTimeZone(tx: Tx = db): Promise<string> {
  const row = await tx.providerSettings.findUnique({
    where: { id: PROVIDER_SETTINGS_ID },
    select: { defaultTimeZone: true },
  });
  return row?.defaultTimeZone ?? FALLBACK_TIME_ZONE;
}
