// What the controller does after filing (A7, A15; S11, S12): cancel a request before anything ran
// (not after), import many from CSV all-or-nothing.
import { describe, expect, it } from "vitest";
import { db } from "../db/client.ts";
import { contextFor } from "../testing/context.ts";
import { fixedClock } from "../time/clock.ts";
import { cancelRequest } from "./cancel.ts";
import { importRequests, previewImport } from "./csv-import.ts";
import { getRequest } from "./detail.ts";
import { fileRequest } from "./file-request.ts";
import { accessRequest, dsrWorld } from "./testing/fixtures.ts";

const clock = () => fixedClock("2026-03-06T09:00:00Z");
const HEADER =
  "type,email,external_id,received_at,instruction_reference,note,identity_verified,corrections,scope";

describe("cancelling a request (A7)", () => {
  it("cancels a request nothing has run for: tasks cancelled, identifiers cleared, both chains audited", async () => {
    const world = await dsrWorld();
    const ctx = await contextFor(world.privacy, { clock: clock() });
    const filed = await fileRequest(ctx, world.own.slug, accessRequest(), "PORTAL");
    expect((await getRequest(ctx, world.own.slug, filed.id)).cancellable).toBe(true);
    expect(await cancelRequest(ctx, world.own.slug, filed.id)).toEqual({
      reference: filed.reference,
      tasksCancelled: 2,
    });
    const row = await db.dataSubjectRequest.findUniqueOrThrow({
      where: { id: filed.id },
      include: { tasks: true },
    });
    expect(row).toMatchObject({ status: "CANCELLED", subjectSealed: null, detailsSealed: null });
    expect(row.closedAt).toEqual(new Date("2026-03-06T09:00:00Z"));
    expect(row.tasks.map((t) => t.status)).toEqual(["CANCELLED", "CANCELLED"]);
    expect(
      await db.auditEvent.count({ where: { action: "dsr.request.cancelled", targetId: filed.id } }),
    ).toBe(2);
    const detail = await getRequest(ctx, world.own.slug, filed.id);
    expect(detail.subject).toBeNull();
    expect(detail.cancellable).toBe(false);
  });

  it("refuses once a task has been attempted, and once the request is in progress; nothing changes", async () => {
    const world = await dsrWorld();
    const ctx = await contextFor(world.privacy, { clock: clock() });
    const attempted = await fileRequest(ctx, world.own.slug, accessRequest(), "PORTAL");
    const [task] = await db.dsrTask.findMany({ where: { requestId: attempted.id } });
    await db.dsrTask.update({ where: { id: task!.id }, data: { attempts: 1, lastAttemptAt: new Date() } });
    await expect(cancelRequest(ctx, world.own.slug, attempted.id)).rejects.toMatchObject({
      code: "conflict",
    });
    expect((await db.dataSubjectRequest.findUniqueOrThrow({ where: { id: attempted.id } })).status).toBe(
      "OPEN",
    );
    expect(await db.dsrTask.count({ where: { requestId: attempted.id, status: "CANCELLED" } })).toBe(0);

    const running = await fileRequest(ctx, world.own.slug, accessRequest(), "PORTAL");
    await db.dataSubjectRequest.update({ where: { id: running.id }, data: { status: "IN_PROGRESS" } });
    await expect(cancelRequest(ctx, world.own.slug, running.id)).rejects.toMatchObject({ code: "conflict" });
    await expect(cancelRequest(ctx, world.own.slug, running.id)).rejects.toMatchObject({ code: "conflict" });
  });

  it("S11/S12 an AUDITOR may not cancel; another organisation gets not_found", async () => {
    const world = await dsrWorld();
    const filed = await fileRequest(
      await contextFor(world.owner, { clock: clock() }),
      world.own.slug,
      accessRequest(),
      "PORTAL",
    );
    await expect(
      cancelRequest(await contextFor(world.auditor, { clock: clock() }), world.own.slug, filed.id),
    ).rejects.toMatchObject({ code: "forbidden" });
    const attacker = await contextFor(world.otherOwner, { clock: clock() });
    await expect(cancelRequest(attacker, world.own.slug, filed.id)).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(cancelRequest(attacker, world.other.slug, filed.id)).rejects.toMatchObject({
      code: "not_found",
    });
    expect((await db.dataSubjectRequest.findUniqueOrThrow({ where: { id: filed.id } })).status).toBe("OPEN");
  });
});

