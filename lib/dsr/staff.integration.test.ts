// Staff work requests (A2, A3, A4, A16; S11): the queue across organisations by processor due date,
// assignment and comments, extensions within the rules (refusals change nothing), declines with a reason
// the controller sees and is emailed.
import { describe, expect, it } from "vitest";
import { db } from "../db/client.ts";
import { contextFor } from "../testing/context.ts";
import { fixedClock } from "../time/clock.ts";
import { getRequest } from "./detail.ts";
import { fileRequest } from "./file-request.ts";
import { DSR_MESSAGES } from "./messages.ts";
import { assignRequest } from "./staff/assign.ts";
import { addComment } from "./staff/comment.ts";
import { declineRequest } from "./staff/decline.ts";
import { getRequestForStaff } from "./staff/detail.ts";
import { extendRequest } from "./staff/extend.ts";
import { extendInput } from "./staff/input.ts";
import { listQueue } from "./staff/queue.ts";
import { accessRequest, dsrWorld } from "./testing/fixtures.ts";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function filedIn(world: Awaited<ReturnType<typeof dsrWorld>>, receivedAt = "2026-03-05T10:00:00Z") {
  const ctx = await contextFor(world.privacy, { clock: fixedClock("2026-03-06T09:00:00Z") });
  return fileRequest(ctx, world.own.slug, accessRequest({ receivedAt: new Date(receivedAt) }), "PORTAL");
}

const extension = (id: string, overrides: Partial<Parameters<typeof extendRequest>[1]> = {}) => ({
  id,
  newDueDate: day("2026-06-05"),
  ground: "complexity" as const,
  reason: "Twelve systems hold the subject's records.",
  notProcessorDelay: false,
  ...overrides,
});

