// Holds on a data subject and on an incident bind the retention purge (issue 13; GDPR.md G1, G2, G3, G4):
// the categories filed by subject (identifiers of closed DSRs, the package download log, the package data)
// keep the rows of a held subject, the closed incidents keep a held incident; the dry run says how many a
// hold keeps, each refusal is recorded with its hold, and releasing the hold lets the next purge remove
// them. Also the new categories' own rules: a notified incident is evidence and never purged; an access
// request goes with its NDA acceptance once its downloads are no longer logged. Times are relative to the
// test's clock.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createOrganization, createUser } from "../../prisma/factories.ts";
import { db } from "../db/client.ts";
import { purgeExpiredPackages } from "../dsr/results/purge.ts";
import { subjectHash } from "../dsr/subject.ts";
import { createHold } from "../legal-holds/create.ts";
import { createHoldInput, releaseHoldInput } from "../legal-holds/input.ts";
import { releaseHold } from "../legal-holds/release.ts";
import { contextFor } from "../testing/context.ts";
import { fixedClock } from "../time/clock.ts";
import { idsSha256 } from "./evidence.ts";
import { policyInput } from "./input.ts";
import { previewPolicy } from "./preview.ts";
import { runRetentionPurge } from "./purge.ts";

const DAY = 86_400_000;
const clock = fixedClock(new Date());
const ago = (days: number) => new Date(clock.now().getTime() - days * DAY);
const unique = () => randomBytes(4).toString("hex");

let org: { id: string; slug: string; name: string };
let other: { id: string; slug: string };
let staff: Awaited<ReturnType<typeof contextFor>>;
let counter = 0;

async function closedRequest(organizationId: string, email: string, closedDaysAgo: number) {
  return db.dataSubjectRequest.create({
    data: {
      organizationId,
      reference: `DSR-2020-${String(++counter).padStart(4, "0")}-${unique()}`,
      type: "ACCESS",
      status: "COMPLETED",
      source: "PORTAL",
      subjectHash: subjectHash(organizationId, { email }),
      note: "Called by the subject's lawyer",
      receivedAt: ago(closedDaysAgo + 20),
      legalDueAt: ago(closedDaysAgo + 10),
      processorDueAt: ago(closedDaysAgo + 15),
      closedAt: ago(closedDaysAgo),
    },
    select: { id: true },
  });
}

const placeHold = (input: Record<string, string>) =>
  createHold(staff, createHoldInput.parse({ reason: "Preservation order 3 O 7/26", ...input }));
const release = (holdId: string) =>
  releaseHold(staff, releaseHoldInput.parse({ holdId, reason: "Order lifted" }));

beforeAll(async () => {
  org = await createOrganization({ name: "Umbrella Holds SE" });
  other = await createOrganization({ name: "Hooli Holds AG" });
  staff = await contextFor(await createUser({ staffRoles: ["PRIVACY"] }), { clock });
});

