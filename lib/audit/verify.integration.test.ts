// The audit hash chain is verifiable and tampering is detected and located (GDPR.md H1, SECURITY.md S18),
// by verifyChain and by the `npm run audit:verify` CLI (scripts/audit-verify.ts).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { createOrganization } from "../../prisma/factories.ts";
import { db } from "../db/client.ts";
import { PrismaClient } from "../generated/prisma/client.ts";
import { tamperWithAuditLog } from "../testing/audit-tamper.ts";
import { fixedClock } from "../time/clock.ts";
import { verifyChainFromCheckpoint } from "./checkpoint.ts";
import { signChainHeads } from "./chain-head.ts";
import { eventHash } from "./hash.ts";
import { pruneAuditChains } from "./prune.ts";
import { recordAudit, SYSTEM_ACTOR, type AuditInput } from "./record.ts";
import { verifyAllChains, verifyChain } from "./verify.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
/** The migrated template every integration database is cloned from (vitest.integration.global.ts). */
const TEMPLATE_DB = "article28_template";

const request = { ip: "203.0.113.7", userAgent: "Mozilla/5.0 (test)", requestId: "req-1" };

function event(i: number, organizationId: string | null): AuditInput {
  return {
    organizationId,
    actor: { userId: null, label: `person${i}@example.test` },
    action: "provider.settings.updated",
    target: { type: "Thing", id: `thing-${i}` },
    request: { ...request, requestId: `req-${i}` },
    // Varied metadata, so the jsonb round trip (key order, unicode, numbers, nesting) is exercised.
    metadata: {
      changes: {
        i,
        z: "last",
        a: "first",
        unicode: "Zoë 🔐 日本",
        nested: { list: [1, 2.5, true, null], at: new Date(Date.UTC(2026, 10, 23, 10, i)) },
      },
    },
  };
}

/** Appends `count` events to an organisation's chain (its own chain per test) and returns them by seq. */
async function chainOf(count: number) {
  const org = await createOrganization();
  const clock = fixedClock("2026-11-23T10:00:00.123Z");
  for (let i = 1; i <= count; i++) {
    await recordAudit(event(i, org.id), { clock });
    clock.advance(1_001);
  }
  const chain = `org:${org.id}`;
  const events = await db.auditEvent.findMany({ where: { chain }, orderBy: { seq: "asc" } });
  expect(events.map((e) => e.seq)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
  return { chain, events };
}

function at<T>(list: T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`no item at ${index}`);
  return item;
}

