// Results of requests (GDPR.md A9, A11, A14, A17; SECURITY.md S11, S12): the package and the certificate,
// who may download them (another organisation's member gets 404 and nothing of the victim's; MEMBER is
// refused; AUDITOR may read), the certificate "provisional" until every system confirmed, the package link
// expiring after seven days and its data purged then. Results are applied as the systems' answers would be.
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { createOrganization, createUser } from "../../../prisma/factories.ts";
import { SYSTEM_ACTOR } from "../../audit/record.ts";
import { sha256Hex } from "../../crypto/sha256.ts";
import { db } from "../../db/client.ts";
import { contextFor } from "../../testing/context.ts";
import type { Clock } from "../../time/clock.ts";
import { applyTaskResult } from "../connectors/apply-result.ts";
import type { TaskResult } from "../connectors/protocol.ts";
import { createTestRequest, createWebhookSystem } from "../connectors/testing/factory.ts";
import { pdfStreams, printedText } from "../../pdf/testing/pdf-content.ts";
import type { SignedEnvelope } from "../../signing/envelope.ts";
import { publicKeysOfKeyring } from "../../signing/published-keys.ts";
import { certificateSigningKeys } from "../../signing/keyring.ts";
import { verifyEnvelope } from "../../signing/verify.ts";
import type { Certificate } from "./certificate-data.ts";
import { downloadCertificate } from "./download-certificate.ts";
import { downloadPackage } from "./download-package.ts";
import { purgeExpiredPackages } from "./purge.ts";

const T0 = new Date("2027-03-01T09:00:00Z");
const at = (ms: number): Clock => ({ now: () => new Date(T0.getTime() + ms) });
const DAY = 86_400_000;

let victim: { id: string; slug: string };
let attacker: { id: string; slug: string };
let systemIds: string[];

async function answer(taskId: string, result: TaskResult, clock: Clock = at(0)) {
  return applyTaskResult(taskId, result, { via: "response", clock, actor: SYSTEM_ACTOR });
}

async function member(
  organizationId: string,
  role: "OWNER" | "PRIVACY_OFFICER" | "MEMBER" | "AUDITOR",
  clock = at(0),
) {
  const user = await createUser({ memberships: [{ organizationId, role }] });
  return contextFor(user, { clock });
}

beforeAll(async () => {
  victim = await createOrganization({ name: "Victim Retail" });
  attacker = await createOrganization({ name: "Attacker Health" });
  const a = await createWebhookSystem({
    name: "Product database",
    endpointUrl: "https://product.invalid/tasks",
  });
  const b = await createWebhookSystem({
    name: "Analytics events",
    endpointUrl: "https://analytics.invalid/tasks",
  });
  systemIds = [a.id, b.id];
});

describe("the access package", () => {
  it("A9: ready when every export is final, the manifest's hashes match, and the link expires after 7 days with the data purged", async () => {
    const request = await createTestRequest({
      organizationId: victim.id,
      type: "ACCESS",
      subject: { email: "victim-subject@example.test" },
      systemIds,
      at: T0,
    });
    const ctx = await member(victim.id, "PRIVACY_OFFICER");
    await answer(request.taskIds[0]!, {
      status: "done",
      records: 2,
      fields: ["email", "note"],
      data: {
        tables: {
          accounts: [
            { email: "victim-subject@example.test", note: '=HYPERLINK("x")' },
            { email: "b", note: null },
          ],
        },
      },
    });
    await expect(downloadPackage(ctx, victim.slug, request.id)).rejects.toMatchObject({ code: "conflict" });
    await answer(request.taskIds[1]!, { status: "not_found" });
    const stored = await db.dsrPackage.findUniqueOrThrow({ where: { requestId: request.id } });
    expect(stored.expiresAt.getTime() - stored.readyAt.getTime()).toBe(7 * DAY);

    const file = await downloadPackage(ctx, victim.slug, request.id);
    expect(file.sha256).toBe(stored.sha256);
    const entries = unzipSync(file.bytes);
    const manifest = JSON.parse(strFromU8(entries["manifest.json"]!)) as {
      schemaVersion: number;
      files: { path: string; sha256: string; rows?: number }[];
    };
    expect(manifest.schemaVersion).toBe(1);
    for (const entry of manifest.files) expect(sha256Hex(entries[entry.path]!)).toBe(entry.sha256);
    const csv = strFromU8(entries[manifest.files.find((f) => f.path.endsWith("accounts.csv"))!.path]!);
    expect(csv).toContain(`'=HYPERLINK(""x"")`);
    expect(strFromU8(entries["README.md"]!)).toContain("SHA-256");

    const expired = await member(victim.id, "PRIVACY_OFFICER", at(7 * DAY + 1000));
    await expect(downloadPackage(expired, victim.slug, request.id)).rejects.toMatchObject({
      code: "conflict",
    });
    expect((await purgeExpiredPackages(at(7 * DAY + 1000))).purged).toBe(1);
    const tasks = await db.dsrTask.findMany({ where: { requestId: request.id } });
    expect(tasks.every((t) => t.exportSealed === null)).toBe(true);
    expect(await db.auditEvent.count({ where: { action: "dsr.package.purged" } })).toBe(2);
  });

  it("S12: another organisation's member gets 404 for the package and the certificate; MEMBER is refused, AUDITOR may read", async () => {
    const access = await createTestRequest({
      organizationId: victim.id,
      type: "ACCESS",
      subject: { email: "x@example.test" },
      systemIds,
      at: T0,
    });
    for (const id of access.taskIds) await answer(id, { status: "not_found" });
    const erasure = await createTestRequest({
      organizationId: victim.id,
      type: "ERASURE",
      subject: { email: "x@example.test" },
      systemIds,
      at: T0,
    });
    const intruder = await member(attacker.id, "OWNER");
    for (const call of [
      () => downloadPackage(intruder, attacker.slug, access.id),
      () => downloadPackage(intruder, victim.slug, access.id),
      () => downloadCertificate(intruder, attacker.slug, erasure.id, "json"),
      () => downloadCertificate(intruder, victim.slug, erasure.id, "pdf"),
    ])
      await expect(call()).rejects.toMatchObject({ code: "not_found" });

    const plainMember = await member(victim.id, "MEMBER");
    await expect(downloadPackage(plainMember, victim.slug, access.id)).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(downloadCertificate(plainMember, victim.slug, erasure.id, "json")).rejects.toMatchObject({
      code: "forbidden",
    });
    const auditor = await member(victim.id, "AUDITOR");
    expect((await downloadPackage(auditor, victim.slug, access.id)).contentType).toBe("application/zip");
    expect((await downloadCertificate(auditor, victim.slug, erasure.id, "pdf")).contentType).toBe(
      "application/pdf",
    );
  });
});

