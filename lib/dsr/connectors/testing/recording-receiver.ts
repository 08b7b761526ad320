// A connected system for the kill test and the bench: one HTTP server playing several systems (one path and
// secret each), verifying every signature, executing each webhook-id once (a repeat gets the stored answer),
// answering at once or with 202 and a callback (retried), and recording every task id with every webhook-id
// it arrived under, so a test can tell whether a task was ever executed under two ids.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { verifyWebhook } from "../../../webhooks/standard-webhooks.ts";
import { concurrencyLimit } from "../concurrency-limit.ts";
import { taskMessage, type TaskResult } from "../protocol.ts";

export type ReceiverSystem = { path: string; secret: string; asynchronous: boolean };

export type RecordingReceiver = {
  url: string;
  /** task id → webhook-ids it arrived under. */
  seen: Map<string, Set<string>>;
  /** Deliveries received (including repeats) and executions (one per webhook-id). */
  counts: { received: number; executed: number; refused: number; callbacksSent: number };
  close(): Promise<void>;
};

function resultFor(action: string, email: string | undefined): TaskResult {
  if (action === "export")
    return {
      status: "done",
      records: 1,
      fields: ["email"],
      data: { tables: { users: [{ email: email ?? null }] } },
    };
  if (action === "absence_check") return { status: "done", absent: true, records: 0 };
  return { status: "done", records: 1, fields: ["email"] };
}

export async function startRecordingReceiver(options: {
  systems: readonly ReceiverSystem[];
  answerDelayMs?: number;
  /** Every answer waits for this first (a test decides when the systems answer). */
  answersHeldUntil?: Promise<void>;
  callbackDelayMs?: number;
}): Promise<RecordingReceiver> {
  const seen = new Map<string, Set<string>>();
  const results = new Map<string, TaskResult>();
  const counts = { received: 0, executed: 0, refused: 0, callbacksSent: 0 };
  const timers = new Set<NodeJS.Timeout>();
  // Like a real system's worker pool: at most 32 callbacks in flight, the rest wait their turn.
  const sending = concurrencyLimit(32);
  let closed = false;

  const callback = (url: string, token: string, result: TaskResult, attempt = 0) => {
    if (closed) return;
    const timer = setTimeout(
      async () => {
        timers.delete(timer);
        const status = await sending(() =>
          fetch(url, {
            method: "POST",
            headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
            body: JSON.stringify(result),
          }).then(
            async (r) => {
              await r.arrayBuffer().catch(() => undefined);
              return r.status;
            },
            () => 0,
          ),
        );
        counts.callbacksSent++;
        if ((status < 200 || status >= 300) && status !== 409 && attempt < 8)
          callback(url, token, result, attempt + 1);
      },
      attempt === 0 ? (options.callbackDelayMs ?? 50) : 250 * 2 ** attempt,
    );
    timers.add(timer);
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const system = options.systems.find((s) => req.url === s.path);
      counts.received++;
      const verified = system
        ? verifyWebhook(
            system.secret,
            { get: (n) => (req.headers[n] as string | undefined) ?? null },
            body,
            new Date(),
          )
        : null;
      const parsed = verified?.ok ? taskMessage.safeParse(JSON.parse(body)) : null;
      if (!system || !verified?.ok || !parsed?.success) {
        counts.refused++;
        res.writeHead(401).end();
        return;
      }
      const task = parsed.data;
      const ids = seen.get(task.taskId) ?? new Set<string>();
      ids.add(verified.id);
      seen.set(task.taskId, ids);
      let result = results.get(verified.id);
      const fresh = !result;
      if (!result) {
        result = resultFor(task.action, task.subject.email);
        results.set(verified.id, result);
        counts.executed++;
      }
      const answer = () => {
        if (system.asynchronous) {
          if (fresh) callback(task.callback.url, task.callback.token, result);
          res.writeHead(202, { "content-type": "application/json" }).end('{"status":"accepted"}');
        } else res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(result));
      };
      const answerSoon = () => (options.answerDelayMs ? setTimeout(answer, options.answerDelayMs) : answer());
      if (options.answersHeldUntil) void options.answersHeldUntil.then(answerSoon);
      else answerSoon();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    counts,
    async close() {
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
