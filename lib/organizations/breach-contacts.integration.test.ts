// Breach notification contacts: OWNER/ADMIN set extra addresses (normalised, audited); other roles and
// other organisations change nothing (S11, S12); bad addresses are refused with nothing stored.
import { describe, expect, it } from "vitest";
import { createOrganization, createUser } from "../../prisma/factories.ts";
import { db } from "../db/client.ts";
import { contextFor } from "../testing/context.ts";
import { breachContactsInput, getBreachContacts, updateBreachContacts } from "./breach-contacts.ts";

async function organizationWith(role: "OWNER" | "MEMBER") {
  const organization = await createOrganization();
  const user = await createUser({ memberships: [{ organizationId: organization.id, role }] });
  return { organization, ctx: await contextFor(user) };
}

const contactsOf = async (id: string) =>
  (await db.organization.findUniqueOrThrow({ where: { id }, select: { privacyContacts: true } }))
    .privacyContacts;

describe("breach notification contacts", () => {
  it("an owner sets addresses: lower-cased, deduplicated, audited in the organisation's chain", async () => {
    const { organization, ctx } = await organizationWith("OWNER");
    const form = breachContactsInput("en").parse({
      slug: organization.slug,
      contacts: "Privacy@Example.test\nprivacy@example.test, dpo@example.test",
    });
    expect(await updateBreachContacts(ctx, form)).toEqual({
      changed: true,
      contacts: ["privacy@example.test", "dpo@example.test"],
    });
    expect(await contactsOf(organization.id)).toEqual(["privacy@example.test", "dpo@example.test"]);
    expect(await getBreachContacts(ctx, organization.slug)).toEqual([
      "privacy@example.test",
      "dpo@example.test",
    ]);
    const [event] = await db.auditEvent.findMany({
      where: { organizationId: organization.id, action: "org.breach_contacts.updated" },
    });
    expect(event?.metadata).toEqual({ from: [], to: ["privacy@example.test", "dpo@example.test"] });

    // The same addresses again: nothing written, nothing audited.
    expect(await updateBreachContacts(ctx, form)).toEqual({
      changed: false,
      contacts: ["privacy@example.test", "dpo@example.test"],
    });
    expect(
      await db.auditEvent.count({
        where: { organizationId: organization.id, action: "org.breach_contacts.updated" },
      }),
    ).toBe(1);
  });

  it("refuses something that is not an address and stores nothing", async () => {
    const { organization, ctx } = await organizationWith("OWNER");
    await expect(
      updateBreachContacts(
        ctx,
        breachContactsInput("en").parse({ slug: organization.slug, contacts: "not-an-address" }),
      ),
    ).rejects.toMatchObject({ code: "invalid" });
    expect(await contactsOf(organization.id)).toEqual([]);
  });

  it("S11/S12: a MEMBER is refused; an owner of another organisation gets not-found; nothing changes", async () => {
    const { organization, ctx: member } = await organizationWith("MEMBER");
    await expect(
      updateBreachContacts(
        member,
        breachContactsInput("en").parse({ slug: organization.slug, contacts: "x@example.test" }),
      ),
    ).rejects.toMatchObject({ code: "forbidden" });
    const { ctx: outsider } = await organizationWith("OWNER");
    await expect(
      updateBreachContacts(
        outsider,
        breachContactsInput("en").parse({ slug: organization.slug, contacts: "x@example.test" }),
      ),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(getBreachContacts(outsider, organization.slug)).rejects.toMatchObject({ code: "not_found" });
    expect(await contactsOf(organization.id)).toEqual([]);
    expect(
      breachContactsInput("en").safeParse({ slug: organization.slug, contacts: "", organizationId: "other" })
        .success,
    ).toBe(false); // S13
  });
});
