// Breach notification contacts: OWNER/ADMIN set extra addresses (normalised, audited); other roles and
// other organisations change nothing (S11, S12); bad addresses are refused with nothing stored.
import { describe, expect, it, vi } from "vitest";
import { createOrganization, createUser } from "../../prisma/factories.ts";
import { ForbiddenError, NotFoundError, UserFacingError } from "../errors.ts";
import { db } from "../db/client.ts";
import { actAs } from "../testing/fake-next-request.ts";
import { breachContactsInput, updateBreachContacts } from "./breach-contacts.ts";

vi.mock("next/headers", async () => (await import("../testing/fake-next-request.ts")).nextHeadersMock);

async function organizationWith(role: "OWNER" | "MEMBER") {
  const organization = await createOrganization();
  const user = await createUser({ memberships: [{ organizationId: organization.id, role }] });
  await actAs(user);
  return organization;
}

const contactsOf = async (id: string) =>
  (await db.organization.findUniqueOrThrow({ where: { id }, select: { privacyContacts: true } }))
    .privacyContacts;

describe("breach notification contacts", () => {
  it("an owner sets addresses: lower-cased, deduplicated, audited in the organisation's chain", async () => {
    const organization = await organizationWith("OWNER");
    const message = await updateBreachContacts(
      breachContactsInput.parse({
        slug: organization.slug,
        contacts: "Privacy@Example.test\nprivacy@example.test, dpo@example.test",
      }),
    );
    expect(message).toContain("privacy@example.test");
    expect(await contactsOf(organization.id)).toEqual(["privacy@example.test", "dpo@example.test"]);
    const [event] = await db.auditEvent.findMany({
      where: { organizationId: organization.id, action: "org.breach_contacts.updated" },
    });
    expect(event?.metadata).toEqual({ from: [], to: ["privacy@example.test", "dpo@example.test"] });
  });

  it("refuses something that is not an address and stores nothing", async () => {
    const organization = await organizationWith("OWNER");
    await expect(
      updateBreachContacts(
        breachContactsInput.parse({ slug: organization.slug, contacts: "not-an-address" }),
      ),
    ).rejects.toBeInstanceOf(UserFacingError);
    expect(await contactsOf(organization.id)).toEqual([]);
  });

  it("S11/S12: a MEMBER is refused; an owner of another organisation gets not-found; nothing changes", async () => {
    const organization = await organizationWith("MEMBER");
    await expect(
      updateBreachContacts(
        breachContactsInput.parse({ slug: organization.slug, contacts: "x@example.test" }),
      ),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await organizationWith("OWNER");
    await expect(
      updateBreachContacts(
        breachContactsInput.parse({ slug: organization.slug, contacts: "x@example.test" }),
      ),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await contactsOf(organization.id)).toEqual([]);
    expect(
      breachContactsInput.safeParse({ slug: organization.slug, contacts: "", organizationId: "other" })
        .success,
    ).toBe(false); // S13
  });
});
