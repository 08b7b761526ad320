// The connector path end to end over real HTTP on loopback (issue 12; GDPR.md A9, A11, A14, A17; SECURITY.md
// S22, S28): tasks signed and POSTed to the reference connector (connectors/demo-product), answered at once
// (Product database) or with 202 and a callback (Analytics events) through the callback handler, the request
// settled, the package built, the erasure followed by an absence check, a retention hold answered "blocked".
import { unzipSync, strFromU8 } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDemoConnector, type DemoConnector } from "../../../connectors/demo-product/src/connector.ts";
import { DEMO_HOLD, seedDemoProduct } from "../../../connectors/demo-product/src/demo-data.ts";
import { createOrganization, createUser } from "../../../prisma/factories.ts";
import { sha256Hex } from "../../crypto/sha256.ts";
import { db } from "../../db/client.ts";
import { freePort } from "../../db/embedded-postgres.ts";
import { contextFor } from "../../testing/context.ts";
import { waitFor } from "../../testing/wait-for.ts";
import { downloadPackage } from "../results/download-package.ts";
import { deliverPending } from "./testing/deliver-pending.ts";
import { startCallbackServer, type CallbackServer } from "./testing/callback-server.ts";
import { createTestRequest, createWebhookSystem } from "./testing/factory.ts";

const callbackPort = await freePort();
process.env.APP_URL = `http://127.0.0.1:${callbackPort}`;

let connector: DemoConnector;
let callbacks: CallbackServer;
let organizationId: string;
let systems: { product: string; analytics: string };

beforeAll(async () => {
  callbacks = await startCallbackServer(callbackPort);
  connector = await startDemoConnector({ databaseUrl: process.env.DATABASE_URL! });
  const org = await createOrganization({ slug: "acme", name: "Acme Retail AG" });
  organizationId = org.id;
  const product = await createWebhookSystem({
    key: "product-database",
    name: "Product database",
    endpointUrl: `${connector.url}/product-database/tasks`,
    organizationIds: [org.id],
  });
  const analytics = await createWebhookSystem({
    key: "analytics-events",
    name: "Analytics events",
    endpointUrl: `${connector.url}/analytics-events/tasks`,
    organizationIds: [org.id],
  });
  systems = { product: product.id, analytics: analytics.id };
  await seedDemoProduct(
    connector.pool,
    [
      { systemKey: "product-database", secret: product.secret, asyncActions: [], callbackDelayMs: 0 },
      {
        systemKey: "analytics-events",
        secret: analytics.secret,
        asyncActions: ["export", "erase", "absence_check"],
        callbackDelayMs: 50,
      },
    ],
    new Date(),
  );
});

afterAll(async () => {
  await connector?.close();
  await callbacks?.close();
});

async function settled(requestId: string) {
  return waitFor(
    async () => {
      const request = await db.dataSubjectRequest.findUniqueOrThrow({
        where: { id: requestId },
        select: { status: true },
      });
      return request.status === "COMPLETED" ? request : null;
    },
    { timeoutMs: 15_000, description: "the request COMPLETED" },
  );
}

async function subjectRows(email: string): Promise<number> {
  const { rows } = await connector.pool.query<{ n: number }>(
    `SELECT (SELECT count(*) FROM demo_product.accounts WHERE email = $1)
          + (SELECT count(*) FROM demo_product.orders WHERE email = $1)
          + (SELECT count(*) FROM demo_product.events WHERE email = $1) AS n`,
    [email],
  );
  return Number(rows[0]!.n);
}