describe("holds on a subject", () => {
  it("G2/G3/G4: a subject hold keeps that subject's closed-request identifiers and download log; the dry run names it, the refusal is recorded, the release lets them go", async () => {
    const held = await closedRequest(org.id, "held@example.test", 1200);
    const free = await closedRequest(org.id, "free@example.test", 1200);
    const recent = await closedRequest(org.id, "held@example.test", 100);
    // The same address at another organisation is another subject (hashes are bound to the organisation).
    const elsewhere = await closedRequest(other.id, "held@example.test", 1200);
    const open = await db.dataSubjectRequest.update({
      where: { id: (await closedRequest(org.id, "open@example.test", 1500)).id },
      data: { status: "IN_PROGRESS", closedAt: null },
    });
    const pkg = await db.dsrPackage.create({
      data: {
        requestId: held.id,
        readyAt: ago(900),
        expiresAt: ago(893),
        sha256: "0".repeat(64),
        files: 1,
        rows: 1,
      },
    });
    const user = await createUser();
    const download = await db.dsrPackageDownload.create({
      data: { packageId: pkg.id, userId: user.id, at: ago(800) },
    });

    const hold = await placeHold({ scope: "SUBJECT", organizationId: org.id, email: "HELD@example.test " });

    const preview = await previewPolicy(
      staff,
      policyInput.parse({ category: "dsr-identifiers", periodDays: 1095, minDays: 30 }),
    );
    expect(preview.rows.find((r) => r.organizationId === org.id)).toMatchObject({
      wouldRemove: 2,
      held: 1,
      heldBy: hold.reference,
    });
    expect(preview.rows.find((r) => r.organizationId === other.id)).toMatchObject({
      wouldRemove: 1,
      held: 0,
      heldBy: null,
    });

    const run = await runRetentionPurge(clock, {
      categories: ["dsr-identifiers", "dsr-package-downloads"],
      batchSize: 1,
    });
    const request = (id: string) =>
      db.dataSubjectRequest.findUniqueOrThrow({ where: { id }, select: { subjectHash: true, note: true } });
    expect(await request(free.id)).toEqual({ subjectHash: "", note: "" });
    expect(await request(elsewhere.id)).toEqual({ subjectHash: "", note: "" });
    expect((await request(held.id)).subjectHash).not.toBe("");
    expect((await request(recent.id)).subjectHash).not.toBe("");
    expect((await request(open.id)).subjectHash).not.toBe("");
    // The request itself stays: the evidence of what was done.
    expect(await db.dataSubjectRequest.count({ where: { id: { in: [free.id, elsewhere.id] } } })).toBe(2);
    expect(await db.dsrPackageDownload.count({ where: { id: download.id } })).toBe(1);

    const evidence = await db.retentionRun.findFirstOrThrow({
      where: { runId: run.runId, category: "dsr-identifiers", organizationId: org.id },
    });
    expect(evidence).toMatchObject({ removed: 1, held: 1, idsSha256: idsSha256([free.id]) });
    const refusals = await db.holdRefusal.findMany({
      where: { holdId: hold.id },
      orderBy: { targetId: "asc" },
    });
    expect(refusals.map((r) => [r.targetId, r.records])).toEqual([
      [`dsr-identifiers:${org.id}`, 1],
      [`dsr-package-downloads:${org.id}`, 1],
    ]);
    expect(await db.auditEvent.count({ where: { action: "hold.deletion_refused", targetId: hold.id } })).toBe(
      2,
    );

    expect(await release(hold.id)).toMatchObject({ purgesResumed: 2 });
    await runRetentionPurge(clock, { categories: ["dsr-identifiers", "dsr-package-downloads"] });
    expect(await request(held.id)).toEqual({ subjectHash: "", note: "" });
    expect((await request(recent.id)).subjectHash).not.toBe("");
    expect(await db.dsrPackageDownload.count({ where: { id: download.id } })).toBe(0);
    // Idempotent: nothing left to clear.
    const again = await runRetentionPurge(clock, { categories: ["dsr-identifiers"] });
    expect(again.buckets).toEqual([]);
  });

  it("G1/G2: an organisation's own shorter period and a subject hold together: the period applies, the held subject stays, the evidence names the period", async () => {
    const own = await createOrganization({ name: "Soylent Holds GmbH" });
    await db.retentionOverride.create({
      data: { organizationId: own.id, category: "dsr-identifiers", periodDays: 60, updatedById: "test" },
    });
    const held = await closedRequest(own.id, "kept@example.test", 100);
    const free = await closedRequest(own.id, "gone@example.test", 100);
    const young = await closedRequest(own.id, "young@example.test", 30);
    const hold = await placeHold({ scope: "SUBJECT", organizationId: own.id, email: "kept@example.test" });
    const run = await runRetentionPurge(clock, { categories: ["dsr-identifiers"], batchSize: 1 });
    const hash = async (id: string) =>
      (await db.dataSubjectRequest.findUniqueOrThrow({ where: { id } })).subjectHash;
    expect(await hash(free.id)).toBe("");
    expect(await hash(held.id)).not.toBe("");
    expect(await hash(young.id)).not.toBe("");
    expect(
      await db.retentionRun.findFirstOrThrow({ where: { runId: run.runId, organizationId: own.id } }),
    ).toMatchObject({ periodDays: 60, removed: 1, held: 1, idsSha256: idsSha256([free.id]) });
    expect(await db.holdRefusal.count({ where: { holdId: hold.id } })).toBe(1);
  });

  it("G2/G4: the package purge keeps a held subject's exported data and clears it after the release", async () => {
    const system = await db.dataSystem.create({ data: { key: `system-${unique()}`, name: "Product DB" } });
    const packaged = async (email: string) => {
      const request = await closedRequest(org.id, email, 1);
      const pkg = await db.dsrPackage.create({
        data: {
          requestId: request.id,
          readyAt: ago(8),
          expiresAt: ago(1),
          sha256: "0".repeat(64),
          files: 1,
          rows: 1,
        },
      });
      const task = await db.dsrTask.create({
        data: {
          requestId: request.id,
          dataSystemId: system.id,
          action: "EXPORT",
          status: "DONE",
          idempotencyKey: unique(),
          exportSealed: "sealed-export",
        },
      });
      return { pkg, task };
    };
    const kept = await packaged("package-held@example.test");
    const gone = await packaged("package-free@example.test");
    const hold = await placeHold({
      scope: "SUBJECT",
      organizationId: org.id,
      email: "package-held@example.test",
    });

    await purgeExpiredPackages(clock);
    const sealed = async (taskId: string) =>
      (await db.dsrTask.findUniqueOrThrow({ where: { id: taskId } })).exportSealed;
    expect(await sealed(gone.task.id)).toBeNull();
    expect(await sealed(kept.task.id)).toBe("sealed-export");
    expect(await db.dsrPackage.findUniqueOrThrow({ where: { id: kept.pkg.id } })).toMatchObject({
      purgedAt: null,
    });
    expect(await db.holdRefusal.findFirstOrThrow({ where: { holdId: hold.id } })).toMatchObject({
      path: "RETENTION_PURGE",
      targetType: "DsrPackage",
      targetId: kept.pkg.id,
    });
    await purgeExpiredPackages(clock);
    expect((await db.holdRefusal.findFirstOrThrow({ where: { holdId: hold.id } })).attempts).toBe(2);

    await release(hold.id);
    await purgeExpiredPackages(clock);
    expect(await sealed(kept.task.id)).toBeNull();
  });
});

