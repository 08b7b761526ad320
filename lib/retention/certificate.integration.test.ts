// The retention certificate (issue 13 "Signed certificates"; GDPR.md G1, G2; SECURITY.md S11, S12; ADR 0020,
// 0021): one purge run's evidence as a signed document. The organisation's owner downloads the controller's
// copy of a purge of its own records: it verifies with the published keys, says what the run recorded (the
// hash of the removed ids recomputes), leaves the held count out, is the same file when downloaded again, the
// PDF prints its signature and carries it, and one changed byte fails it. Another organisation's owner gets
// not_found and nothing; PRIVACY_OFFICER, MEMBER and AUDITOR are refused, SUPPORT and CONTENT staff too;
// PRIVACY and ADMIN staff get the provider's copy of any run, with the held count. Every download is audited
// (the organisation's chain only when the run removed its rows). Runs come from the real purge; times are
// relative to the test's clock (now), never fixed dates.
import { beforeAll, describe, expect, it } from "vitest";
import { createOrganization, createUser } from "../../prisma/factories.ts";
import { db } from "../db/client.ts";
import type { CustomerRole, StaffRole } from "../generated/prisma/enums.ts";
import { createHold } from "../legal-holds/create.ts";
import { createHoldInput } from "../legal-holds/input.ts";
import { pdfStreams, printedText } from "../pdf/testing/pdf-content.ts";
import type { SignedEnvelope } from "../signing/envelope.ts";
import { publicKeyListText } from "../signing/public-key-list.ts";
import { publicKeysOf, publishedKeysDocument } from "../signing/published-keys.ts";
import { verifyEnvelope } from "../signing/verify.ts";
import { contextFor } from "../testing/context.ts";
import { fixedClock } from "../time/clock.ts";
import { sha256Hex } from "../crypto/sha256.ts";
import { RETENTION_CERTIFICATE_TYPE, type RetentionCertificate } from "./certificate.ts";
import { retentionCertificateSummary } from "./certificate-summary.ts";
import {
  downloadOrganizationRetentionCertificate,
  downloadStaffRetentionCertificate,
} from "./download-certificate.ts";
import { idsSha256 } from "./evidence.ts";
import { runRetentionPurge } from "./purge.ts";

const DAY = 86_400_000;
const clock = fixedClock(new Date());
const ago = (days: number) => new Date(clock.now().getTime() - days * DAY);

let victim: { id: string; slug: string; name: string };
let attacker: { id: string; slug: string; name: string };
let removedIds: string[];
/** The victim's run (removed its expired emails), the attacker's (a hold kept its email), the provider's own. */
let victimRun: { id: string };
let heldRun: { id: string };
let providerRun: { id: string };

const published = () => publicKeysOf(publishedKeysDocument.parse(JSON.parse(publicKeyListText())));

async function sentEmail(organizationId: string, daysAgo: number) {
  return db.outboxEmail.create({
    data: {
      idempotencyKey: `retention-certificate-${Math.random().toString(36).slice(2)}`,
      organizationId,
      toAddress: "someone@example.test",
      subject: "Hello",
      textBody: "Hello",
      status: "SENT",
      sentAt: ago(daysAgo),
      createdAt: ago(daysAgo),
    },
    select: { id: true },
  });
}

const member = async (organizationId: string, role: CustomerRole) =>
  contextFor(await createUser({ memberships: [{ organizationId, role }] }), { clock });
const staff = async (role: StaffRole) => contextFor(await createUser({ staffRoles: [role] }), { clock });

function payloadOf(bytes: Uint8Array): RetentionCertificate {
  const verified = verifyEnvelope(bytes, published());
  if (!verified.ok) throw new Error(`the certificate does not verify: ${verified.reason}`);
  return verified.document as RetentionCertificate;
}

const downloads = (chain: string, evidenceId: string) =>
  db.auditEvent.count({
    where: { chain, action: "retention.certificate.downloaded", targetId: evidenceId },
  });

