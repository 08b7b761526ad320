// Every change of a request's status reaches the organisation's webhook endpoints as `dsr.status_changed`,
// queued in the transaction of the change: filing, cancelling, declining, and settling from its tasks
// (issue 12: "receive signed status events").
import { describe, expect, it } from "vitest";
import { db } from "../db/client.ts";
import { cancelRequest } from "../dsr/cancel.ts";
import { completeManualTask, manualTaskInput } from "../dsr/connectors/manual-task.ts";
import { fileRequest } from "../dsr/file-request.ts";
import { declineRequest } from "../dsr/staff/decline.ts";
import { accessRequest, dsrWorld } from "../dsr/testing/fixtures.ts";
import { contextFor } from "../testing/context.ts";
import { fixedClock } from "../time/clock.ts";

const clock = () => fixedClock("2026-03-06T09:00:00Z");

async function statusEvents(endpointId: string, requestId: string) {
  const rows = await db.webhookDelivery.findMany({ where: { endpointId }, orderBy: { createdAt: "asc" } });
  return rows
    .map((row) => JSON.parse(row.body) as { type: string; data: Record<string, unknown> })
    .filter((body) => body.data.requestId === requestId)
    .map((body) => `${String(body.data.previousStatus)} -> ${String(body.data.status)}`);
}

describe("dsr.status_changed", () => {
  it("is queued for filing, cancelling, declining and for the request settling from its tasks", async () => {
    const world = await dsrWorld();
    const endpoint = await db.webhookEndpoint.create({
      data: {
        organizationId: world.own.id,
        url: "https://hooks.example.test/article28",
        eventTypes: ["dsr.status_changed"],
        secretSealed: "unused",
        createdByLabel: "test",
      },
    });
    const controller = await contextFor(world.privacy, { clock: clock() });
    const staff = await contextFor(world.staffPrivacy, { clock: clock() });

    const cancelled = await fileRequest(controller, world.own.slug, accessRequest(), "PORTAL");
    await cancelRequest(controller, world.own.slug, cancelled.id);
    expect(await statusEvents(endpoint.id, cancelled.id)).toEqual(["null -> OPEN", "OPEN -> CANCELLED"]);

    const declined = await fileRequest(controller, world.own.slug, accessRequest(), "PORTAL");
    await declineRequest(staff, { id: declined.id, reason: "Not a user of this product." });
    expect(await statusEvents(endpoint.id, declined.id)).toEqual(["null -> OPEN", "OPEN -> DECLINED"]);

    const settled = await fileRequest(controller, world.own.slug, accessRequest(), "PORTAL");
    const tasks = await db.dsrTask.findMany({ where: { requestId: settled.id }, orderBy: { id: "asc" } });
    for (const task of tasks)
      await completeManualTask(
        staff,
        manualTaskInput.parse({ taskId: task.id, status: "not_found", note: "No records for this subject." }),
      );
    expect(await statusEvents(endpoint.id, settled.id)).toEqual([
      "null -> OPEN",
      "OPEN -> IN_PROGRESS",
      "IN_PROGRESS -> COMPLETED",
    ]);

    const other = await db.webhookDelivery.count({ where: { organizationId: world.other.id } });
    expect(other).toBe(0);
  });
});