describe("the queue (A3)", () => {
  it("lists open requests of every organisation, the earliest processor due date first; SUPPORT reads, SECURITY not", async () => {
    const world = await dsrWorld({ dueDays: 10 });
    const late = await filedIn(world, "2026-03-05T10:00:00Z");
    const early = await filedIn(world, "2026-03-01T10:00:00Z");
    const otherCtx = await contextFor(world.otherOwner, { clock: fixedClock("2026-03-06T09:00:00Z") });
    const foreign = await fileRequest(
      otherCtx,
      world.other.slug,
      accessRequest({ receivedAt: new Date("2026-03-03T10:00:00Z") }),
      "API",
    );
    const closed = await filedIn(world);
    await db.dataSubjectRequest.update({ where: { id: closed.id }, data: { status: "COMPLETED" } });

    const support = await contextFor(world.staffSupport, { clock: fixedClock("2026-03-06T09:00:00Z") });
    const { rows } = await listQueue(support);
    const ids = rows.map((r) => r.id).filter((id) => [late.id, early.id, foreign.id, closed.id].includes(id));
    expect(ids).toEqual([early.id, foreign.id, late.id]);
    expect(rows.find((r) => r.id === foreign.id)?.organization.name).toBe(world.other.name);
    expect((await listQueue(support, { organizationId: world.other.id })).rows.map((r) => r.id)).toEqual([
      foreign.id,
    ]);
    await expect(listQueue(await contextFor(world.staffSecurity))).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(listQueue(await contextFor(world.owner))).rejects.toMatchObject({ code: "not_found" });
  });

  it("assigns to staff who may work requests, filters by assignee, and keeps comments for staff only", async () => {
    const world = await dsrWorld();
    const filed = await filedIn(world);
    const staff = await contextFor(world.staffPrivacy, { clock: fixedClock("2026-03-06T10:00:00Z") });
    await expect(
      assignRequest(staff, { id: filed.id, assigneeId: world.staffSupport.id }),
    ).rejects.toMatchObject({
      code: "invalid",
    });
    // The console says whom it assigned by name (the action words it), not by user id.
    expect(await assignRequest(staff, { id: filed.id, assigneeId: world.staffPrivacy.id })).toMatchObject({
      changed: true,
      assigneeId: world.staffPrivacy.id,
      assigneeName: world.staffPrivacy.name,
    });
    expect(await assignRequest(staff, { id: filed.id, assigneeId: world.staffPrivacy.id })).toMatchObject({
      changed: false,
    });
    expect((await listQueue(staff, { assignee: "me" })).rows.map((r) => r.id)).toEqual([filed.id]);
    expect((await listQueue(staff, { assignee: "unassigned" })).rows.map((r) => r.id)).not.toContain(
      filed.id,
    );

    await addComment(staff, { id: filed.id, body: "Called the product team." });
    const detail = await getRequestForStaff(staff, filed.id);
    expect(detail.assignee?.id).toBe(world.staffPrivacy.id);
    expect(detail.comments.map((c) => c.body)).toEqual(["Called the product team."]);
    // Provider's chain only: the organisation's timeline shows neither.
    const portal = await getRequest(await contextFor(world.owner), world.own.slug, filed.id);
    expect(portal.timeline.map((e) => e.action)).toEqual(["dsr.request.filed"]);
    expect(detail.timeline.map((e) => e.action)).toEqual([
      "dsr.request.filed",
      "dsr.request.assigned",
      "dsr.request.commented",
    ]);
    await expect(
      addComment(await contextFor(world.staffSupport), { id: filed.id, body: "x" }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("who may work requests (S11)", () => {
  it("S11 SUPPORT reads a request but may not assign, comment, extend or decline; a customer gets not_found; nothing changes", async () => {
    const world = await dsrWorld({ timeZone: "UTC" });
    const filed = await filedIn(world);
    const at = { clock: fixedClock("2026-03-07T09:00:00Z") };
    const support = await contextFor(world.staffSupport, at);
    const owner = await contextFor(world.owner, at);
    expect((await getRequestForStaff(support, filed.id)).canManage).toBe(false);
    for (const [ctx, code] of [
      [support, "forbidden"],
      [owner, "not_found"],
    ] as const) {
      await expect(
        assignRequest(ctx, { id: filed.id, assigneeId: world.staffPrivacy.id }),
      ).rejects.toMatchObject({ code });
      await expect(addComment(ctx, { id: filed.id, body: "Looked at it." })).rejects.toMatchObject({ code });
      await expect(extendRequest(ctx, extension(filed.id))).rejects.toMatchObject({ code });
      await expect(declineRequest(ctx, { id: filed.id, reason: "Not ours." })).rejects.toMatchObject({
        code,
      });
    }
    await expect(getRequestForStaff(owner, filed.id)).rejects.toMatchObject({ code: "not_found" });
    expect(await db.dataSubjectRequest.findUniqueOrThrow({ where: { id: filed.id } })).toMatchObject({
      status: "OPEN",
      assigneeId: null,
      legalDueAt: filed.legalDueAt,
    });
    expect(await db.dsrComment.count({ where: { requestId: filed.id } })).toBe(0);
    expect(await db.dsrDeadlineChange.count({ where: { requestId: filed.id } })).toBe(0);
  });
});

describe("extending the legal due date (A2, A3, A16)", () => {
  it("A2 extends once with a reason the controller is emailed and sees; history keeps who, when, told when", async () => {
    const world = await dsrWorld({ timeZone: "UTC" });
    const filed = await filedIn(world);
    const staff = await contextFor(world.staffPrivacy, { clock: fixedClock("2026-03-10T09:00:00Z") });
    const result = await extendRequest(staff, extension(filed.id));
    expect(result).toMatchObject({
      previousDueAt: new Date("2026-04-05T23:59:59.999Z"),
      newDueAt: new Date("2026-06-05T23:59:59.999Z"),
    });
    expect(result.controllerNotified).toBeGreaterThan(0);
    const portal = await getRequest(await contextFor(world.owner), world.own.slug, filed.id);
    expect(portal.legalDueAt).toEqual(new Date("2026-06-05T23:59:59.999Z"));
    expect(portal.extended).toBe(true);
    expect(portal.deadlineChanges).toEqual([
      {
        kind: "EXTENSION",
        previousDueAt: new Date("2026-04-05T23:59:59.999Z"),
        newDueAt: new Date("2026-06-05T23:59:59.999Z"),
        reason: "Twelve systems hold the subject's records.",
        at: new Date("2026-03-10T09:00:00Z"),
        controllerToldAt: new Date("2026-03-10T09:00:00Z"),
      },
    ]);
    expect(portal.timeline.map((e) => e.action)).toContain("dsr.request.extended");
    // Issue 13: the customer sees the provider's staff, as in its audit log, not the staff member's address.
    const extendedEntry = portal.timeline.find((e) => e.action === "dsr.request.extended")!;
    expect(extendedEntry.actor.en).toMatch(/ staff$/);
    expect(JSON.stringify(portal.timeline)).not.toContain(world.staffPrivacy.email);
    const inConsole = await getRequestForStaff(staff, filed.id);
    expect(inConsole.timeline.find((e) => e.action === "dsr.request.extended")!.actor).toEqual({
      en: world.staffPrivacy.email,
    });
    const emails = await db.outboxEmail.findMany({ where: { organizationId: world.own.id } });
    expect(emails.map((e) => e.toAddress)).toContain(world.owner.email);
    expect(emails[0]!.textBody).toContain("Twelve systems hold the subject's records.");
    expect(emails[0]!.subject).toContain(filed.reference);
    // The processor's own due date does not move (A3).
    expect(portal.processorDueAt).toEqual(filed.processorDueAt);
  });

  async function refusedAndUnchanged(
    world: Awaited<ReturnType<typeof dsrWorld>>,
    id: string,
    at: string,
    input: ReturnType<typeof extension>,
    code: string,
    text: unknown,
  ) {
    const before = await db.dataSubjectRequest.findUniqueOrThrow({ where: { id } });
    const changes = await db.dsrDeadlineChange.count({ where: { requestId: id } });
    const staff = await contextFor(world.staffPrivacy, { clock: fixedClock(at) });
    await expect(extendRequest(staff, input)).rejects.toMatchObject({ code, text });
    expect((await db.dataSubjectRequest.findUniqueOrThrow({ where: { id } })).legalDueAt).toEqual(
      before.legalDueAt,
    );
    expect(await db.dsrDeadlineChange.count({ where: { requestId: id } })).toBe(changes);
    expect(await db.auditEvent.count({ where: { action: "dsr.request.extended", targetId: id } })).toBe(
      changes * 2,
    );
  }

  it("A2 refused after the legal due date, with nothing changed", async () => {
    const world = await dsrWorld({ timeZone: "UTC" });
    const filed = await filedIn(world);
    await refusedAndUnchanged(
      world,
      filed.id,
      "2026-04-06T00:00:00Z",
      extension(filed.id, { notProcessorDelay: true }),
      "conflict",
      DSR_MESSAGES.extension["after-due-date"],
    );
  });

  it("A2 refused beyond receipt + 3 months, with nothing changed", async () => {
    const world = await dsrWorld({ timeZone: "UTC" });
    const filed = await filedIn(world);
    await refusedAndUnchanged(
      world,
      filed.id,
      "2026-03-10T09:00:00Z",
      extension(filed.id, { newDueDate: day("2026-06-06") }),
      "invalid",
      DSR_MESSAGES.extension["beyond-three-months"],
    );
  });

  it("A2 refused a second time", async () => {
    const world = await dsrWorld({ timeZone: "UTC" });
    const filed = await filedIn(world);
    const staff = await contextFor(world.staffPrivacy, { clock: fixedClock("2026-03-10T09:00:00Z") });
    await extendRequest(staff, extension(filed.id, { newDueDate: day("2026-05-05") }));
    await refusedAndUnchanged(
      world,
      filed.id,
      "2026-03-11T09:00:00Z",
      extension(filed.id),
      "conflict",
      DSR_MESSAGES.extension["already-extended"],
    );
  });

  it("A3 refused for the processor's own lateness, and without the confirmation once our due date passed", async () => {
    const world = await dsrWorld({ timeZone: "UTC" });
    const filed = await filedIn(world);
    await refusedAndUnchanged(
      world,
      filed.id,
      "2026-03-10T09:00:00Z",
      extension(filed.id, { ground: "processor_delay" }),
      "invalid",
      DSR_MESSAGES.extension["processor-lateness"],
    );
    await refusedAndUnchanged(
      world,
      filed.id,
      "2026-03-20T09:00:00Z",
      extension(filed.id),
      "invalid",
      DSR_MESSAGES.extension["processor-overdue-unconfirmed"],
    );
  });

  it("the form's fields: a reason is required, the date is a calendar day", () => {
    const parsed = extendInput.safeParse({
      id: "x",
      newDueDate: "2026-06-05",
      ground: "complexity",
      reason: " ",
    });
    expect(parsed.success).toBe(false);
    expect(
      extendInput.parse({
        id: "x",
        newDueDate: "2026-06-05",
        ground: "complexity",
        reason: "Many systems",
        notProcessorDelay: "on",
      }),
    ).toMatchObject({
      newDueDate: day("2026-06-05"),
      notProcessorDelay: true,
    });
  });

  it("S11 only dsr.manage extends: SUPPORT is refused, a customer does not see the console", async () => {
    const world = await dsrWorld({ timeZone: "UTC" });
    const filed = await filedIn(world);
    await expect(
      extendRequest(await contextFor(world.staffSupport), extension(filed.id)),
    ).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(extendRequest(await contextFor(world.owner), extension(filed.id))).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(getRequestForStaff(await contextFor(world.owner), filed.id)).rejects.toMatchObject({
      code: "not_found",
    });
  });
});

describe("declining (A4)", () => {
  it("A4 declines with a reason the controller sees and is emailed; pending tasks are cancelled, identifiers cleared", async () => {
    const world = await dsrWorld();
    const filed = await filedIn(world);
    const staff = await contextFor(world.staffPrivacy, { clock: fixedClock("2026-03-07T09:00:00Z") });
    const result = await declineRequest(staff, {
      id: filed.id,
      reason: "The subject is not a user of this product.",
    });
    expect(result).toMatchObject({ reference: filed.reference, tasksCancelled: 2 });
    expect(result.controllerNotified).toBeGreaterThan(0);
    const portal = await getRequest(await contextFor(world.auditor), world.own.slug, filed.id);
    expect(portal).toMatchObject({
      status: "DECLINED",
      declineReason: "The subject is not a user of this product.",
      subject: null,
      closedAt: new Date("2026-03-07T09:00:00Z"),
    });
    expect(portal.timeline.map((e) => e.action)).toContain("dsr.request.declined");
    const email = await db.outboxEmail.findFirstOrThrow({ where: { organizationId: world.own.id } });
    expect(email.textBody).toContain("The subject is not a user of this product.");
  });

  it("A4 a closed request cannot be declined or extended; nothing changes", async () => {
    const world = await dsrWorld();
    const filed = await filedIn(world);
    const staff = await contextFor(world.staffPrivacy, { clock: fixedClock("2026-03-07T09:00:00Z") });
    await declineRequest(staff, { id: filed.id, reason: "Not ours." });
    await expect(declineRequest(staff, { id: filed.id, reason: "Again." })).rejects.toMatchObject({
      code: "conflict",
    });
    await expect(extendRequest(staff, extension(filed.id))).rejects.toMatchObject({ code: "conflict" });
    expect((await db.dataSubjectRequest.findUniqueOrThrow({ where: { id: filed.id } })).declineReason).toBe(
      "Not ours.",
    );
    await expect(declineRequest(staff, { id: "no-such-id", reason: "x" })).rejects.toMatchObject({
      code: "not_found",
    });
  });
});