describe("the connector path against the reference connector", () => {
  it("A9: an access request is exported by both systems (one synchronously, one by callback) and packaged with matching hashes", async () => {
    const request = await createTestRequest({
      organizationId,
      type: "ACCESS",
      subject: { email: "anna@acme-customer.example" },
      systemIds: [systems.product, systems.analytics],
    });
    const outcomes = await deliverPending();
    expect(outcomes.sort()).toEqual(["finished", "waiting"]);
    await settled(request.id);
    const tasks = await db.dsrTask.findMany({ where: { requestId: request.id }, orderBy: { action: "asc" } });
    expect(tasks.map((t) => t.status)).toEqual(["DONE", "DONE"]);
    expect(tasks.every((t) => t.exportSealed !== null && t.callbackTokenHash === null)).toBe(true);

    const owner = await createUser({ memberships: [{ organizationId, role: "PRIVACY_OFFICER" }] });
    const ctx = await contextFor(owner);
    const file = await downloadPackage(ctx, "acme", request.id);
    const entries = unzipSync(file.bytes);
    const manifest = JSON.parse(strFromU8(entries["manifest.json"]!)) as {
      files: { path: string; sha256: string; bytes: number; rows?: number }[];
    };
    expect(manifest.files.map((f) => f.path).sort()).toEqual([
      "README.md",
      "analytics-events/events.csv",
      "data.json",
      "product-database/accounts.csv",
      "product-database/orders.csv",
    ]);
    for (const entry of manifest.files) {
      expect(sha256Hex(entries[entry.path]!)).toBe(entry.sha256);
      expect(entries[entry.path]!.byteLength).toBe(entry.bytes);
    }
    const data = strFromU8(entries["data.json"]!);
    expect(data).toContain("Anna Berger");
    expect(data).not.toContain("ben@acme-customer.example");
    expect(manifest.files.find((f) => f.path === "product-database/orders.csv")?.rows).toBe(2);
    const csv = entries["product-database/accounts.csv"]!;
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(strFromU8(csv).startsWith("external_id,email,name")).toBe(true);
    expect(await db.dsrPackageDownload.count()).toBe(1);
    const audit = await db.auditEvent.findMany({ where: { action: "dsr.package.downloaded" } });
    expect(audit.map((e) => e.chain).sort()).toEqual(["org:" + organizationId, "provider"].sort());
  });

  it("A11/A17: an erasure removes the subject, then an absence check in each system confirms it", async () => {
    const email = "carla@acme-customer.example";
    expect(await subjectRows(email)).toBeGreaterThan(0);
    const request = await createTestRequest({
      organizationId,
      type: "ERASURE",
      subject: { email },
      systemIds: [systems.product, systems.analytics],
    });
    await deliverPending();
    await waitFor(
      async () =>
        (await db.dsrTask.count({ where: { requestId: request.id, action: "ABSENCE_CHECK" } })) === 2,
      { description: "two absence checks" },
    );
    await deliverPending();
    await settled(request.id);
    expect(await subjectRows(email)).toBe(0);
    const tasks = await db.dsrTask.findMany({
      where: { requestId: request.id },
      select: { action: true, status: true, records: true, absent: true, recipients: true },
    });
    expect(tasks.filter((t) => t.action === "ERASE").every((t) => t.status === "DONE")).toBe(true);
    expect(tasks.filter((t) => t.action === "ABSENCE_CHECK").map((t) => t.absent)).toEqual([true, true]);
    const product = tasks.find((t) => t.action === "ERASE" && t.records === 3);
    expect(product?.recipients).toEqual([
      expect.objectContaining({ name: "Postmark (transactional email)", status: "done" }),
    ]);
    const stored = await db.dataSubjectRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(stored.subjectSealed).toBeNull();
  });

  it("A11: a retention hold answers blocked with its ground and date; nothing else is kept", async () => {
    const request = await createTestRequest({
      organizationId,
      type: "ERASURE",
      subject: { email: DEMO_HOLD.email },
      systemIds: [systems.product, systems.analytics],
    });
    await deliverPending();
    await waitFor(
      async () =>
        (await db.dsrTask.count({ where: { requestId: request.id, action: "ABSENCE_CHECK" } })) === 1,
      { description: "the analytics absence check" },
    );
    await deliverPending();
    await settled(request.id);
    const blocked = await db.dsrTask.findFirstOrThrow({
      where: { requestId: request.id, dataSystemId: systems.product, action: "ERASE" },
    });
    expect(blocked).toMatchObject({ status: "BLOCKED", ground: DEMO_HOLD.ground, records: 1 });
    expect(blocked.blockedUntil?.toISOString()).toBe("2036-12-31T00:00:00.000Z");
    expect(
      await db.dsrTask.count({
        where: { requestId: request.id, dataSystemId: systems.product, action: "ABSENCE_CHECK" },
      }),
    ).toBe(0);
  });

  it("S22: a repeated delivery of a final task changes nothing, and every attempt carries the same webhook-id", async () => {
    const request = await createTestRequest({
      organizationId,
      type: "RESTRICTION",
      subject: { email: "anna@acme-customer.example" },
      details: { scope: "marketing" },
      systemIds: [systems.product],
    });
    const [taskId] = request.taskIds;
    await deliverPending();
    const first = await db.dsrTask.findUniqueOrThrow({ where: { id: taskId } });
    expect(first.status).toBe("DONE");
    // A second attempt of the same job: the task is final, nothing is sent or changed.
    const { deliverTask } = await import("./deliver.ts");
    expect(
      await deliverTask(taskId!, { retryCount: 1, retryLimit: 8 }, { clock: { now: () => new Date() } }),
    ).toBe("already_final");
    const again = await db.dsrTask.findUniqueOrThrow({ where: { id: taskId } });
    expect(again.updatedAt).toEqual(first.updatedAt);
    const { rows } = await connector.pool.query(
      "SELECT webhook_id FROM demo_product.deliveries WHERE task_id = $1",
      [taskId],
    );
    expect(rows).toEqual([{ webhook_id: first.idempotencyKey }]);
  });
});
