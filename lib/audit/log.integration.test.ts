// The staff audit log (issue 11): a chain a page at a time by keyset on seq, filtered by organisation,
// event type, actor and a period read in a named zone, with readable event names and targets; and the
// same view as a streamed CSV or JSON file, audited (S17). Refused to staff without admin.audit.view and
// to customers (S11).
import { describe, expect, it } from "vitest";
import { createOrganization, createUser } from "../../prisma/factories.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import { anonymousContext, contextFor } from "../testing/context.ts";
import { fixedClock } from "../time/clock.ts";
import { exportAuditLog } from "./log-export.ts";
import { parseAuditLogQuery, type AuditLogFilter } from "./log-filter.ts";
import { NO_FILTER } from "./log-view.ts";
import { providerAuditLog } from "./provider-log.ts";
import { recordAudit, type AuditInput } from "./record.ts";

const clock = fixedClock("2026-11-23T10:00:00.000Z");

const staff = async (role: "ADMIN" | "SECURITY" | "PRIVACY" | "CONTENT" | "SUPPORT") =>
  contextFor(await createUser({ staffRoles: [role] }), { clock });

const inOrg = (organizationId: string, extra: Partial<AuditLogFilter> = {}): AuditLogFilter => ({
  ...NO_FILTER,
  organizationId,
  ...extra,
});

async function orgEvents(
  organizationId: string,
  count: number,
  make: (i: number) => Partial<AuditInput> = () => ({}),
) {
  for (let i = 1; i <= count; i++)
    await recordAudit(
      {
        organizationId,
        actor: { userId: null, label: `person${i % 3}@example.test` },
        action: "org.security_policy.updated",
        metadata: { i },
        ...make(i),
      } as AuditInput,
      { clock },
    );
}

/** The file's text as written, byte order mark included. */
async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
}

