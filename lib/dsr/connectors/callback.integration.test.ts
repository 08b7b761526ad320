// Callbacks, signatures and failed attempts (SECURITY.md S28, S22; GDPR.md A17): a system that answered 202
// posts its result with the task's bearer token over real HTTP; a wrong token is refused (401 problem+json),
// the token works once (then 409), an invalid result is refused (400) and the task keeps waiting; a receiver
// that verifies signatures refuses a tampered body; an answer that is not a result is a failed attempt, and
// after the last retry the task is FAILED and the request settles.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDemoConnector, type DemoConnector } from "../../../connectors/demo-product/src/connector.ts";
import { seedDemoProduct } from "../../../connectors/demo-product/src/demo-data.ts";
import { createOrganization } from "../../../prisma/factories.ts";
import { db } from "../../db/client.ts";
import { freePort } from "../../db/embedded-postgres.ts";
import { signWebhook } from "../../webhooks/standard-webhooks.ts";
import { callbackTokenFor } from "./callback-token.ts";
import { deliverTask, DeliveryAttemptFailed } from "./deliver.ts";
import { startCallbackServer, type CallbackServer } from "./testing/callback-server.ts";
import { createTestRequest, createWebhookSystem } from "./testing/factory.ts";
import { taskMessageFor } from "./task-message.ts";

const callbackPort = await freePort();
process.env.APP_URL = `http://127.0.0.1:${callbackPort}`;
const clock = { now: () => new Date() };

let callbacks: CallbackServer;
let fake: Server;
let fakeUrl: string;
let fakeAnswer: { status: number; body: string } = { status: 202, body: "" };
const seenIds: string[] = [];
let organizationId: string;

beforeAll(async () => {
  callbacks = await startCallbackServer(callbackPort);
  fake = createServer((req, res) => {
    seenIds.push(String(req.headers["webhook-id"]));
    req.resume();
    req.on("end", () =>
      res.writeHead(fakeAnswer.status, { "content-type": "application/json" }).end(fakeAnswer.body),
    );
  });
  await new Promise<void>((resolve) => fake.listen(0, "127.0.0.1", resolve));
  fakeUrl = `http://127.0.0.1:${(fake.address() as AddressInfo).port}/tasks`;
  organizationId = (await createOrganization()).id;
});

afterAll(async () => {
  await callbacks?.close();
  await new Promise((resolve) => fake?.close(resolve));
});

async function post(taskId: string, token: string | null, body: unknown) {
  const response = await fetch(`${process.env.APP_URL}/api/connectors/tasks/${taskId}/callback`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: response.status, type: response.headers.get("content-type"), body: await response.json() };
}

async function waitingTask(action: "ERASURE" | "ACCESS" = "ERASURE") {
  const system = await createWebhookSystem({ endpointUrl: fakeUrl });
  const request = await createTestRequest({
    organizationId,
    type: action,
    subject: { email: "subject@example.test" },
    systemIds: [system.id],
  });
  fakeAnswer = { status: 202, body: "" };
  expect(await deliverTask(request.taskIds[0]!, { retryCount: 0, retryLimit: 8 }, { clock })).toBe("waiting");
  const task = await db.dsrTask.findUniqueOrThrow({ where: { id: request.taskIds[0]! } });
  return { task, request, token: callbackTokenFor(task.idempotencyKey) };
}

describe("the callback after 202", () => {
  it("S28: a wrong or missing token is refused with 401 problem+json and changes nothing", async () => {
    const { task } = await waitingTask();
    for (const token of [null, "x".repeat(43), callbackTokenFor("another-task")]) {
      const answer = await post(task.id, token, { status: "done", records: 1 });
      expect(answer.status).toBe(401);
      expect(answer.type).toBe("application/problem+json");
      expect(answer.body).toMatchObject({
        type: "urn:article28:problem:connector:invalid_token",
        status: 401,
        title: expect.any(String),
        detail: expect.any(String),
      });
    }
    // Not JSON: 415 in the same format, before the token is looked at.
    const plain = await fetch(`${process.env.APP_URL}/api/connectors/tasks/${task.id}/callback`, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: "done",
    });
    expect(plain.status).toBe(415);
    expect(plain.headers.get("content-type")).toBe("application/problem+json");
    expect(await plain.json()).toMatchObject({
      type: "urn:article28:problem:connector:unsupported_type",
      status: 415,
      detail: expect.any(String),
    });
    const unknown = await post("nosuchtask", callbackTokenFor(task.idempotencyKey), { status: "done" });
    expect(unknown.status).toBe(401);
    expect((await db.dsrTask.findUniqueOrThrow({ where: { id: task.id } })).status).toBe("WAITING");
    expect(
      await db.auditEvent.count({ where: { action: "dsr.task.callback_refused" } }),
    ).toBeGreaterThanOrEqual(1);
  });

  it("S28: an invalid result is refused with 400 and the task keeps waiting; the token then works once (a second use answers 409)", async () => {
    const { task, token } = await waitingTask();
    expect(await post(task.id, token, "not json")).toMatchObject({
      status: 400,
      body: { type: "urn:article28:problem:connector:invalid_result", status: 400 },
    });
    expect((await post(task.id, token, { status: "done", surprise: true })).status).toBe(400);
    expect((await post(task.id, token, { status: "blocked" })).body.detail).toContain("ground");
    expect((await post(task.id, token, { status: "done", absent: true })).status).toBe(400);
    expect((await db.dsrTask.findUniqueOrThrow({ where: { id: task.id } })).status).toBe("WAITING");

    const accepted = await post(task.id, token, { status: "done", records: 2, fields: ["email"] });
    expect(accepted).toMatchObject({ status: 200, body: { status: "accepted", taskStatus: "done" } });
    const again = await post(task.id, token, { status: "not_found" });
    expect(again).toMatchObject({
      status: 409,
      body: { type: "urn:article28:problem:connector:already_final", status: 409 },
    });
    const stored = await db.dsrTask.findUniqueOrThrow({ where: { id: task.id } });
    expect(stored).toMatchObject({ status: "DONE", records: 2, callbackTokenHash: null });
    expect(await db.dsrTask.count({ where: { requestId: stored.requestId, action: "ABSENCE_CHECK" } })).toBe(
      1,
    );
  });

  it("S22: a 202 task whose callback arrives before the worker saw the 202 is still accepted", async () => {
    const system = await createWebhookSystem({ endpointUrl: fakeUrl });
    const request = await createTestRequest({
      organizationId,
      type: "OBJECTION",
      subject: { email: "early@example.test" },
      systemIds: [system.id],
    });
    const task = await db.dsrTask.findUniqueOrThrow({ where: { id: request.taskIds[0]! } });
    // The system posts its result while the POST is still in flight: answer 202 only after the callback.
    fakeAnswer = { status: 202, body: "" };
    const token = callbackTokenFor(task.idempotencyKey);
    const early = new Promise<number>((resolve) => {
      const server = fake;
      server.once("request", () =>
        setTimeout(() => void post(task.id, token, { status: "done" }).then((a) => resolve(a.status)), 0),
      );
    });
    await deliverTask(task.id, { retryCount: 0, retryLimit: 8 }, { clock });
    expect(await early).toBe(200);
    expect((await db.dsrTask.findUniqueOrThrow({ where: { id: task.id } })).status).toBe("DONE");
  });
});