beforeAll(async () => {
  victim = await createOrganization({ name: "Victim Retention AG" });
  attacker = await createOrganization({ name: "Attacker Retention GmbH" });
  const removed = [await sentEmail(victim.id, 500), await sentEmail(victim.id, 420)];
  removedIds = removed.map((e) => e.id);
  await sentEmail(victim.id, 10);
  await sentEmail(attacker.id, 500);
  await createHold(
    await staff("PRIVACY"),
    createHoldInput.parse({ scope: "ORGANIZATION", organizationId: attacker.id, reason: "Inquiry 12/26" }),
  );
  await runRetentionPurge(clock, { categories: ["outbox-emails"] });
  victimRun = await db.retentionRun.findFirstOrThrow({
    where: { organizationId: victim.id, category: "outbox-emails" },
  });
  heldRun = await db.retentionRun.findFirstOrThrow({
    where: { organizationId: attacker.id, category: "outbox-emails" },
  });
  providerRun = await db.retentionRun.create({
    data: {
      runId: "provider-run",
      category: "sessions",
      organizationId: null,
      periodDays: 30,
      cutoff: ago(30),
      selector: "Session expired before the cutoff",
      removed: 3,
      held: 0,
      oldestAt: ago(60),
      newestAt: ago(40),
      idsSha256: idsSha256(["s1", "s2", "s3"]),
      startedAt: clock.now(),
      finishedAt: clock.now(),
    },
  });
});