function runAuditVerify(
  databaseUrl: string,
  args: string[] = [],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "scripts/audit-verify.ts", ...args],
      {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: databaseUrl },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.once("error", reject);
    child.once("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("audit chain verification (H1, S18)", () => {
  it("verifies an untouched chain of several events, per chain and across all chains (H1, S18)", async () => {
    const { chain } = await chainOf(6);
    for (let i = 1; i <= 3; i++)
      await recordAudit({
        actor: SYSTEM_ACTOR,
        action: "auth.session.revoked_others",
        metadata: { count: i },
      });

    expect(await verifyChain(chain)).toEqual({ chain, ok: true, events: 6 });
    expect(await verifyChain("provider")).toEqual({ chain: "provider", ok: true, events: 3 });
    const reports = await verifyAllChains();
    expect(reports.find((r) => r.chain === chain)).toEqual({ chain, ok: true, events: 6 });
    expect(reports.find((r) => r.chain === "provider")).toEqual({ chain: "provider", ok: true, events: 3 });
  });

  it("verifies events whose text needs JSON escaping and whose times have milliseconds (H1, S18)", async () => {
    // Verification reads the chained columns through pg and the time as text, and quotes plain strings by
    // hand: every escape JSON.stringify makes must give the hash the event was recorded with.
    const org = await createOrganization();
    const clock = fixedClock("2026-11-23T23:59:59.999Z");
    const tricky = [
      'quote " and \\ backslash',
      "tab\tline\nfeed\r\u0001\u001f",
      "\u2028\u2029 Zoë 🔐",
      "",
      "=",
    ];
    for (const [i, text] of tricky.entries()) {
      await recordAudit(
        {
          organizationId: org.id,
          actor: { userId: null, label: text || "empty" },
          action: "provider.settings.updated",
          target: { type: text || "Thing", id: text },
          request: { ip: "2001:db8::1", userAgent: text, requestId: `req-${i}` },
          metadata: { changes: { [text]: text, n: [0.1, 1e21, -0, 123456789012], z: { b: text, a: null } } },
        },
        { clock },
      );
      clock.advance(1);
    }
    const chain = `org:${org.id}`;
    expect(await verifyChain(chain)).toEqual({ chain, ok: true, events: tricky.length });
  });

  it("names the event and seq whose action was edited by the table owner (H1, S18)", async () => {
    const { chain, events } = await chainOf(5);
    const { chain: untouched } = await chainOf(3);
    const victim = at(events, 2);
    expect(
      await tamperWithAuditLog(
        process.env.DATABASE_URL!,
        `UPDATE "AuditEvent" SET action = 'test.harmless' WHERE id = $1`,
        [victim.id],
      ),
    ).toBe(1);

    const report = await verifyChain(chain);
    expect(report).toMatchObject({ chain, ok: false, events: 2, brokenEventId: victim.id, brokenSeq: 3 });
    expect(report.ok === false && report.reason).toMatch(/altered/);
    // Other chains are unaffected, and verifyAllChains names the broken one.
    expect(await verifyChain(untouched)).toEqual({ chain: untouched, ok: true, events: 3 });
    const broken = (await verifyAllChains()).filter((r) => !r.ok);
    expect(broken).toEqual([expect.objectContaining({ chain, brokenEventId: victim.id, brokenSeq: 3 })]);
  });

  it.each([
    [
      "the metadata",
      `UPDATE "AuditEvent" SET metadata = jsonb_set(metadata, '{changes,a}', '"forged"') WHERE id = $1`,
    ],
    ["the actor", `UPDATE "AuditEvent" SET "actorLabel" = 'someone-else@example.test' WHERE id = $1`],
    [
      "the time",
      `UPDATE "AuditEvent" SET "createdAt" = "createdAt" + interval '1 millisecond' WHERE id = $1`,
    ],
    ["the ip", `UPDATE "AuditEvent" SET ip = '198.51.100.1' WHERE id = $1`],
  ])("detects an edit of %s and names the event (H1, S18)", async (_what, sql) => {
    const { chain, events } = await chainOf(4);
    const victim = at(events, 1);
    expect(await tamperWithAuditLog(process.env.DATABASE_URL!, sql, [victim.id])).toBe(1);
    expect(await verifyChain(chain)).toMatchObject({ ok: false, brokenEventId: victim.id, brokenSeq: 2 });
  });

  it("detects an edit whose own hash was recomputed, at the next event (H1, S18)", async () => {
    const { chain, events } = await chainOf(4);
    const victim = at(events, 1);
    // A forger rewrites the row and its hash; the next event's prevHash still holds the original.
    const forged = { ...victim, action: "test.forged" };
    await tamperWithAuditLog(
      process.env.DATABASE_URL!,
      `UPDATE "AuditEvent" SET action = $2, hash = $3 WHERE id = $1`,
      [victim.id, forged.action, eventHash(forged)],
    );
    const report = await verifyChain(chain);
    expect(report).toMatchObject({ ok: false, brokenEventId: at(events, 2).id, brokenSeq: 3, events: 2 });
    expect(report.ok === false && report.reason).toMatch(/prevHash/);
  });

  it("detects a deleted middle event as a sequence gap, naming the event after it (H1, S18)", async () => {
    const { chain, events } = await chainOf(5);
    expect(
      await tamperWithAuditLog(process.env.DATABASE_URL!, `DELETE FROM "AuditEvent" WHERE id = $1`, [
        at(events, 2).id,
      ]),
    ).toBe(1);

    const report = await verifyChain(chain);
    expect(report).toMatchObject({
      chain,
      ok: false,
      events: 2,
      brokenEventId: at(events, 3).id,
      brokenSeq: 4,
    });
    expect(report.ok === false && report.reason).toMatch(/sequence gap: expected 3, found 4/);
  });

  it("detects a deleted first event (H1, S18)", async () => {
    const { chain, events } = await chainOf(3);
    await tamperWithAuditLog(process.env.DATABASE_URL!, `DELETE FROM "AuditEvent" WHERE id = $1`, [
      at(events, 0).id,
    ]);
    expect(await verifyChain(chain)).toMatchObject({
      ok: false,
      brokenEventId: at(events, 1).id,
      brokenSeq: 2,
    });
  });

  // A hash chain alone cannot notice its newest events being removed: nothing later refers to them. The
  // signed chain head (ADR 0025), written on a schedule, names the newest event at its time.
  it("detects deletion of the newest events of a chain after its head was signed (H1, S18)", async () => {
    const { chain, events } = await chainOf(5);
    expect((await signChainHeads()).signed).toBeGreaterThanOrEqual(1);
    expect(await verifyChain(chain)).toEqual({ chain, ok: true, events: 5 });
    expect(
      await tamperWithAuditLog(process.env.DATABASE_URL!, `DELETE FROM "AuditEvent" WHERE id = ANY($1)`, [
        [at(events, 3).id, at(events, 4).id],
      ]),
    ).toBe(2);

    const report = await verifyChain(chain);
    expect(report).toMatchObject({ chain, ok: false, events: 3, brokenSeq: 5, brokenEventId: null });
    expect(report.ok === false && report.reason).toMatch(
      /names event #5, but the chain ends at #3: its newest events were deleted/,
    );
    // The background and on-demand verification (from the checkpoints) notice it too.
    expect(await verifyChainFromCheckpoint(chain, "new")).toMatchObject({ ok: false, brokenSeq: 5 });
    // A head only ever names the newest event it saw: appending more events keeps the chain verifiable.
    const { chain: growing } = await chainOf(2);
    await signChainHeads();
    await recordAudit(event(3, growing.slice(4)));
    expect(await verifyChain(growing)).toEqual({ chain: growing, ok: true, events: 3 });
  });

  it("npm run audit:verify passes after a checkpointed prune and fails after the newest events are deleted by the owner (H1, S18)", async () => {
    const org = await createOrganization();
    const chain = `org:${org.id}`;
    const clock = fixedClock(new Date(Date.now() - 500 * 86_400_000));
    for (let i = 1; i <= 6; i++) {
      if (i === 5) clock.set(new Date(Date.now() - 86_400_000));
      await recordAudit(event(i, org.id), { clock });
      clock.advance(1_000);
    }
    const run = await pruneAuditChains(fixedClock(new Date()));
    expect(run.chains.find((c) => c.chain === chain)).toMatchObject({ outcome: "pruned", throughSeq: 4 });
    await signChainHeads();

    // As the application's role, the way `npm run audit:verify` connects.
    const pruned = await runAuditVerify(process.env.DATABASE_URL!, [chain]);
    expect(pruned.code, pruned.stderr).toBe(0);
    expect(pruned.stdout).toContain(`ok      ${chain}: 3 events verified after the signed checkpoint at #4`);

    // The owner (who can switch the triggers off) deletes the newest two events.
    await tamperWithAuditLog(
      process.env.DATABASE_URL!,
      `DELETE FROM "AuditEvent" WHERE chain = $1 AND seq >= 6`,
      [chain],
    );
    const shortened = await runAuditVerify(process.env.DATABASE_URL!, [chain]);
    expect(shortened.code).toBe(1);
    expect(shortened.stderr).toContain(`BROKEN  ${chain}: (seq 7): the chain head signed at`);
    expect(shortened.stderr).toContain("its newest events were deleted");
  });

  it("the audit:verify CLI exits 0 on an untouched database and 1 naming the edited event (H1, S18)", async () => {
    // A database of its own, so no other test's tampering is visible to the whole-database run.
    const name = `audit_cli_${randomBytes(6).toString("hex")}`;
    const server = inject("serverUrl");
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
    const url = new URL(server);
    url.pathname = `/${name}`;
    const databaseUrl = url.toString();
    const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 2 }) });
    try {
      const orgId = "org_cli_test";
      await client.organization.create({
        data: { id: orgId, slug: "cli-test", name: "CLI test", breachNotificationHours: 36, dsrDueDays: 10 },
      });
      for (let i = 1; i <= 4; i++) await client.$transaction((tx) => recordAudit(event(i, null), { tx }));
      for (let i = 1; i <= 2; i++) await client.$transaction((tx) => recordAudit(event(i, orgId), { tx }));

      const clean = await runAuditVerify(databaseUrl);
      expect(clean.code, clean.stderr).toBe(0);
      expect(clean.stdout).toContain("ok      provider: 4 events verified");
      expect(clean.stdout).toContain(`ok      org:${orgId}: 2 events verified`);
      expect(clean.stderr).not.toContain("BROKEN");

      const victim = await client.auditEvent.findUniqueOrThrow({
        where: { chain_seq: { chain: "provider", seq: 2 } },
        select: { id: true },
      });
      await tamperWithAuditLog(
        databaseUrl,
        `UPDATE "AuditEvent" SET action = 'test.harmless' WHERE id = $1`,
        [victim.id],
      );

      const tampered = await runAuditVerify(databaseUrl);
      expect(tampered.code).toBe(1);
      expect(tampered.stderr).toContain(`BROKEN  provider: event ${victim.id} (seq 2)`);
      expect(tampered.stdout).toContain(`ok      org:${orgId}: 2 events verified`);

      // One chain only, as `npm run audit:verify org:<id>`.
      const oneChain = await runAuditVerify(databaseUrl, [`org:${orgId}`]);
      expect(oneChain.code).toBe(0);
      expect(oneChain.stdout).not.toContain("provider");
    } finally {
      await client.$disconnect();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
