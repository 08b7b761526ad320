// What the worker-kill and database-restart tests expect once every request has completed: each task DONE,
// executed once by its system (a repeat delivery carries the same webhook-id and is answered from the
// system's record), nothing refused, and one package per request.
import { expect } from "vitest";
import { db } from "../../../db/client.ts";
import type { RecordingReceiver } from "./recording-receiver.ts";

export async function expectEveryTaskDoneOnce(receiver: RecordingReceiver, total: number, requests: number) {
  const tasks = await db.dsrTask.findMany({ select: { id: true, status: true, idempotencyKey: true } });
  expect(tasks).toHaveLength(total);
  expect(tasks.filter((t) => t.status !== "DONE")).toEqual([]);
  for (const task of tasks) expect([...(receiver.seen.get(task.id) ?? [])]).toEqual([task.idempotencyKey]);
  expect(receiver.counts.executed).toBe(total);
  expect(receiver.counts.refused).toBe(0);
  expect(await db.dsrPackage.count()).toBe(requests);
}
