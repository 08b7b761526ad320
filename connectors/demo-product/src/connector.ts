// The reference connector's HTTP service: POST /<system-key>/tasks receives a signed task (Standard
// Webhooks, verified with lib/webhooks/standard-webhooks.ts against that endpoint's secret), performs it once
// per webhook-id (a repeated delivery gets the stored answer, never a second execution), and answers 200
// with the result (a retention purge, src/purge-expired.ts, too) — or, for the actions configured as asynchronous for that endpoint, 202 and the result
// later at the task's callback URL. GET /health answers 200.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { organizationDeletionMessage } from "../../../lib/account-closure/protocol.ts";
import { pingMessage, taskMessage } from "../../../lib/dsr/connectors/protocol.ts";
import { purgeExpiredMessage } from "../../../lib/retention/systems/protocol.ts";
import { verifyWebhook } from "../../../lib/webhooks/standard-webhooks.ts";
import { performAction } from "./actions.ts";
import { deleteOrganization } from "./delete-organization.ts";
import { purgeExpired } from "./purge-expired.ts";
import { CallbackSender } from "./callbacks.ts";
import { ensureSchema, SCHEMA } from "./schema.ts";
import { SYSTEMS } from "./systems.ts";

const MAX_BODY_BYTES = 1024 * 1024;

export type DemoConnectorOptions = {
  databaseUrl: string;
  port?: number;
  host?: string;
  /** The connector's clock (signature timestamps, retention holds); the real one by default. */
  now?: () => Date;
};

export type DemoConnector = { url: string; pool: pg.Pool; close(): Promise<void> };

type Endpoint = { secret: string; asyncActions: string[]; callbackDelayMs: number };

function send(response: ServerResponse, status: number, body?: unknown) {
  const text = body === undefined ? "" : JSON.stringify(body);
  response.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
  });
  response.end(text);
}

function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