describe("importing requests from CSV (all or nothing)", () => {
  const good = [
    HEADER,
    "access,anna@example.test,,2026-03-05T10:00:00Z,T-1,,yes,,",
    "erasure,,cust-9,2026-03-05 08:00,T-2,,yes,,",
  ].join("\n");

  it("previews without storing, then imports exactly the checked file: every request filed with its tasks", async () => {
    const world = await dsrWorld();
    const ctx = await contextFor(world.privacy, { clock: clock() });
    const preview = await previewImport(ctx, world.own.slug, good);
    expect(preview.importable).toBe(true);
    expect(preview.rows.map((r) => r.line)).toEqual([2, 3]);
    expect(await db.dataSubjectRequest.count({ where: { organizationId: world.own.id } })).toBe(0);

    const { requests } = await importRequests(ctx, world.own.slug, good, preview.sha256);
    expect(requests.map((r) => r.reference)).toEqual(["DSR-2026-0001", "DSR-2026-0002"]);
    const rows = await db.dataSubjectRequest.findMany({
      where: { organizationId: world.own.id },
      orderBy: { reference: "asc" },
      include: { _count: { select: { tasks: true } } },
    });
    expect(rows.map((r) => [r.type, r.source, r._count.tasks])).toEqual([
      ["ACCESS", "CSV_IMPORT", 2],
      ["ERASURE", "CSV_IMPORT", 2],
    ]);
    // 08:00 in Berlin is 07:00 UTC.
    expect(rows[1]!.receivedAt).toEqual(new Date("2026-03-05T07:00:00Z"));
    expect(
      await db.auditEvent.count({ where: { action: "dsr.requests.imported", targetId: world.own.id } }),
    ).toBe(2);
  });

  it("a file with one bad row imports nothing, whatever the rest holds", async () => {
    const world = await dsrWorld();
    const ctx = await contextFor(world.privacy, { clock: clock() });
    const bad = `${good}\naccess,,,2026-03-05T10:00:00Z,,,yes,,`;
    const preview = await previewImport(ctx, world.own.slug, bad);
    expect(preview.importable).toBe(false);
    expect(preview.rows.find((r) => r.problems.length > 0)?.line).toBe(4);
    await expect(importRequests(ctx, world.own.slug, bad, preview.sha256)).rejects.toMatchObject({
      code: "invalid",
    });
    expect(await db.dataSubjectRequest.count({ where: { organizationId: world.own.id } })).toBe(0);
    expect(await db.dsrReferenceCounter.count({ where: { organizationId: world.own.id } })).toBe(0);
  });

  it("refuses a file that is not the one checked", async () => {
    const world = await dsrWorld();
    const ctx = await contextFor(world.privacy, { clock: clock() });
    const preview = await previewImport(ctx, world.own.slug, good);
    await expect(importRequests(ctx, world.own.slug, `${good}\n`, preview.sha256)).rejects.toMatchObject({
      code: "conflict",
    });
    expect(await db.dataSubjectRequest.count({ where: { organizationId: world.own.id } })).toBe(0);
  });

  it("S11/S12 an AUDITOR may not import; another organisation gets not_found", async () => {
    const world = await dsrWorld();
    await expect(
      previewImport(await contextFor(world.auditor, { clock: clock() }), world.own.slug, good),
    ).rejects.toMatchObject({ code: "forbidden" });
    const attacker = await contextFor(world.otherOwner, { clock: clock() });
    await expect(previewImport(attacker, world.own.slug, good)).rejects.toMatchObject({ code: "not_found" });
    await expect(importRequests(attacker, world.own.slug, good, "x")).rejects.toMatchObject({
      code: "not_found",
    });
  });
});