describe("holds on an incident and the closed-incident category", () => {
  const incident = (closedDaysAgo: number) =>
    db.incident.create({
      data: {
        reference: `INC-RET-${unique()}`,
        title: "Lost laptop",
        description: "A laptop was left on a train; the disk was encrypted.",
        detectedAt: ago(closedDaysAgo + 30),
        awareAt: ago(closedDaysAgo + 30),
        status: "CLOSED",
        determination: "NOT_PERSONAL_DATA_BREACH",
        closedAt: ago(closedDaysAgo),
        assessments: {
          create: {
            dpc: 1,
            ei: 0.25,
            cbConfidentiality: 0,
            cbIntegrity: 0,
            cbAvailability: 0,
            cbMalicious: false,
            score: 0.25,
            band: "LOW",
          },
        },
      },
      select: { id: true },
    });

  it("G1/G2/G4: closed incidents past the period go with their assessments; a notified one is kept as evidence; a held one is kept until the release", async () => {
    const expired = await incident(2000);
    const young = await incident(100);
    const notified = await incident(2000);
    await db.incident.update({ where: { id: notified.id }, data: { determination: "PERSONAL_DATA_BREACH" } });
    await db.incidentNotification.create({
      data: { incidentId: notified.id, organizationId: org.id, windowHours: 36, deadlineAt: ago(1990) },
    });
    const heldIncident = await incident(2000);
    const hold = await placeHold({ scope: "INCIDENT", incidentId: heldIncident.id });

    const run = await runRetentionPurge(clock, { categories: ["closed-incidents"] });
    const left = async (...ids: string[]) => db.incident.count({ where: { id: { in: ids } } });
    expect(await left(expired.id)).toBe(0);
    expect(await db.incidentAssessment.count({ where: { incidentId: expired.id } })).toBe(0);
    expect(await left(young.id, notified.id, heldIncident.id)).toBe(3);
    expect(run.buckets).toEqual([
      { category: "closed-incidents", organizationId: null, removed: 1, held: 1 },
    ]);
    const evidence = await db.retentionRun.findFirstOrThrow({ where: { runId: run.runId } });
    expect(evidence).toMatchObject({ removed: 1, held: 1, idsSha256: idsSha256([expired.id]) });
    expect(await db.holdRefusal.findFirstOrThrow({ where: { holdId: hold.id } })).toMatchObject({
      targetId: "closed-incidents:provider",
      records: 1,
    });

    await release(hold.id);
    await runRetentionPurge(clock, { categories: ["closed-incidents"] });
    expect(await left(heldIncident.id)).toBe(0);
    expect(await left(notified.id, young.id)).toBe(2);
  });
});

