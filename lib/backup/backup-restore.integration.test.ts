// Backup and restore, proven (issue 15; ADR 0034). A database with a completed account deletion (a signed
// certificate) and an open DSR erasure is backed up; after the backup the erasure completes and another
// organisation is deleted. The backup restored into an empty database comes back current, its audit chains
// and certificates verify, and the erasure ledger has erased the subject and deleted the organisation again
// (audited). A non-empty target and a dump that does not match its manifest are refused, changing nothing.
import { spawn } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createOrganization, createUser } from "../../prisma/factories.ts";
import { requestClosure } from "../account-closure/request-closure.ts";
import { runDueClosures, type ClosureStep } from "../account-closure/run-closures.ts";
import { localAppUrl } from "../db/app-role.ts";
import { db } from "../db/client.ts";
import { migrationNames } from "../db/migrations.ts";
import { createTestRequest, createWebhookSystem } from "../dsr/connectors/testing/factory.ts";
import { deliverPending } from "../dsr/connectors/testing/deliver-pending.ts";
import {
  startRecordingReceiver,
  type RecordingReceiver,
} from "../dsr/connectors/testing/recording-receiver.ts";
import { createHold } from "../legal-holds/create.ts";
import { createHoldInput, releaseHoldInput } from "../legal-holds/input.ts";
import { releaseHold } from "../legal-holds/release.ts";
import { ledgerPath, readLedger } from "../erasure-ledger/ledger-file.ts";
import { markReauthenticated } from "../auth/sessions/session-store.ts";
import { contextFor, contextForSession } from "../testing/context.ts";
import { fixedClock } from "../time/clock.ts";
import { newWebhookSecret } from "../webhooks/standard-webhooks.ts";
import { takeBackup } from "./take-backup.ts";

const DAY = 86_400_000;
const ROOT = path.resolve(import.meta.dirname, "../..");
const folder = mkdtempSync(path.join(tmpdir(), "article28-backup-"));
let receiver: RecordingReceiver;