describe("the staff audit log: paging, filters, readable events", () => {
  it("pages a chain by seq: newest first, older pages, and back to newer ones", async () => {
    const org = await createOrganization();
    await orgEvents(org.id, 120);
    const ctx = await staff("PRIVACY");
    const filter = inOrg(org.id);

    const first = await providerAuditLog(ctx, { filter });
    expect(first.events.map((e) => e.seq)).toEqual(range(120, 71));
    expect(first).toMatchObject({
      hasNewer: false,
      hasOlder: true,
      organization: { id: org.id, name: org.name },
    });

    const second = await providerAuditLog(ctx, { filter, cursor: { before: 71 } });
    expect(second.events.map((e) => e.seq)).toEqual(range(70, 21));
    expect(second).toMatchObject({ hasNewer: true, hasOlder: true });

    const last = await providerAuditLog(ctx, { filter, cursor: { before: 21 } });
    expect(last.events.map((e) => e.seq)).toEqual(range(20, 1));
    expect(last).toMatchObject({ hasNewer: true, hasOlder: false });

    const back = await providerAuditLog(ctx, { filter, cursor: { after: 20 } });
    expect(back.events.map((e) => e.seq)).toEqual(range(70, 21));
    const top = await providerAuditLog(ctx, { filter, cursor: { after: 70 } });
    expect(top.events.map((e) => e.seq)).toEqual(range(120, 71));
    expect(top).toMatchObject({ hasNewer: false, hasOlder: true });
  });

  it("filters by event type and by actor, and pages within the filter", async () => {
    const org = await createOrganization();
    const user = await createUser({ email: `removed-${Date.now()}@example.test` });
    await orgEvents(org.id, 90, (i) =>
      i % 3 === 0
        ? {
            action: "org.member.removed",
            target: { type: "User", id: user.id },
            metadata: { userId: user.id, email: user.email, oldRole: "MEMBER", sessionsRevoked: 0 },
          }
        : {},
    );
    const ctx = await staff("SECURITY");

    const removed = await providerAuditLog(ctx, {
      filter: inOrg(org.id, { action: "org.member.removed" }),
      take: 20,
    });
    expect(removed.events).toHaveLength(20);
    expect(removed.events.every((e) => e.action === "org.member.removed")).toBe(true);
    expect(removed.events[0]).toMatchObject({
      seq: 90,
      event: "Member removed",
      target: { kind: "User", name: user.email, type: "User", id: user.id },
    });
    expect(removed.hasOlder).toBe(true);
    const older = await providerAuditLog(ctx, {
      filter: inOrg(org.id, { action: "org.member.removed" }),
      cursor: { before: removed.events.at(-1)!.seq },
      take: 20,
    });
    expect(older.events.map((e) => e.seq)).toEqual(range(30, 3).filter((s) => s % 3 === 0));
    expect(older).toMatchObject({ hasOlder: false, hasNewer: true });

    const byActor = await providerAuditLog(ctx, { filter: inOrg(org.id, { actor: "person1@example.test" }) });
    expect(byActor.events).toHaveLength(30);
    expect(new Set(byActor.events.map((e) => e.actorLabel))).toEqual(new Set(["person1@example.test"]));
    expect(byActor.events[0]).toMatchObject({ event: "Security policy changed", target: null });
  });

  it("reads the period's days in the reader's time zone, and names organisations", async () => {
    const org = await createOrganization({ name: `Zeitzone ${Date.now()} GmbH` });
    // 23:30 UTC on 22 November is 00:30 on 23 November in Berlin.
    for (const at of [
      "2026-11-21T12:00:00Z",
      "2026-11-22T23:30:00Z",
      "2026-11-23T12:00:00Z",
      "2026-11-24T00:30:00Z",
    ])
      await recordAudit(
        {
          organizationId: org.id,
          actor: { userId: null, label: "system" },
          action: "org.breach_contacts.updated",
          target: { type: "Organization", id: org.id },
          metadata: { from: [], to: ["dpo@example.test"] },
        },
        { clock: fixedClock(at) },
      );
    const ctx = await staff("ADMIN");
    const times = async (query: Record<string, string>, timeZone = "UTC") =>
      (
        await providerAuditLog(ctx, {
          filter: parseAuditLogQuery({ org: org.id, ...query }, timeZone).filter,
        })
      ).events.map((e) => e.createdAt.toISOString());

    expect(await times({ from: "2026-11-23", to: "2026-11-23" })).toEqual(["2026-11-23T12:00:00.000Z"]);
    expect(await times({ from: "2026-11-23", to: "2026-11-23" }, "Europe/Berlin")).toEqual([
      "2026-11-23T12:00:00.000Z",
      "2026-11-22T23:30:00.000Z",
    ]);
    expect(await times({ from: "2026-11-23" })).toEqual([
      "2026-11-24T00:30:00.000Z",
      "2026-11-23T12:00:00.000Z",
    ]);
    expect(await times({ to: "2026-11-21" })).toEqual(["2026-11-21T12:00:00.000Z"]);

    const view = await providerAuditLog(ctx, { filter: inOrg(org.id) });
    expect(view.organizations).toContainEqual({ id: org.id, name: org.name });
    expect(view.events[0]).toMatchObject({
      event: "Breach notification contacts changed",
      target: { kind: "Organisation", name: org.name },
    });
  });

  it("shows the provider's chain by default and answers not_found for an organisation that does not exist", async () => {
    const marker = `marker-${Date.now()}@example.test`;
    await recordAudit(
      {
        actor: { userId: null, label: marker },
        action: "provider.settings.updated",
        metadata: { changes: {} },
      },
      { clock },
    );
    const ctx = await staff("ADMIN");
    const view = await providerAuditLog(ctx, { filter: { ...NO_FILTER, actor: marker } });
    expect(view.organization).toBeNull();
    expect(view.events).toMatchObject([{ actorLabel: marker, event: "Provider settings changed" }]);
    await expect(providerAuditLog(ctx, { filter: inOrg("cnotanorganisation000000") })).rejects.toMatchObject({
      code: "not_found",
    });
  });
});