describe("the organisation's retention certificate", () => {
  it("G1: verifies with the published keys, says what the run recorded without the held count, and fails after one changed byte", async () => {
    const owner = await member(victim.id, "OWNER");
    const file = await downloadOrganizationRetentionCertificate(owner, victim.slug, victimRun.id, "json");
    expect(file.contentType).toContain("application/json");
    const certificate = payloadOf(file.bytes);
    expect(certificate).toMatchObject({
      type: RETENTION_CERTIFICATE_TYPE,
      schema: 1,
      copy: "controller",
      run: { id: victimRun.id },
      category: { key: "outbox-emails", label: { en: "Sent emails", de: "Versendete E-Mails" } },
      organization: { id: victim.id, slug: victim.slug, name: victim.name },
      period: { days: 365, cutoff: ago(365).toISOString() },
      removed: 2,
      held: null,
      range: { oldestAt: ago(500).toISOString(), newestAt: ago(420).toISOString() },
      idsSha256: idsSha256(removedIds),
    });
    expect(certificate.category.selector).toContain("OutboxEmail");
    expect(certificate.issuer.url).toMatch(/^https?:\/\//);
    expect(certificate.publicKeys).toContain("/.well-known/article28-certificate-keys.json");

    // One changed byte in the signed payload: NOT VALID.
    const text = Buffer.from(file.bytes);
    const at = text.indexOf('"payload": "') + '"payload": "'.length + 40;
    const changed = Buffer.from(text);
    changed[at] = changed[at] === 0x41 ? 0x42 : 0x41;
    expect(verifyEnvelope(changed, published())).toMatchObject({ ok: false, reason: "bad_signature" });

    // The same copy again is the same file; the PDF prints its seal and carries it.
    const again = await downloadOrganizationRetentionCertificate(owner, victim.slug, victimRun.id, "json");
    expect(Buffer.from(again.bytes).equals(text)).toBe(true);
    const pdf = await downloadOrganizationRetentionCertificate(owner, victim.slug, victimRun.id, "pdf");
    expect(pdf.contentType).toBe("application/pdf");
    const envelope = JSON.parse(text.toString("utf8")) as SignedEnvelope;
    const printed = printedText(Buffer.from(pdf.bytes)).replace(/\s+/g, " ");
    expect(printed).toContain(`Ed25519 key "${envelope.keyId}"`);
    expect(printed).toContain(`Signature: ${envelope.signature}`);
    expect(printed).toContain(
      `SHA-256 of the signed certificate: ${sha256Hex(Buffer.from(envelope.payload, "base64"))}`,
    );
    expect(printed).toContain(idsSha256(removedIds));
    expect(printed).toContain("not stated in the controller's copy");
    expect(pdfStreams(Buffer.from(pdf.bytes)).some((s) => s.equals(text))).toBe(true);

    // `npm run verify-certificate` prints it.
    const summary = retentionCertificateSummary(certificate)!.join("\n");
    expect(summary).toContain(`Retention certificate ${victimRun.id} (schema 1, controller's copy)`);
    expect(summary).toContain("Records removed: 2");

    // Each download is a data access in the organisation's chain, and in the provider's.
    expect(await downloads(`org:${victim.id}`, victimRun.id)).toBe(3);
    expect(await downloads("provider", victimRun.id)).toBe(3);
  });

  it("S12: another organisation's owner gets not_found, through its own organisation and the victim's, and nothing is audited in the victim's chain", async () => {
    const before = await downloads(`org:${victim.id}`, victimRun.id);
    const intruder = await member(attacker.id, "OWNER");
    await expect(
      downloadOrganizationRetentionCertificate(intruder, attacker.slug, victimRun.id, "json"),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      downloadOrganizationRetentionCertificate(intruder, victim.slug, victimRun.id, "pdf"),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      downloadOrganizationRetentionCertificate(intruder, attacker.slug, providerRun.id, "json"),
    ).rejects.toMatchObject({ code: "not_found" });
    expect(await downloads(`org:${victim.id}`, victimRun.id)).toBe(before);
  });

  it("G2, ADR 0021: an organisation's run that only counted rows a hold kept is not the customer's to download", async () => {
    const owner = await member(attacker.id, "OWNER");
    await expect(
      downloadOrganizationRetentionCertificate(owner, attacker.slug, heldRun.id, "json"),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("S11: the organisation's ADMIN may download; PRIVACY_OFFICER, MEMBER and AUDITOR are refused", async () => {
    const admin = await member(victim.id, "ADMIN");
    expect(
      payloadOf(
        (await downloadOrganizationRetentionCertificate(admin, victim.slug, victimRun.id, "json")).bytes,
      ),
    ).toMatchObject({ copy: "controller", removed: 2 });
    for (const role of ["PRIVACY_OFFICER", "MEMBER", "AUDITOR"] as const)
      await expect(
        downloadOrganizationRetentionCertificate(
          await member(victim.id, role),
          victim.slug,
          victimRun.id,
          "json",
        ),
        role,
      ).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("the provider's retention certificate", () => {
  it("G1, G2: PRIVACY and ADMIN staff get any run's provider copy, with the rows a hold kept; audited where it concerns the organisation", async () => {
    for (const role of ["PRIVACY", "ADMIN"] as const) {
      const ctx = await staff(role);
      const held = payloadOf((await downloadStaffRetentionCertificate(ctx, heldRun.id, "json")).bytes);
      expect(held, role).toMatchObject({
        copy: "provider",
        organization: { id: attacker.id, name: attacker.name },
        removed: 0,
        held: 1,
      });
      const own = payloadOf((await downloadStaffRetentionCertificate(ctx, providerRun.id, "json")).bytes);
      expect(own, role).toMatchObject({
        organization: null,
        removed: 3,
        held: 0,
        category: { key: "sessions" },
      });
      const victims = await downloadStaffRetentionCertificate(ctx, victimRun.id, "pdf");
      const printed = printedText(Buffer.from(victims.bytes)).replace(/\s+/g, " ");
      expect(printed).toContain("The provider's copy: it states the rows a legal hold kept.");
    }
    // A run that only counted held rows stays in the provider's chain (whether a hold exists is the provider's to tell).
    expect(await downloads("provider", heldRun.id)).toBe(2);
    expect(await downloads(`org:${attacker.id}`, heldRun.id)).toBe(0);
    expect(await downloads("provider", providerRun.id)).toBe(2);
    await expect(
      downloadStaffRetentionCertificate(await staff("PRIVACY"), "no-such-run", "json"),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("S11: SUPPORT and CONTENT staff are refused; a customer's owner is told the page does not exist", async () => {
    for (const role of ["SUPPORT", "CONTENT"] as const)
      await expect(
        downloadStaffRetentionCertificate(await staff(role), victimRun.id, "json"),
        role,
      ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      downloadStaffRetentionCertificate(await member(victim.id, "OWNER"), victimRun.id, "json"),
    ).rejects.toMatchObject({ code: "not_found" });
  });
});
