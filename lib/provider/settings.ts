import "server-only";
// The provider's own details (legal entity, contacts, default service windows, branding, security.txt
// policy): read and changed by staff with provider.settings.manage (ADMIN). Every change is audited in
// the provider chain with a field-level before/after. The caller revalidates the public pages (and with
// them the cached public data) after this returns.
import { recordAudit, userActor } from "../audit/record.ts";
import { authorizeStaff } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import type { ProviderSettingsInput } from "./settings-input.ts";
import { settingsChanges } from "./settings-changes.ts";
import { PROVIDER_SETTINGS_ID } from "./settings-id.ts";
import { trackFacts } from "../records-of-processing/fact-history.ts";

export type ProviderSettingsView = ProviderSettingsInput & { updatedAt: Date | null };

const SETTINGS_SELECT = {
  legalName: true,
  displayName: true,
  address: true,
  dpoName: true,
  dpoEmail: true,
  securityEmail: true,
  defaultBreachNotificationHours: true,
  defaultDsrDueDays: true,
  defaultTimeZone: true,
  dataLocation: true,
  dataLocationDe: true,
  tagline: true,
  taglineDe: true,
  brandColor: true,
  securityPolicyUrl: true,
  refuseFreeMailDomains: true,
} as const satisfies Record<keyof ProviderSettingsInput, true>;

const EMPTY: ProviderSettingsInput = {
  legalName: "",
  displayName: "",
  address: "",
  dpoName: "",
  dpoEmail: "",
  securityEmail: "",
  defaultBreachNotificationHours: 36,
  defaultDsrDueDays: 10,
  defaultTimeZone: "UTC",
  dataLocation: "European Union",
  dataLocationDe: "Europäische Union",
  tagline: "",
  taglineDe: "",
  brandColor: "#1d4ed8",
  securityPolicyUrl: "",
  refuseFreeMailDomains: false,
};

export async function getProviderSettingsForStaff(ctx: Context): Promise<ProviderSettingsView> {
  await authorizeStaff(ctx, "provider.settings.manage");
  const row = await db.providerSettings.findUnique({
    where: { id: PROVIDER_SETTINGS_ID },
    select: { ...SETTINGS_SELECT, updatedAt: true },
  });
  return row ?? { ...EMPTY, updatedAt: null };
}

/** Saves the settings; `changed` is false when the input equals what is stored (nothing is written). */
export async function updateProviderSettings(
  ctx: Context,
  input: ProviderSettingsInput,
): Promise<{ changed: boolean }> {
  const { actor } = await authorizeStaff(ctx, "provider.settings.manage");
  const changed = await db.$transaction(async (tx) => {
    const before =
      (await tx.providerSettings.findUnique({
        where: { id: PROVIDER_SETTINGS_ID },
        select: SETTINGS_SELECT,
      })) ?? EMPTY;
    const changes = settingsChanges(before, input);
    if (Object.keys(changes).length === 0) return false;
    // The processor's details and DPO are named in every organisation's records of processing.
    await trackFacts(tx, [{ kind: "PROCESSOR" }], ctx.clock.now(), () =>
      tx.providerSettings.upsert({
        where: { id: PROVIDER_SETTINGS_ID },
        create: { id: PROVIDER_SETTINGS_ID, ...input },
        update: input,
      }),
    );
    await recordAudit(
      {
        organizationId: null,
        actor: userActor(actor),
        action: "provider.settings.updated",
        target: { type: "ProviderSettings", id: PROVIDER_SETTINGS_ID },
        request: ctx.request,
        metadata: { changes },
      },
      { tx, clock: ctx.clock },
    );
    return true;
  });
  return { changed };
}