describe("the audit log export (CSV, JSON)", () => {
  it("streams every matching event as CSV in batches, newest first, with a header, and neutralises formulas", async () => {
    const org = await createOrganization();
    await orgEvents(org.id, 25, (i) => (i === 7 ? { actor: { userId: null, label: "@SUM(A1)" } } : {}));
    const ctx = await staff("SECURITY");
    const file = await exportAuditLog(ctx, inOrg(org.id), "csv", { batchSize: 4 });
    expect(file).toMatchObject({ contentType: "text/csv; charset=utf-8", lastSeq: 25 });
    expect(file.fileName).toMatch(/^audit-log-organisation-2026-11-23\.csv$/);
    const lines = (await text(file.stream)).split("\r\n").filter(Boolean);
    expect(lines[0]).toBe(
      "\uFEFFseq,time_utc,actor,actor_user_id,event,action,target,target_type,target_id,ip,user_agent,request_id,metadata,prev_hash,hash",
    );
    expect(lines).toHaveLength(26);
    expect(lines.slice(1).map((l) => Number(l.split(",")[0]))).toEqual(range(25, 1));
    expect(lines[1]).toMatch(
      /^25,2026-11-23T10:00:00\.000Z,person1@example\.test,,Security policy changed,org\.security_policy\.updated,,/,
    );
    expect(lines.find((l) => l.startsWith("7,"))).toContain(",'@SUM(A1),");
  });

  it("applies the page's filters and writes JSON with the export's facts", async () => {
    const org = await createOrganization();
    await orgEvents(org.id, 12, (i) =>
      i % 4 === 0
        ? { action: "org.breach_contacts.updated", metadata: { from: [], to: [`c${i}@example.test`] } }
        : {},
    );
    const ctx = await staff("PRIVACY");
    const filter = inOrg(org.id, { action: "org.breach_contacts.updated", timeZone: "Europe/Berlin" });
    const file = await exportAuditLog(ctx, filter, "json", { batchSize: 2 });
    const body = JSON.parse(await text(file.stream));
    expect(body).toMatchObject({
      exportedAt: "2026-11-23T10:00:00.000Z",
      exportedBy: ctx.actor.email,
      chain: `org:${org.id}`,
      organization: { id: org.id, name: org.name },
      filter: { action: "org.breach_contacts.updated", actor: null, timeZone: "Europe/Berlin" },
      lastSeq: 12,
    });
    expect(body.events.map((e: { seq: number }) => e.seq)).toEqual([12, 8, 4]);
    expect(body.events[0]).toMatchObject({
      event: "Breach notification contacts changed",
      action: "org.breach_contacts.updated",
      metadata: { to: ["c12@example.test"] },
    });

    const empty = await exportAuditLog(ctx, inOrg(org.id, { actor: "nobody@example.test" }), "json");
    expect(JSON.parse(await text(empty.stream)).events).toEqual([]);
  });

  it("is audited before the file is written: who, which chain, which filters, up to which event (S17)", async () => {
    const org = await createOrganization();
    await orgEvents(org.id, 3);
    const ctx = await staff("ADMIN");
    await exportAuditLog(
      ctx,
      inOrg(org.id, { action: "org.security_policy.updated", from: "2026-11-01" }),
      "csv",
    );
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "audit.log.exported", actorUserId: ctx.actor.userId },
    });
    const view = await providerAuditLog(ctx, { filter: { ...NO_FILTER, action: "audit.log.exported" } });
    expect(view.events.find((e) => e.id === event.id)).toMatchObject({
      event: "Audit log exported",
      target: { kind: "Audit log", name: org.name },
    });
    expect(event).toMatchObject({
      chain: "provider",
      actorLabel: ctx.actor.email,
      targetType: "AuditChain",
      targetId: `org:${org.id}`,
      ip: ctx.request.ip,
      metadata: {
        chain: `org:${org.id}`,
        format: "csv",
        action: "org.security_policy.updated",
        actor: null,
        from: "2026-11-01",
        to: null,
        timeZone: "UTC",
        lastSeq: 3,
      },
    });
  });
});

describe("who may read and export the audit log (S11)", () => {
  it("refuses staff without admin.audit.view (forbidden), customers (not found) and anonymous callers, and records no export", async () => {
    const org = await createOrganization();
    const owner = await contextFor(
      await createUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] }),
    );
    const calls = [
      (c: Context) => providerAuditLog(c, { filter: inOrg(org.id) }),
      (c: Context) => exportAuditLog(c, inOrg(org.id), "csv"),
      (c: Context) => exportAuditLog(c, NO_FILTER, "json"),
    ];
    const before = await db.auditEvent.count({ where: { action: "audit.log.exported" } });
    for (const call of calls) {
      for (const role of ["CONTENT", "SUPPORT"] as const)
        await expect(call(await staff(role))).rejects.toMatchObject({ code: "forbidden" });
      await expect(call(owner)).rejects.toMatchObject({ code: "not_found" });
      await expect(call(anonymousContext())).rejects.toMatchObject({ code: "unauthenticated" });
    }
    expect(await db.auditEvent.count({ where: { action: "audit.log.exported" } })).toBe(before);
  });
});

function range(from: number, to: number): number[] {
  return Array.from({ length: from - to + 1 }, (_, i) => from - i);
}
