import "server-only";
// Extra addresses that receive the organisation's breach notifications (e.g. a privacy team mailbox),
// besides its OWNER, ADMIN and PRIVACY_OFFICER members. Set by an OWNER or ADMIN; audited.
import { z } from "zod";
import { recordAudit, userActor } from "../audit/record.ts";
import { authorizeOrgBySlug } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import { AppError } from "../errors.ts";
import { localizedSchema, type LocalizedOutput } from "../i18n/localized-schema.ts";
import { ORGANIZATION_MESSAGES } from "./messages.ts";
import { controller, trackFacts } from "../records-of-processing/fact-history.ts";

export const MAX_BREACH_CONTACTS = 10;

export const breachContactsInput = localizedSchema((t) =>
  z.strictObject({
    slug: z.string().max(100),
    /** One address per line (or separated by commas). */
    contacts: z.string().max(4000, t(ORGANIZATION_MESSAGES.contactsTooLong)).default(""),
  }),
);

const emailSchema = z.email();

export function parseBreachContacts(text: string): string[] {
  const entries = [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((e) => e.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
  const invalid = entries.filter((entry) => !emailSchema.safeParse(entry).success);
  if (invalid.length) throw new AppError("invalid", ORGANIZATION_MESSAGES.invalidContacts(invalid));
  if (entries.length > MAX_BREACH_CONTACTS)
    throw new AppError("invalid", ORGANIZATION_MESSAGES.tooManyContacts(MAX_BREACH_CONTACTS));
  return entries;
}

export async function getBreachContacts(ctx: Context, slug: string): Promise<string[]> {
  const org = await authorizeOrgBySlug(ctx, slug, "org.settings.manage");
  const row = await db.organization.findUniqueOrThrow({
    where: { id: org.organizationId },
    select: { privacyContacts: true },
  });
  return row.privacyContacts;
}

/** Saves the addresses; `changed` is false when they equal what is stored (nothing is written). */
export async function updateBreachContacts(
  ctx: Context,
  input: LocalizedOutput<typeof breachContactsInput>,
): Promise<{ changed: boolean; contacts: string[] }> {
  const org = await authorizeOrgBySlug(ctx, input.slug, "org.settings.manage");
  const contacts = parseBreachContacts(input.contacts);
  const before = await db.organization.findUniqueOrThrow({
    where: { id: org.organizationId },
    select: { privacyContacts: true },
  });
  if (JSON.stringify(before.privacyContacts) === JSON.stringify(contacts))
    return { changed: false, contacts };
  await db.$transaction(async (tx) => {
    await trackFacts(tx, [controller(org.organizationId)], ctx.clock.now(), () =>
      tx.organization.update({ where: { id: org.organizationId }, data: { privacyContacts: contacts } }),
    );
    await recordAudit(
      {
        organizationId: org.organizationId,
        actor: userActor(org.actor),
        action: "org.breach_contacts.updated",
        target: { type: "Organization", id: org.organizationId },
        request: ctx.request,
        metadata: { from: before.privacyContacts, to: contacts },
      },
      { tx, clock: ctx.clock },
    );
  });
  return { changed: true, contacts };
}