export async function startDemoConnector(options: DemoConnectorOptions): Promise<DemoConnector> {
  const now = options.now ?? (() => new Date());
  const pool = new pg.Pool({
    connectionString: options.databaseUrl,
    max: 8,
    application_name: "demo-product",
  });
  await ensureSchema(pool);
  const callbacks = new CallbackSender(pool);

  async function endpoint(systemKey: string): Promise<Endpoint | null> {
    const { rows } = await pool.query<{ secret: string; async_actions: string[]; callback_delay_ms: number }>(
      `SELECT secret, async_actions, callback_delay_ms FROM ${SCHEMA}.endpoints WHERE system_key = $1`,
      [systemKey],
    );
    const row = rows[0];
    return row
      ? { secret: row.secret, asyncActions: row.async_actions, callbackDelayMs: row.callback_delay_ms }
      : null;
  }

  async function handleTask(systemKey: string, request: IncomingMessage, response: ServerResponse) {
    const system = SYSTEMS[systemKey];
    const config = system ? await endpoint(systemKey) : null;
    if (!system || !config) return send(response, 404, { error: "unknown system" });
    const body = await readBody(request);
    if (body === null) return send(response, 413, { error: "body too large" });
    const verified = verifyWebhook(
      config.secret,
      { get: (name) => (request.headers[name.toLowerCase()] as string | undefined) ?? null },
      body,
      now(),
    );
    if (!verified.ok) return send(response, 401, { error: verified.reason });
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      return send(response, 400, { error: "not JSON" });
    }
    if (pingMessage.safeParse(json).success) return send(response, 200, { status: "ok", system: systemKey });
    // An account closure: delete everything of the organisation (answered at once; no callback).
    const deletion = organizationDeletionMessage.safeParse(json);
    if (deletion.success)
      return answerTask(
        systemKey,
        verified.id,
        { taskId: deletion.data.taskId, action: deletion.data.action, callback: null },
        (client) => deleteOrganization(client, SYSTEMS[systemKey]!, deletion.data.organization.slug, now()),
        { asynchronous: false, callbackDelayMs: 0 },
        response,
      );
    // A retention purge (or its count): answered at once, stored under the webhook-id like every task.
    const purge = purgeExpiredMessage.safeParse(json);
    if (purge.success)
      return answerTask(
        systemKey,
        verified.id,
        { taskId: verified.id, action: purge.data.action, callback: null },
        (client) => purgeExpired(client, SYSTEMS[systemKey]!, purge.data, now()),
        { asynchronous: false, callbackDelayMs: 0 },
        response,
      );
    const parsed = taskMessage.safeParse(json);
    if (!parsed.success) return send(response, 400, { error: "not a task of protocol version 1" });
    const task = parsed.data;
    return answerTask(
      systemKey,
      verified.id,
      task,
      (client) => performAction(client, SYSTEMS[systemKey]!, task, now()),
      { asynchronous: config.asyncActions.includes(task.action), callbackDelayMs: config.callbackDelayMs },
      response,
    );
  }

  async function answerTask(
    systemKey: string,
    webhookId: string,
    task: { taskId: string; action: string; callback: { url: string; token: string } | null },
    perform: (client: pg.PoolClient) => Promise<unknown>,
    mode: { asynchronous: boolean; callbackDelayMs: number },
    response: ServerResponse,
  ) {
    const { asynchronous, callbackDelayMs } = mode;
    const client = await pool.connect();
    let fresh = false;
    let stored: {
      result: unknown;
      asynchronous: boolean;
      callback_done: boolean;
      callback_url: string | null;
      callback_token: string | null;
    };
    try {
      await client.query("BEGIN");
      // One execution per webhook-id: the first delivery performs the action, a repeat waits for it and reads it.
      await client.query("SELECT pg_advisory_xact_lock(hashtext($1))", [webhookId]);
      const existing = await client.query(
        `UPDATE ${SCHEMA}.deliveries SET received = received + 1, last_at = now() WHERE webhook_id = $1
         RETURNING result, asynchronous, callback_done, callback_url, callback_token`,
        [webhookId],
      );
      if (existing.rows[0]) {
        stored = existing.rows[0];
      } else {
        const result = await perform(client);
        await client.query(
          `INSERT INTO ${SCHEMA}.deliveries (webhook_id, system_key, task_id, action, result, asynchronous, callback_url, callback_token)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [
            webhookId,
            systemKey,
            task.taskId,
            task.action,
            JSON.stringify(result),
            asynchronous,
            task.callback?.url ?? null,
            task.callback?.token ?? null,
          ],
        );
        stored = {
          result,
          asynchronous,
          callback_done: false,
          callback_url: task.callback?.url ?? null,
          callback_token: task.callback?.token ?? null,
        };
        fresh = true;
      }
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
    if (fresh && stored.asynchronous && task.callback)
      callbacks.schedule(
        { webhookId, url: task.callback.url, token: task.callback.token, result: stored.result },
        callbackDelayMs,
      );
    if (stored.asynchronous && !stored.callback_done) return send(response, 202, { status: "accepted" });
    return send(response, 200, stored.result);
  }

  const server: Server = createServer((request, response) => {
    const path = (request.url ?? "/").split("?")[0]!;
    const match = /^\/([a-z0-9-]+)\/tasks$/.exec(path);
    const handled =
      request.method === "GET" && path === "/health"
        ? Promise.resolve(send(response, 200, { status: "ok" }))
        : request.method === "POST" && match
          ? handleTask(match[1]!, request, response)
          : Promise.resolve(send(response, 404, { error: "not found" }));
    handled.catch((error) => {
      console.error("[demo-product]", error);
      if (!response.headersSent) send(response, 500, { error: "internal error" });
    });
  });
  await new Promise<void>((resolve) =>
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", resolve),
  );
  await callbacks.resume();
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    pool,
    async close() {
      callbacks.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await pool.end();
    },
  };
}
