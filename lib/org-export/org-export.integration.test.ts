// The full export of an organisation (issue 13; GDPR.md D4, H1; SECURITY.md S11, S12): the ZIP holds a CSV
// and a JSON file for every entity of the registry, README and manifest; the manifest's hashes match the
// files; nothing of another organisation is in any file, and no secret; the subject of a closed request
// is not (A15). OWNER and ADMIN may start and download; AUDITOR, PRIVACY_OFFICER and MEMBER are refused;
// another organisation's member gets not_found. A killed run restarts cleanly; the link expires after
// seven days and the file is deleted then. Every download is audited in both chains.
import { readFile, stat, writeFile } from "node:fs/promises";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createOrganization, createUser } from "../../prisma/factories.ts";
import { chainFor } from "../audit/hash.ts";
import { sha256Hex } from "../crypto/sha256.ts";
import { db } from "../db/client.ts";
import { createManualSystem, createTestRequest } from "../dsr/connectors/testing/factory.ts";
import { noticeOutboxKey } from "../incidents/notices/outbox-key.ts";
import { contextFor } from "../testing/context.ts";
import type { Clock } from "../time/clock.ts";
import { downloadOrganizationExport } from "./download-export.ts";
import { listOrganizationExports } from "./list-exports.ts";
import { exportsToRun, purgeExpiredExports } from "./purge-exports.ts";
import { EXPORT_ENTITIES } from "./registry.ts";
import { MAX_ATTEMPTS, runOrganizationExport, STALE_AFTER_MS } from "./run-export.ts";
import { startOrganizationExport } from "./start-export.ts";
import { ensureOrganizationDir, exportFileName, exportPath } from "./storage.ts";

vi.mock("../jobs/email-jobs.ts", () => ({ requestEmailDelivery: async () => {} }));
vi.mock("../jobs/org-export-jobs.ts", () => ({ requestOrganizationExport: async () => {} }));

const T0 = new Date("2027-05-03T08:00:00Z");
const at = (ms: number): Clock => ({ now: () => new Date(T0.getTime() + ms) });
const DAY = 86_400_000;

type Org = { id: string; slug: string; name: string };
let acme: Org;
let globex: Org;
let acmeOwner: Awaited<ReturnType<typeof createUser>>;
let acmeOpenSubject: string;
let acmeClosedSubject: string;
const globexStrings: string[] = [];
const secrets: string[] = [];

async function seedOrganization(org: Org, tag: string) {
  const owner = await createUser({
    email: `owner-${tag}@${tag}.example`,
    name: `Owner ${tag}`,
    memberships: [{ organizationId: org.id, role: "OWNER" }],
  });
  await db.invitation.create({
    data: {
      organizationId: org.id,
      email: `invitee-${tag}@${tag}.example`,
      role: "ADMIN",
      tokenHash: `token-hash-${tag}`,
      expiresAt: new Date(T0.getTime() + 7 * DAY),
    },
  });
  await db.ssoDomainClaim.create({ data: { organizationId: org.id, domain: `${tag}.example` } });
  await db.dpaAcceptance.create({
    data: {
      organizationId: org.id,
      organizationName: org.name,
      organizationSlug: org.slug,
      versionId: `dpa-version-${tag}`,
      version: 1,
      locale: "en",
      contentHash: "a".repeat(64),
      userId: owner.id,
      userEmail: owner.email,
      signatoryName: `Signer ${tag}`,
      signatoryTitle: "General Counsel",
      acceptedAt: T0,
    },
  });
  const system = await createManualSystem({ name: `System ${tag}` });
  const open = await createTestRequest({
    organizationId: org.id,
    type: "ACCESS",
    subject: { email: `subject-open-${tag}@people.example` },
    systemIds: [system.id],
    at: T0,
  });
  const closed = await createTestRequest({
    organizationId: org.id,
    type: "ERASURE",
    subject: { email: `subject-closed-${tag}@people.example` },
    systemIds: [system.id],
    status: "COMPLETED",
    at: T0,
  });
  const key = await db.apiKey.create({
    data: {
      organizationId: org.id,
      name: `Key ${tag}`,
      scopes: ["dsr:read"],
      prefix: `a28_${tag.slice(0, 6)}`,
      secretHash: `secret-hash-of-key-${tag}`,
      createdByLabel: owner.email,
    },
  });
  const endpoint = await db.webhookEndpoint.create({
    data: {
      organizationId: org.id,
      url: `https://hooks.${tag}.example/in`,
      eventTypes: ["dsr.status_changed"],
      secretSealed: `sealed-webhook-secret-${tag}`,
      createdByLabel: owner.email,
    },
  });
  return { owner, open, closed, key, endpoint, system };
}

