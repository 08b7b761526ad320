// Connector configuration on /admin/systems (issue 12; SECURITY.md S11, S28, S17): ADMIN staff set a system's
// connector; other staff are refused; the endpoint must pass the SSRF rules; the signing secret is generated,
// returned once, stored sealed (never in clear, never in the audit log) and replaceable; "Send test" delivers
// a signed ping that the reference connector verifies and answers.
import { afterAll, describe, expect, it } from "vitest";
import { startDemoConnector, type DemoConnector } from "../../../connectors/demo-product/src/connector.ts";
import { seedDemoProduct } from "../../../connectors/demo-product/src/demo-data.ts";
import { createUser } from "../../../prisma/factories.ts";
import { db } from "../../db/client.ts";
import { stopBoss } from "../../jobs/boss.ts";
import { contextFor } from "../../testing/context.ts";
import {
  configureConnector,
  connectorInput,
  getSystemConnector,
  rotateSigningSecret,
  sendTestPing,
} from "./configure.ts";
import { openSigningSecret } from "./signing-secret.ts";

let connector: DemoConnector | undefined;
afterAll(async () => {
  await connector?.close();
  await stopBoss();
});

async function staff(role: "ADMIN" | "SECURITY" | "PRIVACY" | "CONTENT" | "SUPPORT") {
  return contextFor(await createUser({ staffRoles: [role] }));
}

describe("connector configuration", () => {
  it("S11: only ADMIN staff (systems.manage) read, change and test a connector", async () => {
    const system = await db.dataSystem.create({ data: { key: "cfg-refused", name: "Refused" } });
    for (const role of ["SECURITY", "PRIVACY", "CONTENT", "SUPPORT"] as const) {
      const ctx = await staff(role);
      await expect(getSystemConnector(ctx, system.id)).rejects.toMatchObject({ code: "forbidden" });
      await expect(
        configureConnector(
          ctx,
          connectorInput.parse({ id: system.id, connector: "WEBHOOK", endpointUrl: "https://x.example/t" }),
        ),
      ).rejects.toMatchObject({ code: "forbidden" });
      await expect(rotateSigningSecret(ctx, system.id)).rejects.toMatchObject({ code: "forbidden" });
      await expect(sendTestPing(ctx, system.id)).rejects.toMatchObject({ code: "forbidden" });
    }
    expect(await db.dataSystem.findUniqueOrThrow({ where: { id: system.id } })).toMatchObject({
      connector: "MANUAL",
      signingSecretSealed: null,
    });
    expect(await db.auditEvent.count({ where: { action: { startsWith: "dsr.connector." } } })).toBe(0);
    await expect(getSystemConnector(await staff("ADMIN"), "nosuchsystem")).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("SSRF: a webhook endpoint must be https (loopback http only outside production), without credentials", () => {
    const parse = (endpointUrl: string) =>
      connectorInput.safeParse({ id: "abc", connector: "WEBHOOK", endpointUrl });
    expect(parse("https://product.example/dsr").success).toBe(true);
    expect(parse("http://127.0.0.1:3100/product-database/tasks").success).toBe(true);
    expect(parse("http://product.example/dsr").success).toBe(false);
    expect(parse("https://u:p@product.example/dsr").success).toBe(false);
    expect(parse("").success).toBe(false);
    expect(connectorInput.safeParse({ id: "abc", connector: "MANUAL" }).success).toBe(true);
  });

  it("S28: the secret is shown once, sealed at rest, kept out of the audit log; a signed ping reaches the reference connector", async () => {
    connector = await startDemoConnector({ databaseUrl: process.env.DATABASE_URL! });
    const admin = await staff("ADMIN");
    const system = await db.dataSystem.create({
      data: { key: "product-database", name: "Product database" },
    });
    const saved = await configureConnector(
      admin,
      connectorInput.parse({
        id: system.id,
        connector: "WEBHOOK",
        endpointUrl: `${connector.url}/product-database/tasks`,
      }),
    );
    expect(saved.changed).toEqual(["connector", "endpointUrl"]);
    await expect(sendTestPing(admin, system.id)).rejects.toMatchObject({ code: "conflict" });

    const { secret, first } = await rotateSigningSecret(admin, system.id);
    expect(first).toBe(true);
    const stored = await db.dataSystem.findUniqueOrThrow({ where: { id: system.id } });
    expect(stored.signingSecretSealed).not.toContain(secret.slice(6));
    expect(openSigningSecret(system.id, stored.signingSecretSealed)).toBe(secret);
    expect((await getSystemConnector(admin, system.id)).hasSecret).toBe(true);

    // The system does not know the secret yet: its verification fails.
    await seedDemoProduct(
      connector.pool,
      [
        {
          systemKey: "product-database",
          secret: "whsec_" + Buffer.alloc(32, 7).toString("base64"),
          asyncActions: [],
          callbackDelayMs: 0,
        },
      ],
      new Date(),
    );
    const refused = await sendTestPing(admin, system.id);
    expect(refused).toMatchObject({ ok: false, status: 401 });
    await seedDemoProduct(
      connector.pool,
      [{ systemKey: "product-database", secret, asyncActions: [], callbackDelayMs: 0 }],
      new Date(),
    );
    const ping = await sendTestPing(admin, system.id);
    expect(ping).toMatchObject({ ok: true, status: 200, error: null });
    expect(ping.answer).toContain('"status":"ok"');

    const audit = await db.auditEvent.findMany({ where: { action: { startsWith: "dsr.connector." } } });
    expect(audit.map((e) => e.action).sort()).toEqual([
      "dsr.connector.configured",
      "dsr.connector.secret_rotated",
      "dsr.connector.tested",
      "dsr.connector.tested",
    ]);
    expect(JSON.stringify(audit)).not.toContain(secret.slice(6));

    const replaced = await rotateSigningSecret(admin, system.id);
    expect(replaced.first).toBe(false);
    expect(replaced.secret).not.toBe(secret);
  });
});