describe("the erasure certificate", () => {
  it("A17: provisional until every system confirmed (absence check included), then final with what was removed and blocked", async () => {
    const request = await createTestRequest({
      organizationId: victim.id,
      type: "ERASURE",
      subject: { email: "erase-me@example.test" },
      systemIds,
      at: T0,
    });
    const ctx = await member(victim.id, "OWNER");
    const keys = publicKeysOfKeyring(certificateSigningKeys());
    // The JSON download is the signed envelope (ADR 0020): it verifies, and the certificate is its payload.
    const read = async () => {
      const file = await downloadCertificate(ctx, victim.slug, request.id, "json");
      const verified = verifyEnvelope(file.bytes, keys);
      if (!verified.ok) throw new Error(`the certificate does not verify: ${verified.reason}`);
      return verified.document as unknown as Certificate;
    };

    expect((await read()).provisional).toBe(true);
    await answer(request.taskIds[0]!, {
      status: "done",
      records: 3,
      fields: ["email", "name"],
      recipients: [{ name: "Postmark (transactional email)", kind: "subprocessor", status: "done" }],
    });
    await answer(request.taskIds[1]!, {
      status: "blocked",
      records: 1,
      ground: "Statutory retention of invoices (HGB § 257)",
      blockedUntil: "2036-12-31T00:00:00Z",
    });
    // The first system's erasure is done, but its absence check has not answered yet.
    let certificate = await read();
    expect(certificate.provisional).toBe(true);
    const check = await db.dsrTask.findFirstOrThrow({
      where: { requestId: request.id, action: "ABSENCE_CHECK" },
    });
    await answer(check.id, { status: "done", absent: true });
    certificate = await read();
    expect(certificate.provisional).toBe(false);
    type System = { name: string; tasks: Record<string, unknown>[]; recipients: unknown[] };
    const systems = certificate.systems as System[];
    const first = systems.find((s) => s.name === "Product database")!;
    const second = systems.find((s) => s.name === "Analytics events")!;
    expect(first.tasks.map((t) => [t.action, t.status])).toEqual([
      ["erase", "done"],
      ["absence_check", "done"],
    ]);
    expect(first.tasks[0]).toMatchObject({ records: 3, fields: ["email", "name"] });
    expect(first.tasks[1]).toMatchObject({ absent: true });
    expect(first.recipients).toEqual([
      expect.objectContaining({ name: "Postmark (transactional email)", status: "done", action: "erase" }),
    ]);
    expect(second.tasks[0]).toMatchObject({
      status: "blocked",
      ground: "Statutory retention of invoices (HGB § 257)",
      blockedUntil: "2036-12-31T00:00:00.000Z",
    });
    expect(JSON.stringify(certificate)).not.toContain("erase-me@example.test");
    expect(certificate).toMatchObject({
      type: "article28.dsr-certificate",
      schemaVersion: 2,
      kind: "erasure",
    });
    expect(certificate.asOf).toBe(T0.toISOString());
    // Nothing changed, so a later download is the same signed file, byte for byte (Ed25519 is deterministic);
    // the PDF prints that file's key id and signature and carries the file itself.
    const json = await downloadCertificate(ctx, victim.slug, request.id, "json");
    const later = await downloadCertificate(
      await member(victim.id, "OWNER", at(3 * DAY)),
      victim.slug,
      request.id,
      "json",
    );
    expect(Buffer.from(later.bytes).equals(Buffer.from(json.bytes))).toBe(true);
    const envelope = JSON.parse(Buffer.from(json.bytes).toString()) as SignedEnvelope;
    const pdf = await downloadCertificate(ctx, victim.slug, request.id, "pdf");
    expect(Buffer.from(pdf.bytes).subarray(0, 5).toString()).toBe("%PDF-");
    const printed = printedText(Buffer.from(pdf.bytes)).replace(/\s+/g, " ");
    expect(printed).toContain(`Ed25519 key "${envelope.keyId}"`);
    expect(printed).toContain(`Signature: ${envelope.signature}`);
    expect(printed).toContain(
      `SHA-256 of the signed certificate: ${sha256Hex(Buffer.from(envelope.payload, "base64"))}`,
    );
    expect(pdfStreams(Buffer.from(pdf.bytes)).some((s) => s.equals(Buffer.from(json.bytes)))).toBe(true);
    expect(
      await db.auditEvent.count({ where: { action: "dsr.certificate.downloaded" } }),
    ).toBeGreaterThanOrEqual(8);
  });
});