/** One incident notified to both organisations, each with its own recipients. */
async function seedBreach() {
  const incident = await db.incident.create({
    data: {
      reference: `INC-EXP-${Date.now()}`,
      title: "Misdirected report",
      description: "A report went to the wrong customer.",
      detectedAt: T0,
      awareAt: T0,
      determination: "PERSONAL_DATA_BREACH",
    },
  });
  const phase = await db.noticePhase.create({
    data: { incidentId: incident.id, number: 1, nature: "Misdirected email", sentAt: T0 },
  });
  for (const [org, tag] of [
    [acme, "acme"],
    [globex, "globex"],
  ] as const) {
    const notification = await db.incidentNotification.create({
      data: {
        incidentId: incident.id,
        organizationId: org.id,
        windowHours: 36,
        deadlineAt: new Date(T0.getTime() + 36 * 3_600_000),
        firstSentAt: T0,
        acknowledgedByName: `Acknowledger ${tag}`,
        acknowledgedAt: T0,
      },
    });
    const address = `dpo-${tag}@${tag}.example`;
    await db.noticeDelivery.create({
      data: { notificationId: notification.id, phaseId: phase.id, recipients: [address], sentAt: T0 },
    });
    await db.outboxEmail.create({
      data: {
        idempotencyKey: noticeOutboxKey(phase.id, org.id, address),
        organizationId: org.id,
        toAddress: address,
        subject: "Personal data breach notification",
        textBody: "See the portal.",
        status: "SENT",
        attempts: 1,
        sentAt: T0,
      },
    });
  }
}

function unzip(bytes: Uint8Array) {
  return unzipSync(bytes);
}

