// The DSR demo seed (prisma/seed-dsr.ts): requests in every state people meet per demo organisation,
// dated back from the seed clock (a fixed one here, so the test does not depend on today), readable
// through the same functions as the portal, and idempotent.
import { describe, expect, it } from "vitest";
import { createOrganization, createUser } from "../../prisma/factories.ts";
import { seedBreachDemo } from "../../prisma/seed-breach.ts";
import { seedDsrDemo } from "../../prisma/seed-dsr.ts";
import { db } from "../db/client.ts";
import { contextFor } from "../testing/context.ts";
import { fixedClock } from "../time/clock.ts";
import { getRequest } from "./detail.ts";
import { listRequests } from "./list.ts";
import { listDirectRequests } from "./direct/staff.ts";

const clock = fixedClock("2031-06-15T10:00:00.000Z");

describe("seedDsrDemo", () => {
  it("seeds requests in different states per organisation, relative to the clock, once", async () => {
    const orgs = new Map<string, string>();
    for (const slug of ["acme", "globex", "initech"]) orgs.set(slug, (await createOrganization({ slug })).id);
    const member = (email: string, slug: string, role: "OWNER" | "ADMIN" | "PRIVACY_OFFICER") =>
      createUser({ email, memberships: [{ organizationId: orgs.get(slug)!, role }] });
    const acmePrivacy = await member("privacy@acme.example", "acme", "PRIVACY_OFFICER");
    await member("owner@acme.example", "acme", "OWNER");
    await member("admin@globex.example", "globex", "ADMIN");
    const globexOwner = await member("owner@globex.example", "globex", "OWNER");
    await member("owner@initech.example", "initech", "OWNER");
    const staff = await createUser({ email: "privacy@northwind.example", staffRoles: ["PRIVACY"] });
    await createUser({ email: "security@northwind.example", staffRoles: ["SECURITY"] });
    await createUser({ email: "admin@northwind.example", staffRoles: ["ADMIN"] });
    await seedBreachDemo({ clock });

    expect((await seedDsrDemo({ clock })).created).toBe(9);
    expect((await seedDsrDemo({ clock })).created).toBe(0);

    const acme = await listRequests(await contextFor(acmePrivacy, { clock }), "acme");
    expect(acme.requests.map((r) => r.status).sort()).toEqual([
      "COMPLETED",
      "DECLINED",
      "FORWARDED",
      "IN_PROGRESS",
      "OPEN",
    ]);
    expect(acme.requests.every((r) => r.reference.startsWith("DSR-2031-"))).toBe(true);
    const open = acme.requests.find((r) => r.status === "OPEN")!;
    expect(open.receivedAt.getTime()).toBeLessThan(clock.now().getTime());
    expect(open.legalOverdue).toBe(false);
    const forwarded = await getRequest(
      await contextFor(acmePrivacy, { clock }),
      "acme",
      acme.requests.find((r) => r.status === "FORWARDED")!.id,
    );
    expect(forwarded.forwarded?.name).toBe("Tom Fischer");
    expect(forwarded.tasks).toEqual([]);

    const globex = await listRequests(await contextFor(globexOwner, { clock }), "globex");
    const extended = globex.requests.find((r) => r.extended)!;
    const detail = await getRequest(await contextFor(globexOwner, { clock }), "globex", extended.id);
    expect(detail.deadlineChanges[0]?.reason).toMatch(/manual review/);
    expect(detail.legalDueAt.getTime()).toBeGreaterThan(detail.deadlineChanges[0]!.previousDueAt.getTime());

    const initech = await db.dataSubjectRequest.findFirstOrThrow({
      where: { organization: { slug: "initech" } },
    });
    expect(initech.processorDueAt.getTime()).toBeLessThan(clock.now().getTime());
    expect((await listDirectRequests(await contextFor(staff, { clock }))).waiting).toHaveLength(1);
  });
});
