import "server-only";
// Extra addresses that receive the organisation's breach notifications (e.g. a privacy team mailbox),
// besides its OWNER, ADMIN and PRIVACY_OFFICER members. Set by an OWNER or ADMIN; audited.
import { z } from "zod";
import { recordAudit, userActor } from "../audit/record.ts";
import { requireOrgBySlug } from "../auth/authorization/authorize.ts";
import { currentRequest } from "../auth/sessions/actor.ts";
import { UserFacingError } from "../errors.ts";
import { db } from "../db/client.ts";

export const MAX_BREACH_CONTACTS = 10;

export const breachContactsInput = z.strictObject({
  slug: z.string().max(100),
  /** One address per line (or separated by commas). */
  contacts: z.string().max(4000, "At most 4,000 characters.").default(""),
});

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
  if (invalid.length) throw new UserFacingError(`Not an email address: ${invalid.slice(0, 3).join(", ")}.`);
  if (entries.length > MAX_BREACH_CONTACTS)
    throw new UserFacingError(`At most ${MAX_BREACH_CONTACTS} addresses.`);
  return entries;
}

export async function getBreachContacts(slug: string): Promise<string[]> {
  const ctx = await requireOrgBySlug(slug, "org.settings.manage");
  const org = await db.organization.findUniqueOrThrow({
    where: { id: ctx.organizationId },
    select: { privacyContacts: true },
  });
  return org.privacyContacts;
}

export async function updateBreachContacts(input: z.infer<typeof breachContactsInput>): Promise<string> {
  const ctx = await requireOrgBySlug(input.slug, "org.settings.manage");
  const contacts = parseBreachContacts(input.contacts);
  const before = await db.organization.findUniqueOrThrow({
    where: { id: ctx.organizationId },
    select: { privacyContacts: true },
  });
  if (JSON.stringify(before.privacyContacts) === JSON.stringify(contacts)) return "Nothing changed.";
  const request = await currentRequest();
  await db.$transaction(async (tx) => {
    await tx.organization.update({ where: { id: ctx.organizationId }, data: { privacyContacts: contacts } });
    await recordAudit(
      {
        organizationId: ctx.organizationId,
        actor: userActor(ctx.actor),
        action: "org.breach_contacts.updated",
        target: { type: "Organization", id: ctx.organizationId },
        request,
        metadata: { from: before.privacyContacts, to: contacts },
      },
      { tx },
    );
  });
  return contacts.length
    ? `Breach notifications also go to ${contacts.join(", ")}.`
    : "Breach notifications go to owners, admins and privacy officers only.";
}