async function exportReady(clock = at(0)) {
  const ctx = await contextFor(acmeOwner, { clock });
  const { exportId } = await startOrganizationExport(ctx, acme.slug);
  expect(await runOrganizationExport(exportId, clock, { pageSize: 2 })).toBe("ready");
  return exportId;
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

beforeAll(async () => {
  const suffix = Date.now().toString(36);
  acme = await createOrganization({ name: `Acme Export ${suffix}`, slug: `acme-exp-${suffix}` });
  globex = await createOrganization({ name: `Globex Hidden ${suffix}`, slug: `globex-hid-${suffix}` });
  const a = await seedOrganization(acme, `acme${suffix}`);
  const g = await seedOrganization(globex, `globex${suffix}`);
  acmeOwner = a.owner;
  acmeOpenSubject = `subject-open-acme${suffix}@people.example`;
  acmeClosedSubject = `subject-closed-acme${suffix}@people.example`;
  await seedBreach();
  // Globex acts too, so its chain has events of its own.
  const globexCtx = await contextFor(g.owner, { clock: at(0) });
  const globexExport = await startOrganizationExport(globexCtx, globex.slug);
  globexStrings.push(
    globex.id,
    globex.name,
    globex.slug,
    g.owner.email,
    g.owner.name,
    `invitee-globex${suffix}`,
    g.open.reference,
    g.closed.reference,
    `subject-open-globex${suffix}`,
    g.key.name,
    g.endpoint.url,
    `dpo-globex${suffix}@`,
    `Acknowledger globex`,
    globexExport.exportId,
  );
  secrets.push(
    a.key.secretHash,
    "sealed-webhook-secret-",
    "token-hash-",
    "secret-hash-of-key-",
    acmeOwner.password,
  );
});

describe("the organisation export", () => {
  let exportId: string;
  let entries: Record<string, Uint8Array>;

  it("holds a CSV and a JSON file for every entity, README and manifest, and the manifest's hashes match", async () => {
    exportId = await exportReady();
    const ctx = await contextFor(acmeOwner, { clock: at(60_000) });
    const file = await downloadOrganizationExport(ctx, acme.slug, exportId);
    const bytes = await readAll(file.stream);
    expect(sha256Hex(bytes)).toBe(file.sha256);
    expect(bytes.byteLength).toBe(file.bytes);
    entries = unzip(bytes);
    const manifest = JSON.parse(strFromU8(entries["manifest.json"]!)) as {
      organization: { id: string };
      files: { path: string; sha256: string; bytes: number }[];
      entities: { name: string; rows: number }[];
    };
    expect(manifest.organization.id).toBe(acme.id);
    const expected = EXPORT_ENTITIES.flatMap((e) => [`${e.name}.csv`, `${e.name}.json`]);
    expect(Object.keys(entries).sort()).toEqual([...expected, "README.md", "manifest.json"].sort());
    expect(manifest.files.map((f) => f.path).sort()).toEqual([...expected, "README.md"].sort());
    for (const f of manifest.files) {
      expect(sha256Hex(entries[f.path]!), f.path).toBe(f.sha256);
      expect(entries[f.path]!.byteLength).toBe(f.bytes);
    }
    for (const name of [
      "organization",
      "settings",
      "members",
      "invitations",
      "sso-domains",
      "breach-notifications",
      "breach-notices",
      "breach-notice-emails",
      "dsr-requests",
      "dsr-tasks",
      "subprocessor-notices",
      "dpa-acceptances",
      "negotiated-dpas",
      "api-keys",
      "webhook-endpoints",
      "audit-log",
    ])
      expect(manifest.entities.map((e) => e.name)).toContain(name);
    const rows = Object.fromEntries(manifest.entities.map((e) => [e.name, e.rows]));
    expect(rows).toMatchObject({
      "dpa-acceptances": 1,
      "negotiated-dpas": 0,
      organization: 1,
      settings: 1,
      members: 1,
      invitations: 1,
      "breach-notifications": 1,
      "breach-notices": 1,
      "breach-notice-emails": 1,
      "dsr-requests": 2,
      "dsr-tasks": 2,
      "api-keys": 1,
      "webhook-endpoints": 1,
    });
    expect(rows["audit-log"]).toBeGreaterThanOrEqual(1);
    const noticeEmails = JSON.parse(strFromU8(entries["breach-notice-emails.json"]!)) as {
      rows: { address: string; status: string | null; accepted_at: string | null }[];
    };
    expect(noticeEmails.rows).toEqual([
      expect.objectContaining({ status: "SENT", accepted_at: T0.toISOString() }),
    ]);
    expect(noticeEmails.rows[0]!.address).toMatch(/^dpo-acme/);
    const members = JSON.parse(strFromU8(entries["members.json"]!)) as { rows: { email: string }[] };
    expect(members.rows.map((r) => r.email)).toEqual([acmeOwner.email]);
    const csv = entries["members.csv"]!;
    expect([...csv.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(strFromU8(csv).startsWith("id,user_id,email,name,role")).toBe(true);
    expect(strFromU8(entries["README.md"]!)).toContain("### Audit log (`audit-log.csv`, `audit-log.json`)");
    const audit = JSON.parse(strFromU8(entries["audit-log.json"]!)) as {
      rows: { seq: number; time_utc: string; action: string; metadata: unknown; event: string }[];
    };
    expect(audit.rows.map((r) => r.seq)).toEqual(audit.rows.map((_, i) => i + 1));
    const requested = audit.rows.find((r) => r.action === "org.export.requested")!;
    expect(requested).toMatchObject({ event: "Organisation export requested", metadata: { exportId } });
    expect(requested.time_utc).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const auditCsv = strFromU8(entries["audit-log.csv"]!).split("\r\n");
    expect(auditCsv[0]).toBe(
      "seq,time_utc,actor,actor_user_id,event,action,target,target_type,target_id,ip,user_agent,request_id,metadata,prev_hash,hash",
    );
    expect(auditCsv).toHaveLength(audit.rows.length + 2);
  });

  it("holds nothing of another organisation and no secret", () => {
    for (const [path, bytes] of Object.entries(entries)) {
      const text = strFromU8(bytes);
      for (const foreign of globexStrings) expect(text, `${path} holds ${foreign}`).not.toContain(foreign);
      for (const secret of secrets) expect(text, `${path} holds a secret`).not.toContain(secret);
    }
  });

  it("names the subject of an open request, never of a closed one (A15)", () => {
    const requests = strFromU8(entries["dsr-requests.csv"]!);
    expect(requests).toContain(acmeOpenSubject);
    expect(requests).not.toContain(acmeClosedSubject);
  });

  it("audits each download in the organisation's chain and the provider's, and counts it", async () => {
    const events = await db.auditEvent.findMany({
      where: { action: "org.export.downloaded", targetId: exportId },
      select: { chain: true, actorUserId: true },
    });
    expect(events.map((e) => e.chain).sort()).toEqual([chainFor(acme.id), chainFor(null)].sort());
    expect(events.every((e) => e.actorUserId === acmeOwner.id)).toBe(true);
    const ctx = await contextFor(acmeOwner, { clock: at(120_000) });
    const list = await listOrganizationExports(ctx, acme.slug);
    expect(list.exports.find((e) => e.id === exportId)).toMatchObject({
      status: "READY",
      downloads: 1,
      downloadable: true,
    });
    expect(list.active).toBe(false);
    const ready = await db.outboxEmail.findUniqueOrThrow({
      where: { idempotencyKey: `org-export-ready:${exportId}` },
    });
    expect(ready.toAddress).toBe(acmeOwner.email);
    expect(ready.textBody).toContain(`/portal/${acme.slug}/export/${exportId}/download`);
  });

  it("expires after seven days: the download is refused and the file deleted", async () => {
    const row = await db.organizationExport.findUniqueOrThrow({ where: { id: exportId } });
    const path = exportPath(row.fileName!);
    expect((await stat(path)).size).toBe(Number(row.bytes));
    const late = at(7 * DAY + 1000);
    const ctx = await contextFor(acmeOwner, { clock: late });
    await expect(downloadOrganizationExport(ctx, acme.slug, exportId)).rejects.toMatchObject({
      code: "conflict",
    });
    expect((await purgeExpiredExports(late)).purged).toBeGreaterThanOrEqual(1);
    await expect(readFile(path)).rejects.toMatchObject({ code: "ENOENT" });
    expect(await db.organizationExport.findUniqueOrThrow({ where: { id: exportId } })).toMatchObject({
      status: "EXPIRED",
    });
    expect(await db.auditEvent.count({ where: { action: "org.export.expired", targetId: exportId } })).toBe(
      2,
    );
  });
});

describe("who may export", () => {
  it("lets an ADMIN start and download; refuses AUDITOR, PRIVACY_OFFICER and MEMBER", async () => {
    const admin = await createUser({ memberships: [{ organizationId: acme.id, role: "ADMIN" }] });
    const adminCtx = await contextFor(admin, { clock: at(DAY) });
    const { exportId } = await startOrganizationExport(adminCtx, acme.slug);
    await expect(startOrganizationExport(adminCtx, acme.slug)).rejects.toMatchObject({ code: "conflict" });
    expect(await runOrganizationExport(exportId, at(DAY), { pageSize: 50 })).toBe("ready");
    const file = await downloadOrganizationExport(adminCtx, acme.slug, exportId);
    await readAll(file.stream);
    for (const role of ["AUDITOR", "PRIVACY_OFFICER", "MEMBER"] as const) {
      const user = await createUser({ memberships: [{ organizationId: acme.id, role }] });
      const ctx = await contextFor(user, { clock: at(DAY) });
      await expect(startOrganizationExport(ctx, acme.slug), role).rejects.toMatchObject({
        code: "forbidden",
      });
      await expect(listOrganizationExports(ctx, acme.slug), role).rejects.toMatchObject({
        code: "forbidden",
      });
      await expect(downloadOrganizationExport(ctx, acme.slug, exportId), role).rejects.toMatchObject({
        code: "forbidden",
      });
    }
  });

  it("answers not_found to another organisation's owner, by its own slug or the victim's", async () => {
    const exportId = (
      await db.organizationExport.findFirstOrThrow({
        where: { organizationId: acme.id, status: "READY" },
      })
    ).id;
    const intruder = await createUser({ memberships: [{ organizationId: globex.id, role: "OWNER" }] });
    const ctx = await contextFor(intruder, { clock: at(DAY) });
    await expect(downloadOrganizationExport(ctx, globex.slug, exportId)).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(downloadOrganizationExport(ctx, acme.slug, exportId)).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(startOrganizationExport(ctx, acme.slug)).rejects.toMatchObject({ code: "not_found" });
    await expect(listOrganizationExports(ctx, acme.slug)).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("a run killed half-way", () => {
  it("is claimed again once its worker's heartbeat is two minutes old; its half-written file is deleted", async () => {
    const clock = at(4 * DAY);
    const ctx = await contextFor(acmeOwner, { clock });
    const { exportId } = await startOrganizationExport(ctx, acme.slug);
    // As a worker killed while writing leaves it: RUNNING, its heartbeat stopped, a partial file on disk.
    await db.organizationExport.update({
      where: { id: exportId },
      data: { status: "RUNNING", attempts: 1, heartbeatAt: at(4 * DAY - 60_000).now() },
    });
    await ensureOrganizationDir(acme.id);
    const leftover = exportPath(`${exportFileName(acme.id, exportId, 1)}.part`);
    await writeFile(leftover, "half a zip");
    // Within two minutes of its last heartbeat nobody takes it over, and the sweep does not ask for a run.
    expect(await runOrganizationExport(exportId, clock)).toBe("skipped");
    expect(await exportsToRun(clock, STALE_AFTER_MS)).not.toContain(exportId);
    expect(await exportsToRun(at(4 * DAY + 61_000), STALE_AFTER_MS)).toContain(exportId);
    expect(await runOrganizationExport(exportId, at(4 * DAY + 61_000))).toBe("ready");
    await expect(readFile(leftover)).rejects.toMatchObject({ code: "ENOENT" });
    const row = await db.organizationExport.findUniqueOrThrow({ where: { id: exportId } });
    expect(row).toMatchObject({ status: "READY", attempts: 2 });
    const bytes = new Uint8Array(await readFile(exportPath(row.fileName!)));
    expect(sha256Hex(bytes)).toBe(row.sha256);
  });

  it("killed in each of its MAX_ATTEMPTS runs is not started again: it fails, audited, and the sweep leaves it", async () => {
    const clock = at(5 * DAY);
    const ctx = await contextFor(acmeOwner, { clock });
    const { exportId } = await startOrganizationExport(ctx, acme.slug);
    await db.organizationExport.update({
      where: { id: exportId },
      data: {
        status: "RUNNING",
        attempts: MAX_ATTEMPTS,
        heartbeatAt: at(5 * DAY - STALE_AFTER_MS - 1000).now(),
      },
    });
    expect(await runOrganizationExport(exportId, clock)).toBe("failed");
    expect(await db.organizationExport.findUniqueOrThrow({ where: { id: exportId } })).toMatchObject({
      status: "FAILED",
      attempts: MAX_ATTEMPTS,
    });
    expect(await db.auditEvent.count({ where: { action: "org.export.failed", targetId: exportId } })).toBe(2);
    expect(await exportsToRun(at(5 * DAY + 60_000), STALE_AFTER_MS)).not.toContain(exportId);
    expect(await runOrganizationExport(exportId, at(5 * DAY + 60_000))).toBe("skipped");
  });

  it("that failed goes back to the queue and the next run writes a complete export from scratch", async () => {
    const clock = at(2 * DAY);
    const ctx = await contextFor(acmeOwner, { clock });
    const { exportId } = await startOrganizationExport(ctx, acme.slug);
    // The first run dies after its first progress write (as if its worker were killed).
    await expect(
      runOrganizationExport(exportId, clock, {
        pageSize: 1,
        onProgress: () => {
          throw new Error("killed");
        },
      }),
    ).resolves.toBe("retry");
    // A second worker would take it only once the first one's heartbeat is old, or after the failure
    // put it back in the queue, as here.
    expect(await runOrganizationExport(exportId, at(2 * DAY + 1000), { pageSize: 3 })).toBe("ready");
    const row = await db.organizationExport.findUniqueOrThrow({ where: { id: exportId } });
    expect(row).toMatchObject({ status: "READY", attempts: 2 });
    expect(row.rowsDone).toBe(row.rowsTotal);
    const bytes = new Uint8Array(await readFile(exportPath(row.fileName!)));
    expect(sha256Hex(bytes)).toBe(row.sha256);
    const manifest = JSON.parse(strFromU8(unzip(bytes)["manifest.json"]!)) as {
      files: { path: string; sha256: string }[];
    };
    const files = unzip(bytes);
    for (const f of manifest.files) expect(sha256Hex(files[f.path]!)).toBe(f.sha256);
    // A RUNNING export with a fresh heartbeat is not claimed twice.
    await db.organizationExport.update({
      where: { id: exportId },
      data: { status: "RUNNING", heartbeatAt: at(3 * DAY).now() },
    });
    expect(await runOrganizationExport(exportId, at(3 * DAY + 30_000))).toBe("skipped");
    await db.organizationExport.update({ where: { id: exportId }, data: { status: "READY" } });
  });
});
