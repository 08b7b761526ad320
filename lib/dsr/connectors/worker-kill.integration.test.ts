// At-least-once delivery through pg-boss with a real worker process (SECURITY.md S22; issue 12): 40 access
// requests fanned out to three systems (one answers with 202 and a callback), a worker killed with SIGKILL in
// the middle of the batch and replaced: every task still completes, every request settles, and no receiver
// ever saw one task under two different webhook-ids.
import { afterAll, expect, it } from "vitest";
import { db } from "../../db/client.ts";
import { freePort } from "../../db/embedded-postgres.ts";
import { stopBoss } from "../../jobs/boss.ts";
import { waitFor } from "../../testing/wait-for.ts";
import { startWorkerProcess, type WorkerProcess } from "../../testing/worker-process.ts";
import { newWebhookSecret } from "../../webhooks/standard-webhooks.ts";
import { startCallbackServer, type CallbackServer } from "./testing/callback-server.ts";
import { expectEveryTaskDoneOnce } from "./testing/done-once.ts";
import { seedAccessRequestsToSystems } from "./testing/factory.ts";
import { startRecordingReceiver, type RecordingReceiver } from "./testing/recording-receiver.ts";

const callbackPort = await freePort();
process.env.APP_URL = `http://127.0.0.1:${callbackPort}`;
const REQUESTS = 40;

const workers: WorkerProcess[] = [];
let receiver: RecordingReceiver | undefined;
let callbacks: CallbackServer | undefined;

afterAll(async () => {
  await Promise.all(workers.map((w) => w.killHard()));
  await receiver?.close();
  await callbacks?.close();
  await stopBoss();
});

it(
  "S22: a worker killed with SIGKILL mid-batch loses no task and no task is executed under two webhook-ids",
  { timeout: 240_000 },
  async () => {
    callbacks = await startCallbackServer(callbackPort);
    const systems = ["/a", "/b", "/c"].map((path, i) => ({
      path,
      secret: newWebhookSecret(),
      asynchronous: i === 2,
    }));
    receiver = await startRecordingReceiver({ systems, answerDelayMs: 150, callbackDelayMs: 100 });
    const { total } = await seedAccessRequestsToSystems({
      receiverUrl: receiver.url,
      systems,
      requests: REQUESTS,
    });
    const env = {
      DATABASE_URL: process.env.DATABASE_URL!,
      APP_URL: process.env.APP_URL!,
      NODE_ENV: "development",
    };
    const first = startWorkerProcess(env);
    workers.push(first);
    await waitFor(() => receiver!.counts.executed >= total / 3, {
      timeoutMs: 60_000,
      intervalMs: 20,
      description: "a third of the tasks received",
    }).catch((error: Error) => {
      throw new Error(`${error.message}\n${first.output()}`);
    });
    await first.killHard();
    const executedAtKill = receiver.counts.executed;
    expect(executedAtKill).toBeLessThan(total);

    const second = startWorkerProcess(env);
    workers.push(second);
    await waitFor(
      async () => (await db.dataSubjectRequest.count({ where: { status: "COMPLETED" } })) === REQUESTS,
      { timeoutMs: 180_000, intervalMs: 500, description: "every request COMPLETED" },
    ).catch((error: Error) => {
      throw new Error(`${error.message}\n${second.output()}`);
    });
    await expectEveryTaskDoneOnce(receiver, total, REQUESTS);
  },
);