describe("signatures and failed attempts", () => {
  let connector: DemoConnector;
  afterAll(async () => connector?.close());

  it("S28: a receiver that verifies signatures refuses a tampered body and a stale timestamp, and does nothing", async () => {
    connector = await startDemoConnector({ databaseUrl: process.env.DATABASE_URL! });
    const system = await createWebhookSystem({
      key: "product-database",
      endpointUrl: `${connector.url}/product-database/tasks`,
    });
    await seedDemoProduct(
      connector.pool,
      [{ systemKey: "product-database", secret: system.secret, asyncActions: [], callbackDelayMs: 0 }],
      new Date(),
    );
    const request = await createTestRequest({
      organizationId,
      type: "ERASURE",
      subject: { email: "anna@acme-customer.example" },
      systemIds: [system.id],
    });
    const task = await db.dsrTask.findUniqueOrThrow({
      where: { id: request.taskIds[0]! },
      include: { request: { include: { organization: true } } },
    });
    const body = JSON.stringify(taskMessageFor(task));
    const send = (payload: string, headers: Record<string, string>) =>
      fetch(`${connector.url}/product-database/tasks`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: payload,
      });
    const headers = signWebhook(system.secret, { id: task.idempotencyKey, body, now: new Date() });
    const tampered = body.replace("erase", "export");
    expect((await send(tampered, headers)).status).toBe(401);
    const stale = signWebhook(system.secret, {
      id: task.idempotencyKey,
      body,
      now: new Date(Date.now() - 3_600_000),
    });
    expect((await send(body, stale)).status).toBe(401);
    const { rows } = await connector.pool.query("SELECT count(*)::int AS n FROM demo_product.deliveries");
    expect(rows[0].n).toBe(0);
    expect((await send(body, headers)).status).toBe(200);
  });

  it("an answer that is not a result is a failed attempt (retried); after the last retry the task is FAILED and the request completes", async () => {
    const system = await createWebhookSystem({ endpointUrl: fakeUrl });
    const request = await createTestRequest({
      organizationId,
      type: "ACCESS",
      subject: { email: "broken@example.test" },
      systemIds: [system.id],
    });
    const taskId = request.taskIds[0]!;
    fakeAnswer = { status: 200, body: "<html>oops</html>" };
    seenIds.length = 0;
    await expect(deliverTask(taskId, { retryCount: 0, retryLimit: 2 }, { clock })).rejects.toBeInstanceOf(
      DeliveryAttemptFailed,
    );
    fakeAnswer = { status: 500, body: "" };
    await expect(deliverTask(taskId, { retryCount: 1, retryLimit: 2 }, { clock })).rejects.toBeInstanceOf(
      DeliveryAttemptFailed,
    );
    const pending = await db.dsrTask.findUniqueOrThrow({ where: { id: taskId } });
    expect(pending).toMatchObject({
      status: "PENDING",
      attempts: 2,
      lastError: "the system answered HTTP 500",
    });
    expect(await deliverTask(taskId, { retryCount: 2, retryLimit: 2 }, { clock })).toBe("failed_for_good");
    const failed = await db.dsrTask.findUniqueOrThrow({ where: { id: taskId } });
    expect(failed.status).toBe("FAILED");
    expect(failed.lastError).toContain("every retry was spent");
    expect(new Set(seenIds)).toEqual(new Set([failed.idempotencyKey]));
    expect(seenIds).toHaveLength(3);
    expect((await db.dataSubjectRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe(
      "COMPLETED",
    );
  });
});
