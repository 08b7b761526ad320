// A DSR erasure under a legal hold (issue 13; GDPR.md G2, G4; SECURITY.md S11): the task is never sent to
// the system, it ends BLOCKED with the hold as its ground, the request closes, and the refusal is recorded
// with the hold; a subject is matched by keyed hash only (another subject of the organisation and the same
// person at another organisation are erased as usual). Releasing the hold gives the system a new ERASE task
// and reopens the request, which is then executed and completes with its absence check.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrganization, createUser } from "../../prisma/factories.ts";
import { db } from "../db/client.ts";
import { deliverPending } from "../dsr/connectors/testing/deliver-pending.ts";
import { completeManualTask, manualTaskInput } from "../dsr/connectors/manual-task.ts";
import {
  createManualSystem,
  createTestRequest,
  createWebhookSystem,
} from "../dsr/connectors/testing/factory.ts";
import {
  startRecordingReceiver,
  type RecordingReceiver,
} from "../dsr/connectors/testing/recording-receiver.ts";
import { subjectHash } from "../dsr/subject.ts";
import { contextFor } from "../testing/context.ts";
import { newWebhookSecret } from "../webhooks/standard-webhooks.ts";
import { createHold } from "./create.ts";
import { createHoldInput, releaseHoldInput } from "./input.ts";
import { holdGround } from "./messages.ts";
import { releaseHold } from "./release.ts";

let receiver: RecordingReceiver;
let acme: string;
let globex: string;
let systemId: string;

beforeAll(async () => {
  const secret = newWebhookSecret();
  receiver = await startRecordingReceiver({ systems: [{ path: "/s", secret, asynchronous: false }] });
  acme = (await createOrganization()).id;
  globex = (await createOrganization()).id;
  systemId = (
    await createWebhookSystem({
      endpointUrl: `${receiver.url}/s`,
      secret,
      organizationIds: [acme, globex],
    })
  ).id;
});
afterAll(async () => receiver.close());

async function erasure(organizationId: string, email: string) {
  const subject = { email };
  const request = await createTestRequest({
    organizationId,
    type: "ERASURE",
    subject,
    systemIds: [systemId],
  });
  await db.dataSubjectRequest.update({
    where: { id: request.id },
    data: { subjectHash: subjectHash(organizationId, subject) },
  });
  return request;
}

describe("DSR erasure under a legal hold", () => {
  it("G2/G4: blocked with the hold as the ground, refusal recorded; released → executed", async () => {
    const privacy = await contextFor(await createUser({ staffRoles: ["PRIVACY"] }));
    await expect(
      createHold(
        await contextFor(await createUser({ staffRoles: ["SUPPORT"] })),
        createHoldInput.parse({
          scope: "SUBJECT",
          organizationId: acme,
          email: "x@example.test",
          reason: "Not allowed",
        }),
      ),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      createHold(
        await contextFor(await createUser({ memberships: [{ organizationId: acme, role: "OWNER" }] })),
        createHoldInput.parse({ scope: "ORGANIZATION", organizationId: acme, reason: "Not allowed" }),
      ),
    ).rejects.toMatchObject({ code: "not_found" });
    const hold = await createHold(
      privacy,
      createHoldInput.parse({
        scope: "SUBJECT",
        organizationId: acme,
        email: "  Dora@Example.test ",
        reason: "Court order 12 O 3/26",
      }),
    );
    const held = await erasure(acme, "dora@example.test");
    const other = await erasure(acme, "erik@example.test");
    const elsewhere = await erasure(globex, "dora@example.test");

    await deliverPending();
    const heldTask = await db.dsrTask.findUniqueOrThrow({ where: { id: held.taskIds[0]! } });
    expect(heldTask).toMatchObject({ status: "BLOCKED", ground: holdGround(hold.reference) });
    expect(receiver.seen.has(heldTask.id)).toBe(false);
    expect(await db.dataSubjectRequest.findUniqueOrThrow({ where: { id: held.id } })).toMatchObject({
      status: "COMPLETED",
      subjectSealed: null,
    });
    const refusal = await db.holdRefusal.findFirstOrThrow({ where: { holdId: hold.id } });
    expect(refusal).toMatchObject({ path: "DSR_ERASURE", targetType: "DsrTask", targetId: heldTask.id });
    expect(refusal.subjectSealed).not.toBeNull();
    expect(await db.auditEvent.count({ where: { action: "hold.deletion_refused", targetId: hold.id } })).toBe(
      1,
    );
    for (const request of [other, elsewhere])
      expect((await db.dsrTask.findUniqueOrThrow({ where: { id: request.taskIds[0]! } })).status).toBe(
        "DONE",
      );

    const released = await releaseHold(
      privacy,
      releaseHoldInput.parse({ holdId: hold.id, reason: "Order lifted" }),
    );
    expect(released).toMatchObject({ erasuresResumed: 1 });
    expect(await db.dataSubjectRequest.findUniqueOrThrow({ where: { id: held.id } })).toMatchObject({
      status: "IN_PROGRESS",
      closedAt: null,
    });
    await deliverPending();
    const tasks = await db.dsrTask.findMany({ where: { requestId: held.id }, orderBy: { createdAt: "asc" } });
    expect(tasks.map((t) => [t.action, t.status])).toEqual([
      ["ERASE", "DONE"],
      ["ABSENCE_CHECK", "DONE"],
    ]);
    expect(await db.dataSubjectRequest.findUniqueOrThrow({ where: { id: held.id } })).toMatchObject({
      status: "COMPLETED",
    });
    expect((await db.holdRefusal.findFirstOrThrow({ where: { holdId: hold.id } })).resumedAt).not.toBeNull();
  });

  it("G2: a hold on the whole organisation blocks every erasure of it", async () => {
    const admin = await contextFor(await createUser({ staffRoles: ["ADMIN"] }));
    const hold = await createHold(
      admin,
      createHoldInput.parse({ scope: "ORGANIZATION", organizationId: globex, reason: "Insolvency" }),
    );
    const request = await erasure(globex, "frank@example.test");
    await deliverPending();
    expect(await db.dsrTask.findUniqueOrThrow({ where: { id: request.taskIds[0]! } })).toMatchObject({
      status: "BLOCKED",
      ground: holdGround(hold.reference),
    });
    await releaseHold(admin, releaseHoldInput.parse({ holdId: hold.id, reason: "Done" }));
  });

  it("G2: staff completing a manual erasure under a hold get it BLOCKED with the hold as ground, not erased", async () => {
    const privacy = await contextFor(await createUser({ staffRoles: ["PRIVACY"] }));
    const organizationId = (await createOrganization()).id;
    const manual = await createManualSystem({ name: "Back office" });
    const hold = await createHold(
      privacy,
      createHoldInput.parse({ scope: "ORGANIZATION", organizationId, reason: "Litigation" }),
    );
    const request = await createTestRequest({
      organizationId,
      type: "ERASURE",
      subject: { email: "gina@example.test" },
      systemIds: [manual.id],
    });
    const taskId = request.taskIds[0]!;
    const answer = await completeManualTask(
      privacy,
      manualTaskInput.parse({ taskId, status: "done", records: "3", note: "Deleted in the admin tool." }),
    );
    expect(answer.status).toBe("BLOCKED");
    expect(await db.dsrTask.findUniqueOrThrow({ where: { id: taskId } })).toMatchObject({
      status: "BLOCKED",
      ground: holdGround(hold.reference),
      records: null,
    });
    expect(await db.holdRefusal.count({ where: { holdId: hold.id, targetId: taskId } })).toBe(1);
  });
});
