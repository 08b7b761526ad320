// The staff audit page's data (SECURITY.md S11, S18, S24): a view lists the newest events and shows the
// chain's last verification from its checkpoint, without recomputing any hash; verifying now is for
// staff who may read the log, and is audited.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createOrganization, createUser } from "../../prisma/factories.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import { tamperWithAuditLog } from "../testing/audit-tamper.ts";
import { anonymousContext, contextFor } from "../testing/context.ts";
import { fixedClock } from "../time/clock.ts";
import { providerAuditLog, verifyProviderChain } from "./provider-log.ts";
import { recordAudit, SYSTEM_ACTOR } from "./record.ts";

const hashed = vi.hoisted(() => ({ events: 0 }));
vi.mock("./hash.ts", async (importOriginal) => {
  const real = await importOriginal<typeof import("./hash.ts")>();
  return {
    ...real,
    eventHash: (...args: Parameters<typeof real.eventHash>) => {
      hashed.events++;
      return real.eventHash(...args);
    },
  };
});

const clock = fixedClock("2026-11-23T10:00:00.000Z");

async function appendProviderEvents(count: number) {
  for (let i = 0; i < count; i++)
    await recordAudit(
      { actor: SYSTEM_ACTOR, action: "provider.settings.updated", metadata: { changes: { i } } },
      { clock },
    );
}

const staff = async (role: "ADMIN" | "SECURITY" | "PRIVACY" | "CONTENT" | "SUPPORT") =>
  contextFor(await createUser({ staffRoles: [role] }), { clock });

beforeEach(() => {
  hashed.events = 0;
});

describe("the staff audit page (S24, S18)", () => {
  it("a page view recomputes nothing: it lists the newest events and the last verification (S24)", async () => {
    await appendProviderEvents(30);
    const ctx = await staff("PRIVACY"); // the lowest role that may read the log
    hashed.events = 0;
    const view = await providerAuditLog(ctx);
    expect(hashed.events, "no hash is computed for a page view").toBe(0);
    expect(view.verification).toBeNull();
    expect(view.events).toHaveLength(30);
    expect(view.events.map((e) => e.seq)).toEqual(Array.from({ length: 30 }, (_, i) => 30 - i));
    expect(view.unverifiedEvents).toBe(30);

    const verified = await verifyProviderChain(ctx, { scope: "new" });
    expect(verified).toMatchObject({ ok: true, seq: 30, checked: 30 });
    hashed.events = 0;
    const after = await providerAuditLog(ctx, { take: 10 });
    expect(hashed.events).toBe(0);
    expect(after.events).toHaveLength(10);
    expect(after.verification).toMatchObject({ ok: true, seq: 30, verifiedAt: clock.now() });
    expect(after.unverifiedEvents, "the audit event of the verification itself").toBe(1);
  });

  it("verifying now is audited with its outcome, by whom and from where (S17)", async () => {
    const ctx = await staff("SECURITY");
    await appendProviderEvents(2);
    const result = await verifyProviderChain(ctx, { scope: "full" });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "audit.chain.verified", actorUserId: ctx.actor.userId },
    });
    expect(event).toMatchObject({
      chain: "provider",
      actorLabel: ctx.actor.email,
      targetType: "AuditChain",
      targetId: "provider",
      ip: ctx.request.ip,
      metadata: { chain: "provider", scope: "full", ok: true, checked: result.seq, lastSeq: result.seq },
    });
  });

  it("is refused to customers (not found), to staff without the permission and to anonymous callers (S11)", async () => {
    const org = await createOrganization();
    const owner = await contextFor(
      await createUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] }),
    );
    const calls = [
      (c: Context) => providerAuditLog(c),
      (c: Context) => verifyProviderChain(c, { scope: "full" }),
    ];
    const before = await db.auditEvent.count({ where: { action: "audit.chain.verified" } });
    for (const call of calls) {
      await expect(call(owner)).rejects.toMatchObject({ code: "not_found" });
      for (const role of ["CONTENT", "SUPPORT"] as const)
        await expect(call(await staff(role))).rejects.toMatchObject({ code: "forbidden" });
      await expect(call(anonymousContext())).rejects.toMatchObject({ code: "unauthenticated" });
    }
    expect(await db.auditEvent.count({ where: { action: "audit.chain.verified" } })).toBe(before);
  });

  // Last: it breaks the provider chain this file's other tests use.
  it("shows a chain that does not verify, once a verification found it (S18)", async () => {
    const ctx = await staff("ADMIN");
    await appendProviderEvents(3);
    const victim = await db.auditEvent.findFirstOrThrow({
      where: { chain: "provider" },
      orderBy: { seq: "desc" },
    });
    await tamperWithAuditLog(
      process.env.DATABASE_URL!,
      `UPDATE "AuditEvent" SET ip = '198.51.100.1' WHERE id = $1`,
      [victim.id],
    );
    expect(await verifyProviderChain(ctx, { scope: "new" })).toMatchObject({
      ok: false,
      brokenSeq: victim.seq,
    });
    expect((await providerAuditLog(ctx)).verification).toMatchObject({
      ok: false,
      brokenSeq: victim.seq,
      brokenEventId: victim.id,
    });
  });
});