/** A new, empty database on the test server: its owner's and its application's connection. */
async function emptyDatabase(): Promise<{ ownerUrl: string; appUrl: string; name: string }> {
  const server = inject("serverUrl");
  const name = `restored_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return { ownerUrl: url.toString(), appUrl: localAppUrl(url.toString()), name };
}

/** `npm run restore <file>` as scripts/run.ts runs it, against `target`. */
function restore(file: string, target: { ownerUrl: string; appUrl: string }) {
  const child = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/restore.ts", file],
    {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: target.appUrl, DATABASE_OWNER_URL: target.ownerUrl },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise<{ code: number | null; output: string }>((resolve) =>
    child.once("exit", (code) => resolve({ code, output })),
  );
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/** An owner asks to close the organisation (the product's path); `deleteDue` runs the deletion job after the window. */
async function askToClose(organizationId: string, slug: string) {
  const clock = fixedClock(new Date());
  const owner = await createUser({ memberships: [{ organizationId, role: "OWNER" }] });
  const signedIn = await contextFor(owner, { clock });
  await markReauthenticated(signedIn.actor.sessionId, clock);
  const ctx = await contextForSession(signedIn.actor.sessionId, { clock });
  const closure = await requestClosure(ctx, { slug, choice: "DELETION", confirmation: slug });
  return {
    ...closure,
    async deleteDue(step: ClosureStep = "completed") {
      clock.advance(8 * DAY);
      expect(await runDueClosures(clock)).toContainEqual({ id: closure.id, step });
    },
  };
}

beforeAll(async () => {
  receiver = await startRecordingReceiver({
    systems: [{ path: "/s", secret: newWebhookSecret(), asynchronous: false }],
  });
});
afterAll(async () => {
  await receiver.close();
  rmSync(folder, { recursive: true, force: true });
});

describe("backup and restore (ADR 0034)", () => {
  it("restores into an empty database, verified, with the erasures made since the backup applied again", async () => {
    const secret = newWebhookSecret();
    await receiver.close();
    receiver = await startRecordingReceiver({ systems: [{ path: "/s", secret, asynchronous: false }] });
    const acme = await createOrganization();
    const closedBefore = await createOrganization();
    const globex = await createOrganization();
    const system = await createWebhookSystem({
      endpointUrl: `${receiver.url}/s`,
      secret,
      organizationIds: [acme.id],
    });
    const erasure = await createTestRequest({
      organizationId: acme.id,
      type: "ERASURE",
      subject: { email: "dora@example.test" },
      systemIds: [system.id],
    });
    const earlier = await askToClose(closedBefore.id, closedBefore.slug);
    await earlier.deleteDue();
    const deleted = await askToClose(globex.id, globex.slug);

    const started = Date.now();
    const backup = await takeBackup(process.env.DATABASE_OWNER_URL!, folder);
    const backupMs = Date.now() - started;
    expect(backup.manifest.migrations).toEqual(migrationNames());
    expect(backup.manifest.server.version).toMatch(/^18\./);

    // After the backup: the erasure completes, globex is deleted; both go on the ledger.
    await deliverPending();
    expect(await db.dataSubjectRequest.findUniqueOrThrow({ where: { id: erasure.id } })).toMatchObject({
      status: "COMPLETED",
      subjectSealed: null,
    });
    await deleted.deleteDue();
    const ledger = readLedger();
    expect(ledger.map((e) => [e.kind, e.certificateId])).toEqual([
      ["account-deletion", earlier.reference],
      ["dsr-erasure", erasure.reference],
      ["account-deletion", deleted.reference],
    ]);
    expect(JSON.stringify(ledger)).not.toContain("dora@example.test");

    const target = await emptyDatabase();
    const restoreStarted = Date.now();
    const restored = await restore(backup.manifestPath, target);
    const restoreMs = Date.now() - restoreStarted;
    expect(restored, restored.output).toMatchObject({ code: 0 });
    console.log(`backup ${backupMs} ms, restore (child process) ${restoreMs} ms`);

    const applied = await query<{ migration_name: string }>(
      target.ownerUrl,
      `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY 1`,
    );
    expect(applied.map((m) => m.migration_name)).toEqual(migrationNames());
    const [request] = await query<{ status: string; subjectSealed: string | null }>(
      target.ownerUrl,
      `SELECT status::text, "subjectSealed" FROM "DataSubjectRequest" WHERE id = $1`,
      [erasure.id],
    );
    expect(request).toEqual({ status: "COMPLETED", subjectSealed: null });
    expect(
      await query(target.ownerUrl, `SELECT id FROM "Organization" WHERE id = ANY($1)`, [
        [globex.id, closedBefore.id],
      ]),
    ).toEqual([]);
    expect(
      await query(target.ownerUrl, `SELECT id FROM "Organization" WHERE id = $1`, [acme.id]),
    ).toHaveLength(1);
    const closures = await query<{ id: string; status: string; certificateSha256: string | null }>(
      target.ownerUrl,
      `SELECT id, status::text, "certificateSha256" FROM "AccountClosure" ORDER BY "requestedAt"`,
    );
    expect(closures.map((c) => c.status)).toEqual(["COMPLETED", "COMPLETED"]);
    const replays = await query<{ metadata: { kind: string; outcome: string } }>(
      target.ownerUrl,
      `SELECT metadata FROM "AuditEvent" WHERE action = 'provider.erasure.replayed' ORDER BY seq`,
    );
    expect(replays.map((r) => [r.metadata.kind, r.metadata.outcome])).toEqual([
      ["dsr-erasure", "applied"],
      ["account-deletion", "applied"],
    ]);
    expect(restored.output).toMatch(/certificates +2 verified/);

    // `npm run audit:verify` on the restored database.
    const verify = await new Promise<number | null>((resolve) =>
      spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/audit-verify.ts"], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: target.appUrl },
        stdio: "ignore",
      }).once("exit", resolve),
    );
    expect(verify).toBe(0);

    // A second restore into the now non-empty database is refused and changes nothing.
    const count = `SELECT (SELECT count(*) FROM "AuditEvent")::int AS events, (SELECT count(*) FROM "User")::int AS users`;
    const before = await query(target.ownerUrl, count);
    const again = await restore(backup.dumpPath, target);
    expect(again.code).toBe(2);
    expect(again.output).toContain("not empty");
    expect(await query(target.ownerUrl, count)).toEqual(before);

    // A dump that is not the one its manifest describes is refused before anything is created.
    const corrupted = mkdtempSync(path.join(tmpdir(), "article28-corrupt-"));
    const dumpCopy = path.join(corrupted, path.basename(backup.dumpPath));
    copyFileSync(backup.manifestPath, path.join(corrupted, path.basename(backup.manifestPath)));
    const bytes = readFileSync(backup.dumpPath);
    bytes[bytes.length >> 1]! ^= 0x01;
    writeFileSync(dumpCopy, bytes);
    const fresh = await emptyDatabase();
    const refused = await restore(dumpCopy, fresh);
    expect(refused.code).toBe(2);
    expect(refused.output).toContain("is not the one its manifest describes");
    expect(
      await query(
        fresh.ownerUrl,
        `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'`,
      ),
    ).toEqual([]);
  });

  it("an erasure whose ledger entry cannot be written is not done: rolled back, done by the next run", async () => {
    const file = ledgerPath();
    const kept = `${file}.kept`;
    if (existsSync(file)) renameSync(file, kept);
    mkdirSync(file); // appending to a directory fails, as a full or read-only disk would
    const org = await createOrganization();
    const closure = await askToClose(org.id, org.slug);
    await closure.deleteDue("failed");
    expect(await db.organization.count({ where: { id: org.id } })).toBe(1);
    expect(await db.accountClosure.findUniqueOrThrow({ where: { id: closure.id } })).toMatchObject({
      status: "DELETING",
      certificate: null,
      lastError: expect.stringContaining("erasure ledger"),
    });
    rmdirSync(file);
    if (existsSync(kept)) renameSync(kept, file);
    await closure.deleteDue("completed");
    expect(await db.organization.count({ where: { id: org.id } })).toBe(0);
    expect(readLedger().at(-1)).toMatchObject({ kind: "account-deletion", closureId: closure.id });
  });

  it("G2: a replayed deletion asks the restored holds as the original did (held, recorded, not deleted)", async () => {
    const privacy = await contextFor(await createUser({ staffRoles: ["PRIVACY"] }));
    const org = await createOrganization();
    const hold = await createHold(
      privacy,
      createHoldInput.parse({ scope: "ORGANIZATION", organizationId: org.id, reason: "Court order" }),
    );
    const closure = await askToClose(org.id, org.slug);
    const backup = await takeBackup(process.env.DATABASE_OWNER_URL!, folder);
    // After the backup the hold is released and the organisation deleted; the backup still has the hold.
    await releaseHold(privacy, releaseHoldInput.parse({ holdId: hold.id, reason: "Order lifted" }));
    await closure.deleteDue("completed");

    const target = await emptyDatabase();
    const restored = await restore(backup.manifestPath, target);
    expect(restored, restored.output).toMatchObject({ code: 0 });
    expect(
      await query(target.ownerUrl, `SELECT id FROM "Organization" WHERE id = $1`, [org.id]),
    ).toHaveLength(1);
    expect(
      await query(
        target.ownerUrl,
        `SELECT status::text, "heldByReference" FROM "AccountClosure" WHERE id = $1`,
        [closure.id],
      ),
    ).toEqual([{ status: "HELD", heldByReference: hold.reference }]);
    expect(
      await query(target.ownerUrl, `SELECT path::text FROM "HoldRefusal" WHERE "targetId" = $1`, [
        closure.id,
      ]),
    ).toEqual([{ path: "ACCOUNT_DELETION" }]);
    expect(
      await query(
        target.ownerUrl,
        `SELECT metadata->>'outcome' AS outcome, metadata->>'hold' AS hold FROM "AuditEvent"
          WHERE action = 'provider.erasure.replayed' AND metadata->>'organizationId' = $1`,
        [org.id],
      ),
    ).toEqual([{ outcome: "held", hold: hold.reference }]);
  });
});