describe("access requests", () => {
  async function accessRequest(decidedDaysAgo: number, downloaded = false) {
    const template =
      (await db.ndaTemplate.findFirst({ select: { id: true } })) ??
      (await db.ndaTemplate.create({
        data: {
          locale: "en",
          version: 900,
          title: "NDA",
          body: "Keep it secret.",
          contentHash: "0".repeat(64),
        },
      }));
    const document = await db.libraryDocument.create({
      data: {
        slug: `soc2-${unique()}`,
        title: "SOC 2 report",
        fileName: "soc2.pdf",
        contentType: "application/pdf",
        sizeBytes: 4,
        sha256: "0".repeat(64),
        data: Buffer.from("%PDF"),
      },
    });
    const nda = await db.ndaAcceptance.create({
      data: {
        templateId: template.id,
        templateVersion: 1,
        templateHash: "0".repeat(64),
        typedName: "Pat Reviewer",
        email: `reviewer-${unique()}@example.test`,
        acceptedAt: ago(decidedDaysAgo + 1),
      },
    });
    const request = await db.accessRequest.create({
      data: {
        name: "Pat Reviewer",
        email: nda.email,
        company: "Reviewer Ltd",
        reason: "Vendor assessment",
        status: "DECIDED",
        ndaAcceptanceId: nda.id,
        createdAt: ago(decidedDaysAgo + 1),
        grants: {
          create: {
            documentId: document.id,
            status: "APPROVED",
            decidedAt: ago(decidedDaysAgo),
            expiresAt: ago(decidedDaysAgo - 30),
          },
        },
      },
      select: { id: true, grants: { select: { id: true } } },
    });
    // updatedAt is set by Prisma on every write: moved back by hand as a decision long ago would have left it.
    await db.$executeRaw`UPDATE "AccessRequest" SET "updatedAt" = ${ago(decidedDaysAgo)} WHERE id = ${request.id}`;
    await db.$executeRaw`UPDATE "AccessGrant" SET "updatedAt" = ${ago(decidedDaysAgo)} WHERE "requestId" = ${request.id}`;
    if (downloaded)
      await db.documentDownload.create({
        data: {
          documentId: document.id,
          grantId: request.grants[0]!.id,
          requestId: request.id,
          email: nda.email,
          deliveredSha256: "0".repeat(64),
          downloadedAt: ago(decidedDaysAgo - 1),
        },
      });
    return { id: request.id, ndaId: nda.id };
  }

  it("G1: a decided request past the period goes with its NDA acceptance and grants; one with a logged download or a grant that expired within the period stays", async () => {
    const old = await accessRequest(900);
    const withDownload = await accessRequest(900, true);
    const running = await accessRequest(720);
    const run = await runRetentionPurge(clock, { categories: ["access-requests"] });
    const left = (ids: string[]) => db.accessRequest.count({ where: { id: { in: ids } } });
    expect(await left([old.id])).toBe(0);
    expect(await db.ndaAcceptance.count({ where: { id: old.ndaId } })).toBe(0);
    expect(await db.accessGrant.count({ where: { requestId: old.id } })).toBe(0);
    expect(await left([withDownload.id, running.id])).toBe(2);
    expect(await db.ndaAcceptance.count({ where: { id: { in: [withDownload.ndaId, running.ndaId] } } })).toBe(
      2,
    );
    expect(run.buckets).toEqual([{ category: "access-requests", organizationId: null, removed: 1, held: 0 }]);
  });
});
