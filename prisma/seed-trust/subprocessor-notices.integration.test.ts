// The demo history of subprocessor authorisation: the seeded customers' notices of the seeded changes with
// their answers (Acme deemed accepted, Globex approved, Initech objected then withdrew); what applies to each
// organisation follows from it (lib/subprocessor-notices/authorised-at.ts); idempotent, nobody emailed.
import { describe, expect, it } from "vitest";
import { createOrganization, createUser } from "../factories.ts";
import { db } from "../../lib/db/client.ts";
import { authorisedSubprocessorsAt } from "../../lib/subprocessor-notices/authorised-at.ts";
import { seedSubprocessorNotices } from "./subprocessor-notices.ts";
import { seedSubprocessors } from "./subprocessors.ts";

describe("seedSubprocessorNotices", () => {
  it("gives each demo customer its notices and answers once; every seeded subprocessor is authorised today", async () => {
    const now = new Date("2026-11-23T12:00:00Z");
    await createUser({ staffRoles: ["PRIVACY"], email: "privacy@northwind.example" });
    const acme = await createOrganization({ slug: "acme", name: "Acme Retail AG" });
    const globex = await createOrganization({
      slug: "globex",
      name: "Globex Health GmbH",
      subprocessorAuthorisation: "SPECIFIC",
    });
    const initech = await createOrganization({ slug: "initech", name: "Initech Insurance SE" });
    await createUser({
      email: "owner@initech.example",
      memberships: [{ organizationId: initech.id, role: "OWNER" }],
    });
    await createUser({
      email: "owner@globex.example",
      memberships: [{ organizationId: globex.id, role: "OWNER" }],
    });
    await seedSubprocessors(now);
    await seedSubprocessorNotices(now);
    await seedSubprocessorNotices(now);
    expect(await db.subprocessorNotice.count()).toBe(6);
    const statuses = async (organizationId: string) =>
      (
        await db.subprocessorNotice.findMany({
          where: { organizationId },
          orderBy: { createdAt: "asc" },
          select: { status: true, objectionOutcome: true },
        })
      ).map((n) => [n.status, n.objectionOutcome]);
    expect(await statuses(acme.id)).toEqual([
      ["DEEMED_ACCEPTED", null],
      ["DEEMED_ACCEPTED", null],
    ]);
    expect(await statuses(globex.id)).toEqual([
      ["APPROVED", null],
      ["APPROVED", null],
    ]);
    expect(await statuses(initech.id)).toEqual([
      ["ACCEPTED", null],
      ["ACCEPTED", "WITHDRAWN"],
    ]);
    for (const org of [acme, globex, initech])
      expect((await authorisedSubprocessorsAt(db, org.id, now)).every((s) => s.authorised)).toBe(true);
    expect(await db.outboxEmail.count()).toBe(0);
  });
});
