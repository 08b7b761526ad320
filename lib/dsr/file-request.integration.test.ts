// Filing a data-subject request (A1, A3, A7, A15; S11, S12, S17): deadlines in the organisation's zone,
// one task per connected system and action, the duplicate flag, references without gaps or repeats under
// concurrency, identifiers sealed and hashed, both audit chains, and who may file and read.
import { describe, expect, it } from "vitest";
import { db } from "../db/client.ts";
import { contextFor } from "../testing/context.ts";
import { fixedClock } from "../time/clock.ts";
import { getRequest } from "./detail.ts";
import { fileRequest } from "./file-request.ts";
import { listRequests } from "./list.ts";
import { subjectHash } from "./subject.ts";
import { accessRequest, dsrWorld } from "./testing/fixtures.ts";

const clock = () => fixedClock("2026-03-06T09:00:00Z");

describe("filing a request (A1, A3, A7)", () => {
  it("A1/A3 stores the request OPEN with deadlines counted in the organisation's zone, and one task per system", async () => {
    const world = await dsrWorld({ timeZone: "Europe/Berlin", dueDays: 10 });
    const ctx = await contextFor(world.privacy, { clock: clock() });
    // 23:30 UTC on 4 March is 00:30 on 5 March in Berlin: due 5 April, end of day (CEST).
    const filed = await fileRequest(
      ctx,
      world.own.slug,
      accessRequest({ receivedAt: new Date("2026-03-04T23:30:00Z") }),
      "PORTAL",
    );
    expect(filed.reference).toBe("DSR-2026-0001");
    expect(filed.legalDueAt.toISOString()).toBe("2026-04-05T21:59:59.999Z");
    expect(filed.processorDueAt.toISOString()).toBe("2026-03-15T22:59:59.999Z");
    expect(filed.duplicateOf).toBeUndefined();

    const stored = await db.dataSubjectRequest.findUniqueOrThrow({
      where: { id: filed.id },
      include: { tasks: true },
    });
    expect(stored).toMatchObject({
      status: "OPEN",
      source: "PORTAL",
      organizationId: world.own.id,
      instructedAt: new Date("2026-03-06T09:00:00Z"),
      identityAttestedById: world.privacy.id,
      filedById: world.privacy.id,
    });
    expect(stored.tasks.map((t) => [t.dataSystemId, t.action, t.status]).sort()).toEqual(
      world.systems.map((s) => [s.id, "EXPORT", "PENDING"]).sort(),
    );
    expect(new Set(stored.tasks.map((t) => t.idempotencyKey)).size).toBe(2);
  });

  it("A7 every type gets its action in every system; erasure's absence check is left to the connectors", async () => {
    const world = await dsrWorld();
    const ctx = await contextFor(world.owner, { clock: clock() });
    const expected = {
      ACCESS: "EXPORT",
      PORTABILITY: "EXPORT",
      ERASURE: "ERASE",
      RECTIFICATION: "RECTIFY",
      RESTRICTION: "RESTRICT",
      OBJECTION: "OBJECT",
    } as const;
    for (const [type, action] of Object.entries(expected) as [keyof typeof expected, string][]) {
      const details =
        type === "RECTIFICATION"
          ? { corrections: { last_name: "Schmidt" } }
          : type === "RESTRICTION" || type === "OBJECTION"
            ? { scope: "Marketing" }
            : {};
      const filed = await fileRequest(ctx, world.own.slug, accessRequest({ type, ...details }), "PORTAL");
      const tasks = await db.dsrTask.findMany({ where: { requestId: filed.id } });
      expect(tasks.map((t) => t.action)).toEqual([action, action]);
    }
  });

  it("A15 the identifiers are sealed (not readable in the row) and hashed with a key; the reader sees them", async () => {
    const world = await dsrWorld();
    const ctx = await contextFor(world.privacy, { clock: clock() });
    const email = "anna.identifier@example.test";
    const filed = await fileRequest(
      ctx,
      world.own.slug,
      accessRequest({
        type: "RECTIFICATION",
        subject: { email, externalId: "cust-4711" },
        corrections: { last_name: "Schmidt" },
      }),
      "PORTAL",
    );
    const row = await db.dataSubjectRequest.findUniqueOrThrow({ where: { id: filed.id } });
    expect(JSON.stringify(row)).not.toContain(email);
    expect(JSON.stringify(row)).not.toContain("cust-4711");
    expect(JSON.stringify(row)).not.toContain("Schmidt");
    expect(row.subjectHash).toBe(subjectHash(world.own.id, { email, externalId: "cust-4711" }));
    expect(row.subjectHash).not.toBe(subjectHash(world.other.id, { email, externalId: "cust-4711" }));
    const detail = await getRequest(ctx, world.own.slug, filed.id);
    expect(detail.subject).toEqual({ email, externalId: "cust-4711" });
    expect(detail.details).toEqual({ corrections: { last_name: "Schmidt" } });
    // S17: the audit events name the request, never the subject.
    const events = await db.auditEvent.findMany({ where: { targetId: filed.id } });
    expect(JSON.stringify(events)).not.toContain(email);
  });

  it("flags an open request of the same subject and type as a fact, and files it anyway", async () => {
    const world = await dsrWorld();
    const ctx = await contextFor(world.privacy, { clock: clock() });
    const first = await fileRequest(
      ctx,
      world.own.slug,
      accessRequest({ subject: { email: "Dup@Example.test" } }),
      "PORTAL",
    );
    const second = await fileRequest(
      ctx,
      world.own.slug,
      accessRequest({ subject: { email: "dup@example.test " } }),
      "PORTAL",
    );
    expect(second.duplicateOf).toEqual({ id: first.id, reference: first.reference });
    const erasure = await fileRequest(
      ctx,
      world.own.slug,
      accessRequest({ type: "ERASURE", subject: { email: "dup@example.test" } }),
      "PORTAL",
    );
    expect(erasure.duplicateOf).toBeUndefined();
    const detail = await getRequest(ctx, world.own.slug, second.id);
    expect(detail.sameSubjectOpen).toEqual([{ id: first.id, reference: first.reference }]);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { chain: `org:${world.own.id}`, action: "dsr.request.filed", targetId: second.id },
    });
    expect(event.metadata).toMatchObject({ duplicateOf: first.reference });
  });

  it("numbers references per organisation and year without repeats when filed concurrently", async () => {
    const world = await dsrWorld();
    const [a, b] = await Promise.all([
      contextFor(world.privacy, { clock: clock() }),
      contextFor(world.owner, { clock: clock() }),
    ]);
    const filed = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        fileRequest(i % 2 ? a : b, world.own.slug, accessRequest(), "PORTAL"),
      ),
    );
    expect(filed.map((f) => f.reference).sort()).toEqual(
      Array.from({ length: 8 }, (_, i) => `DSR-2026-${String(i + 1).padStart(4, "0")}`),
    );
    const otherCtx = await contextFor(world.otherOwner, { clock: clock() });
    expect((await fileRequest(otherCtx, world.other.slug, accessRequest(), "PORTAL")).reference).toBe(
      "DSR-2026-0001",
    );
  });

  it("audits the filing in the organisation's chain and the provider's", async () => {
    const world = await dsrWorld();
    const ctx = await contextFor(world.privacy, { clock: clock() });
    const filed = await fileRequest(ctx, world.own.slug, accessRequest(), "PORTAL");
    const events = await db.auditEvent.findMany({
      where: { action: "dsr.request.filed", targetId: filed.id },
      select: { chain: true, metadata: true, actorUserId: true },
    });
    expect(events.map((e) => e.chain).sort()).toEqual([`org:${world.own.id}`, "provider"]);
    expect(events[0]!.metadata).toMatchObject({
      reference: filed.reference,
      type: "ACCESS",
      source: "PORTAL",
      tasks: 2,
    });
    expect(events[0]!.actorUserId).toBe(world.privacy.id);
  });

  it("A1 refuses a receipt in the future (by the caller's clock) and stores nothing", async () => {
    const world = await dsrWorld();
    const ctx = await contextFor(world.privacy, { clock: clock() });
    await expect(
      fileRequest(
        ctx,
        world.own.slug,
        accessRequest({ receivedAt: new Date("2026-03-06T09:05:00Z") }),
        "PORTAL",
      ),
    ).rejects.toMatchObject({ code: "invalid" });
    expect(await db.dataSubjectRequest.count({ where: { organizationId: world.own.id } })).toBe(0);
  });
});

