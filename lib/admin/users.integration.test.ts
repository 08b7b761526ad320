// Staff disabling an account (S10, S17): the user's sessions end at once, and the change is audited in
// the provider chain and in the chain of every organisation the user belongs to.
import { describe, expect, it } from "vitest";
import { createOrganization, createUser } from "../../prisma/factories.ts";
import { verifyChain } from "../audit/verify.ts";
import { createSession } from "../auth/sessions/session-store.ts";
import { db } from "../db/client.ts";
import { contextFor } from "../testing/context.ts";
import { ADMIN_MESSAGES } from "./messages.ts";
import { listUsers, setUserDisabled, setUserDisabledInput } from "./users.ts";

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
    const ctx = await contextFor(staff);

    expect(await setUserDisabled(ctx, input(user.id, true))).toEqual({
      outcome: "disabled",
      email: user.email,
      sessionsEnded: 2,
    });
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

    expect(await setUserDisabled(ctx, input(user.id, true))).toEqual({
      outcome: "unchanged",
      disabled: true,
    });
    expect(await setUserDisabled(ctx, input(user.id, false))).toEqual({
      outcome: "enabled",
      email: user.email,
    });
    expect(await setUserDisabled(ctx, input(user.id, false))).toEqual({
      outcome: "unchanged",
      disabled: false,
    });
    expect(await db.auditEvent.count({ where: { action: "admin.user.enabled", targetId: user.id } })).toBe(3);
    expect((await listUsers(ctx)).find((u) => u.id === user.id)).toMatchObject({
      kind: "Customer",
      organizations: expect.arrayContaining([orgA.name, orgB.name]),
      disabledAt: null,
    });
  });

  it("refuses disabling one's own account, and staff without the permission", async () => {
    const admin = await createUser({ staffRoles: ["SECURITY"] });
    await expect(setUserDisabled(await contextFor(admin), input(admin.id, true))).rejects.toMatchObject({
      code: "forbidden",
      text: ADMIN_MESSAGES.cannotDisableOwnAccount,
    });

    const support = await createUser({ staffRoles: ["SUPPORT"] });
    const user = await createUser();
    await expect(setUserDisabled(await contextFor(support), input(user.id, true))).rejects.toMatchObject({
      code: "forbidden",
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).disabledAt).toBeNull();
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).disabledAt).toBeNull();
  });

  it("an unknown user is not found; customers are told the console does not exist", async () => {
    const ctx = await contextFor(await createUser({ staffRoles: ["SECURITY"] }));
    await expect(setUserDisabled(ctx, input("no-such-user", true))).rejects.toMatchObject({
      code: "not_found",
    });
    const org = await createOrganization();
    const customer = await contextFor(
      await createUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] }),
    );
    await expect(listUsers(customer)).rejects.toMatchObject({ code: "not_found" });
  });
});
