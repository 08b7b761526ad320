import "server-only";
// Each person's own time zone (User.timeZone; lib/time/reader-time-zone.ts): chosen on the account page,
// or, once while none is chosen, the zone the browser reports at the first signed-in page (any sign-in
// method reaches one). Always the caller's own account; every change is audited.
import { z } from "zod";
import { userActor } from "../audit/record.ts";
import { recordAuthEvent } from "../auth/auth-audit.ts";
import { requireSignedIn } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import { localizedSchema, type LocalizedOutput } from "../i18n/localized-schema.ts";
import { canonicalTimeZone, isIanaTimeZone } from "../time/time-zones.ts";
import { ACCOUNT_MESSAGES } from "./messages.ts";

/** The account page's choice: one of the listed zones (lib/time/time-zones.ts). */
export const timeZoneInput = localizedSchema((t) =>
  z.strictObject({
    timeZone: z
      .string()
      .trim()
      .max(64, t(ACCOUNT_MESSAGES.unknownTimeZone))
      .refine(isIanaTimeZone, t(ACCOUNT_MESSAGES.unknownTimeZone)),
  }),
);
export type TimeZoneInput = LocalizedOutput<typeof timeZoneInput>;

/** What the browser reported; an alias ("Europe/Kyiv") becomes the listed name of its zone. */
export const browserTimeZoneInput = localizedSchema((t) =>
  z.strictObject({
    timeZone: z
      .string()
      .trim()
      .max(64, t(ACCOUNT_MESSAGES.unknownTimeZone))
      .transform((value, issue) => {
        const zone = canonicalTimeZone(value);
        if (zone) return zone;
        issue.addIssue({ code: "custom", message: t(ACCOUNT_MESSAGES.unknownTimeZone) });
        return z.NEVER;
      }),
  }),
);
export type BrowserTimeZoneInput = LocalizedOutput<typeof browserTimeZoneInput>;

/** Sets the caller's zone; `changed` is false when it was that zone already (nothing is written). */
export async function chooseTimeZone(
  ctx: Context,
  input: TimeZoneInput,
): Promise<{ timeZone: string; changed: boolean }> {
  const { actor } = requireSignedIn(ctx);
  const current = await db.user.findUniqueOrThrow({
    where: { id: actor.userId },
    select: { timeZone: true },
  });
  if (current.timeZone === input.timeZone) return { timeZone: input.timeZone, changed: false };
  await db.user.update({ where: { id: actor.userId }, data: { timeZone: input.timeZone } });
  await audit(ctx, { from: current.timeZone, to: input.timeZone, source: "account" });
  return { timeZone: input.timeZone, changed: true };
}

/**
 * Stores the browser's zone for a caller who has none yet (the first signed-in page after any sign-in);
 * `adopted` is false when a zone was chosen meanwhile (that one stays).
 */
export async function adoptBrowserTimeZone(
  ctx: Context,
  input: BrowserTimeZoneInput,
): Promise<{ timeZone: string; adopted: boolean }> {
  const { actor } = requireSignedIn(ctx);
  const { count } = await db.user.updateMany({
    where: { id: actor.userId, timeZone: null },
    data: { timeZone: input.timeZone },
  });
  if (count === 0) {
    const kept = await db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { timeZone: true } });
    return { timeZone: kept.timeZone ?? input.timeZone, adopted: false };
  }
  await audit(ctx, { from: null, to: input.timeZone, source: "browser" });
  return { timeZone: input.timeZone, adopted: true };
}

async function audit(
  ctx: Context,
  metadata: { from: string | null; to: string; source: "account" | "browser" },
): Promise<void> {
  const { actor, request, clock } = requireSignedIn(ctx);
  await recordAuthEvent(
    actor.userId,
    {
      actor: userActor(actor),
      action: "account.time_zone.changed",
      target: { type: "User", id: actor.userId },
      request,
      metadata,
    },
    clock,
  );
}
