// Demo provider profile for the public trust center (Northwind Analytics, hosted in Frankfurt): tagline,
// data location and brand colour in English and German. Only fields still at their defaults (or empty)
// are filled, so anything staff changed on /admin/settings stays as they left it. Idempotent.
import { recordAudit, SYSTEM_ACTOR } from "../../lib/audit/record.ts";
import { db } from "../../lib/db/client.ts";
import { PROVIDER_SETTINGS_ID } from "../../lib/provider/settings-id.ts";
import { upsertProviderSettings } from "../factories.ts";

type ProfileField = "tagline" | "taglineDe" | "dataLocation" | "dataLocationDe" | "brandColor";

/** Schema defaults: a field still holding one of these was never set by staff. */
const UNSET: Record<ProfileField, string[]> = {
  tagline: [""],
  taglineDe: [""],
  dataLocation: ["", "European Union"],
  dataLocationDe: ["", "Europäische Union"],
  brandColor: ["", "#1d4ed8"],
};

export const DEMO_PROFILE: Record<ProfileField, string> = {
  tagline:
    "The B2B analytics platform for European companies: your data stays in the EU and under your control.",
  taglineDe:
    "Die B2B-Analyseplattform für europäische Unternehmen: Ihre Daten bleiben in der EU und unter Ihrer Kontrolle.",
  dataLocation: "Frankfurt, Germany (EU)",
  dataLocationDe: "Frankfurt am Main, Deutschland (EU)",
  brandColor: "#0f766e",
};

export async function seedProviderProfile(): Promise<void> {
  await upsertProviderSettings();
  const current = await db.providerSettings.findUniqueOrThrow({
    where: { id: PROVIDER_SETTINGS_ID },
    select: { tagline: true, taglineDe: true, dataLocation: true, dataLocationDe: true, brandColor: true },
  });
  const fields = (Object.keys(DEMO_PROFILE) as ProfileField[]).filter(
    (field) => UNSET[field].includes(current[field]) && current[field] !== DEMO_PROFILE[field],
  );
  if (fields.length === 0) return;
  const data = Object.fromEntries(fields.map((field) => [field, DEMO_PROFILE[field]]));
  await db.$transaction(async (tx) => {
    await tx.providerSettings.update({ where: { id: PROVIDER_SETTINGS_ID }, data });
    await recordAudit(
      {
        actor: SYSTEM_ACTOR,
        action: "seed.provider_profile.updated",
        target: { type: "ProviderSettings", id: PROVIDER_SETTINGS_ID },
        metadata: {
          changes: Object.fromEntries(
            fields.map((field) => [field, { from: current[field], to: DEMO_PROFILE[field] }]),
          ),
        },
      },
      { tx },
    );
  });
}
