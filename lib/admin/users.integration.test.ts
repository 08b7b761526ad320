// Staff disabling an account (S10, S17): the user's sessions end at once, and the change is audited in
// the provider chain and in the chain of every organisation the user belongs to. Nobody acts on an
// account whose highest role is equal to or above their own, so the last active ADMIN stays (S23).
import { describe, expect, it } from "vitest";
import type { StaffRole } from "../generated/prisma/enums.ts";
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

describe("staff act only on accounts below their own role (S23)", () => {
  const disabled = async (id: string) =>
    (await db.user.findUniqueOrThrow({ where: { id } })).disabledAt !== null;
  const staff = (...roles: StaffRole[]) => createUser({ staffRoles: roles });

  it("SECURITY cannot disable the only staff ADMIN, nor another SECURITY member; nothing changes and it is audited (S23)", async () => {
    const admin = await staff("ADMIN");
    const peer = await staff("SECURITY");
    const security = await contextFor(await staff("SECURITY"));
    for (const target of [admin, peer]) {
      await expect(setUserDisabled(security, input(target.id, true))).rejects.toMatchObject({
        code: "forbidden",
        text: ADMIN_MESSAGES.roleNotBelowYours,
      });
      expect(await disabled(target.id)).toBe(false);
      expect(
        await db.session.count({ where: { userId: target.id, revokedReason: "account_disabled" } }),
      ).toBe(0);
    }
    expect(
      await db.auditEvent.count({
        where: { action: "authz.denied", actorUserId: security.actor.userId, targetId: admin.id },
      }),
    ).toBe(1);
  });

  it("the highest role counts: SUPPORT held alongside SECURITY does not make that account disable-able by SECURITY (S23)", async () => {
    const both = await staff("SUPPORT", "SECURITY");
    const security = await contextFor(await staff("SECURITY"));
    await expect(setUserDisabled(security, input(both.id, true))).rejects.toMatchObject({
      code: "forbidden",
    });
    expect(await disabled(both.id)).toBe(false);
  });

  it("an ADMIN cannot disable another ADMIN, so the last active ADMIN always stays; SECURITY below them can be (S23)", async () => {
    const adminA = await staff("ADMIN");
    const adminB = await staff("ADMIN");
    const security = await staff("SECURITY");
    const ctx = await contextFor(adminA);
    await expect(setUserDisabled(ctx, input(adminB.id, true))).rejects.toMatchObject({ code: "forbidden" });
    expect(await disabled(adminB.id)).toBe(false);
    expect(await setUserDisabled(ctx, input(security.id, true))).toMatchObject({ outcome: "disabled" });
  });

  it("SECURITY disables and enables lower staff roles and customers, but cannot re-enable a higher account (S23)", async () => {
    const security = await contextFor(await staff("SECURITY"));
    for (const role of ["PRIVACY", "CONTENT", "SUPPORT"] as const) {
      const target = await staff(role);
      expect(await setUserDisabled(security, input(target.id, true))).toMatchObject({ outcome: "disabled" });
      expect(await setUserDisabled(security, input(target.id, false))).toMatchObject({ outcome: "enabled" });
    }
    const customer = await createUser();
    expect(await setUserDisabled(security, input(customer.id, true))).toMatchObject({ outcome: "disabled" });

    const disabledAdmin = await staff("ADMIN");
    await db.user.update({ where: { id: disabledAdmin.id }, data: { disabledAt: new Date() } });
    await expect(setUserDisabled(security, input(disabledAdmin.id, false))).rejects.toMatchObject({
      code: "forbidden",
    });
    expect(await disabled(disabledAdmin.id)).toBe(true);
  });

  it("the users page offers the button only where it is allowed (S23)", async () => {
    const admin = await staff("ADMIN");
    const peer = await staff("SECURITY");
    const support = await staff("SUPPORT");
    const customer = await createUser();
    const securityUser = await staff("SECURITY");
    const rows = await listUsers(await contextFor(securityUser));
    const manageable = (id: string) => rows.find((row) => row.id === id)?.manageable;
    expect(manageable(admin.id)).toBe(false);
    expect(manageable(peer.id)).toBe(false);
    expect(manageable(securityUser.id), "never one's own account").toBe(false);
    expect(manageable(support.id)).toBe(true);
    expect(manageable(customer.id)).toBe(true);
    // Support staff may view but manage nobody.
    const supportRows = await listUsers(await contextFor(support));
    expect(supportRows.every((row) => !row.manageable)).toBe(true);
  });
});
