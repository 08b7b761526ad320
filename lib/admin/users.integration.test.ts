// Staff disabling an account (S10, S17): the user's sessions end at once, and the change is audited in
// the provider chain and in the chain of every organisation the user belongs to.
import { describe, expect, it, vi } from "vitest";
import { createOrganization, createUser } from "../../prisma/factories.ts";
import { verifyChain } from "../audit/verify.ts";
import { ForbiddenError, UserFacingError } from "../errors.ts";
import { createSession } from "../auth/sessions/session-store.ts";
import { db } from "../db/client.ts";
import { actAs } from "../testing/fake-next-request.ts";
import { setUserDisabled, setUserDisabledInput } from "./users.ts";

vi.mock("next/headers", async () => (await import("../testing/fake-next-request.ts")).nextHeadersMock);

const input = (userId: string, disabled: boolean) =>
  setUserDisabledInput.parse({ userId, disabled: String(disabled) });

describe("disabling a user (S10, S17)", () => {
  it("ends every session of the user and audits the change in the provider chain and each of the user's organisations", async () => {
    const [orgA, orgB] = [await createOrganization(), await createOrganization()];
    const staff = await createUser({ staffRoles: ["SECURITY"] });
    const user = await createUser({
      memberships: [
        { organizationId: orgA.id, role: "MEMBER" },
        { organizationId: orgB.id, role: "ADMIN" },
      ],
    });
    const client = { ip: null, userAgent: null, requestId: null };
    await createSession(user.id, "CUSTOMER", client);
    await createSession(user.id, "CUSTOMER", client);
    await actAs(staff);

    expect(await setUserDisabled(input(user.id, true))).toBe(`Disabled ${user.email}; 2 session(s) ended.`);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).disabledAt).not.toBeNull();
    expect(await db.session.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
    const events = await db.auditEvent.findMany({
      where: { action: "admin.user.disabled", targetId: user.id },
      orderBy: { chain: "asc" },
    });
    expect(events.map((e) => e.chain).sort()).toEqual(
      ["provider", `org:${orgA.id}`, `org:${orgB.id}`].sort(),
    );
    for (const event of events)
      expect(event).toMatchObject({
        actorUserId: staff.id,
        actorLabel: staff.email,
        metadata: { email: user.email, sessionsEnded: 2 },
      });
    for (const chain of ["provider", `org:${orgA.id}`, `org:${orgB.id}`])
      expect((await verifyChain(chain)).ok).toBe(true);

    expect(await setUserDisabled(input(user.id, true))).toBe("The account was already disabled.");
    expect(await setUserDisabled(input(user.id, false))).toBe(`Enabled ${user.email}.`);
    expect(await db.auditEvent.count({ where: { action: "admin.user.enabled", targetId: user.id } })).toBe(3);
  });

  it("refuses disabling one's own account, and staff without the permission", async () => {
    const admin = await createUser({ staffRoles: ["SECURITY"] });
    await actAs(admin);
    await expect(setUserDisabled(input(admin.id, true))).rejects.toBeInstanceOf(UserFacingError);

    const support = await createUser({ staffRoles: ["SUPPORT"] });
    const user = await createUser();
    await actAs(support);
    await expect(setUserDisabled(input(user.id, true))).rejects.toBeInstanceOf(ForbiddenError);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).disabledAt).toBeNull();
  });
});