describe("who may file and read (S11, S12)", () => {
  it("S11 an AUDITOR reads the list and a request but cannot file; a MEMBER can do neither", async () => {
    const world = await dsrWorld();
    const filed = await fileRequest(
      await contextFor(world.owner, { clock: clock() }),
      world.own.slug,
      accessRequest(),
      "PORTAL",
    );
    const auditor = await contextFor(world.auditor, { clock: clock() });
    const list = await listRequests(auditor, world.own.slug);
    expect(list.requests.map((r) => r.id)).toEqual([filed.id]);
    expect(list.canManage).toBe(false);
    expect(list.requests[0]!.progress).toMatchObject({ total: 2, PENDING: 2 });
    expect((await getRequest(auditor, world.own.slug, filed.id)).canManage).toBe(false);
    await expect(fileRequest(auditor, world.own.slug, accessRequest(), "PORTAL")).rejects.toMatchObject({
      code: "forbidden",
    });
    const member = await contextFor(world.plain, { clock: clock() });
    await expect(listRequests(member, world.own.slug)).rejects.toMatchObject({ code: "forbidden" });
    await expect(getRequest(member, world.own.slug, filed.id)).rejects.toMatchObject({ code: "forbidden" });
    await expect(fileRequest(member, world.own.slug, accessRequest(), "PORTAL")).rejects.toMatchObject({
      code: "forbidden",
    });
    expect(await db.dataSubjectRequest.count({ where: { organizationId: world.own.id } })).toBe(1);
  });

  it("S12 another organisation gets not_found for the list, a request and filing; its own slug never shows ours", async () => {
    const world = await dsrWorld();
    const filed = await fileRequest(
      await contextFor(world.owner, { clock: clock() }),
      world.own.slug,
      accessRequest(),
      "PORTAL",
    );
    const attacker = await contextFor(world.otherOwner, { clock: clock() });
    await expect(listRequests(attacker, world.own.slug)).rejects.toMatchObject({ code: "not_found" });
    await expect(getRequest(attacker, world.own.slug, filed.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(getRequest(attacker, world.other.slug, filed.id)).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(fileRequest(attacker, world.own.slug, accessRequest(), "PORTAL")).rejects.toMatchObject({
      code: "not_found",
    });
    expect((await listRequests(attacker, world.other.slug)).requests).toEqual([]);
    await expect(listRequests(attacker, world.other.slug, { cursor: filed.id })).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("lists newest first, filters by status and type, and pages with a cursor", async () => {
    const world = await dsrWorld();
    const c = fixedClock("2026-03-06T09:00:00Z");
    const ctx = await contextFor(world.owner, { clock: c });
    const ids: string[] = [];
    for (const type of ["ACCESS", "ERASURE", "ACCESS"] as const) {
      ids.push((await fileRequest(ctx, world.own.slug, accessRequest({ type }), "PORTAL")).id);
      c.advance(60_000);
    }
    const page1 = await listRequests(ctx, world.own.slug, { limit: 2 });
    expect(page1.requests.map((r) => r.id)).toEqual([ids[2], ids[1]]);
    const page2 = await listRequests(ctx, world.own.slug, { limit: 2, cursor: page1.nextCursor! });
    expect(page2.requests.map((r) => r.id)).toEqual([ids[0]]);
    expect(page2.nextCursor).toBeNull();
    expect((await listRequests(ctx, world.own.slug, { type: "ERASURE" })).requests.map((r) => r.id)).toEqual([
      ids[1],
    ]);
    expect((await listRequests(ctx, world.own.slug, { status: "COMPLETED" })).requests).toEqual([]);
  });

  it("A1 a request past its legal due date is overdue in the list; closed ones are not", async () => {
    const world = await dsrWorld({ timeZone: "UTC" });
    const ctx = await contextFor(world.owner, { clock: clock() });
    const filed = await fileRequest(
      ctx,
      world.own.slug,
      accessRequest({ receivedAt: new Date("2026-01-05T10:00:00Z") }),
      "PORTAL",
    );
    const [row] = (await listRequests(ctx, world.own.slug)).requests;
    expect(row).toMatchObject({ id: filed.id, legalOverdue: true, processorOverdue: true });
    await db.dataSubjectRequest.update({ where: { id: filed.id }, data: { status: "COMPLETED" } });
    expect((await listRequests(ctx, world.own.slug)).requests[0]).toMatchObject({ legalOverdue: false });
  });
});
