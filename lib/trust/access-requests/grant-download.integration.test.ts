// From request to watermarked download: staff approve or deny per document, the requester's personal
// link opens only their own approved, unexpired, unrevoked grants of documents still in the library;
// each download is watermarked for them, logged and audited. Refusals serve nothing and log nothing.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createUser, upsertProviderSettings } from "../../../prisma/factories.ts";
import { hashToken } from "../../crypto/token.ts";
import { db } from "../../db/client.ts";
import { outboxBody } from "../../mail/outbox.ts";
import { readWatermark } from "../../pdf/watermark.ts";
import { actAnonymously, actAs, FAKE_CLIENT } from "../../testing/fake-next-request.ts";
import { fixedClock } from "../../time/clock.ts";
import { sha256Hex } from "../../crypto/sha256.ts";
import { ensureTestNda, makeLibraryDocument, uniqueSuffix } from "../library/test-fixtures.ts";
import { approveGrant, approveGrantInput, denyGrant, revokeGrant } from "./decisions.ts";
import { downloadGrantedDocument } from "./grant-download.ts";
import { getPersonalAccess } from "./personal-access.ts";
import { accessRequestInput } from "./request-input.ts";
import { submitAccessRequest } from "./submit-request.ts";

vi.mock("next/headers", async () => (await import("../../testing/fake-next-request.ts")).nextHeadersMock);
vi.mock("../../jobs/email-jobs.ts", () => ({ requestEmailDelivery: async () => {} }));

const visitor = { ip: "203.0.113.8", userAgent: "Mozilla/5.0 (download test)", requestId: "req-download" };
const DAY = 24 * 60 * 60 * 1000;
let requestsMade = 0;

/** A visitor's request for `count` new gated documents, still pending. */
async function pendingRequest(count = 1) {
  const nda = await ensureTestNda("en");
  const documents = [];
  for (let i = 0; i < count; i++) documents.push(await makeLibraryDocument());
  const email = `reviewer-${uniqueSuffix()}@buyer.example`;
  actAnonymously();
  const input = accessRequestInput.parse({
    locale: "en",
    documents: documents.map((d) => d.slug).join(","),
    name: "Rita Reviewer",
    email,
    company: "Buyer Corp",
    reason: "Security due diligence",
    ndaTemplateId: nda.id,
    typedName: "Rita Reviewer",
  });
  // A fresh address per request keeps these tests clear of the per-IP limit (S20, tested elsewhere).
  const from = { ...visitor, ip: `198.51.100.${++requestsMade}` };
  expect(await submitAccessRequest(input, from)).toEqual({ status: "received" });
  const request = await db.accessRequest.findFirstOrThrow({
    where: { email },
    include: { grants: { orderBy: { createdAt: "asc" } } },
  });
  const grants = documents.map((d) => request.grants.find((g) => g.documentId === d.id)!);
  return { request, email, documents, grants };
}

/** The personal-page token from the newest approval email to `email`. */
async function tokenFromEmail(email: string): Promise<string> {
  const mail = await db.outboxEmail.findFirstOrThrow({
    where: { toAddress: email, idempotencyKey: { contains: ":approved" } },
    orderBy: { createdAt: "desc" },
  });
  expect(mail.sensitive, "the link email is sealed at rest").toBe(true);
  const token = /\/documents\/access\/([A-Za-z0-9_-]{43})/.exec(outboxBody(mail))?.[1];
  expect(token).toBeDefined();
  return token!;
}

async function reviewer() {
  const staff = await createUser({ staffRoles: ["CONTENT"] });
  await actAs(staff);
  return staff;
}

beforeEach(async () => {
  await upsertProviderSettings();
});

describe("approve, then download", () => {
  it("serves a watermarked copy of an approved document, logs it and audits it", async () => {
    const { request, email, documents, grants } = await pendingRequest();
    const staff = await reviewer();
    const clock = fixedClock("2026-11-23T10:00:00Z");
    expect(await approveGrant({ grantId: grants[0]!.id, days: 10 }, clock)).toContain("Approved");

    const approved = await db.accessGrant.findUniqueOrThrow({ where: { id: grants[0]!.id } });
    expect(approved).toMatchObject({
      status: "APPROVED",
      decidedById: staff.id,
      expiresAt: new Date(clock.now().getTime() + 10 * DAY),
    });
    expect(await db.accessRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      status: "DECIDED",
    });
    const token = await tokenFromEmail(email);
    expect((await db.accessRequest.findUniqueOrThrow({ where: { id: request.id } })).accessTokenHash).toBe(
      hashToken(token),
    );

    const page = await getPersonalAccess(token, "en", clock);
    expect(page).toMatchObject({
      name: "Rita Reviewer",
      company: "Buyer Corp",
      grants: [{ id: grants[0]!.id, state: "approved" }],
    });

    clock.advance(60_000);
    const download = await downloadGrantedDocument({ token, grantId: grants[0]!.id }, visitor, clock);
    if (!download.ok) throw new Error(`refused: ${download.refusal}`);
    expect(download.fileName).toBe(`${documents[0]!.slug}-2026-11-23.pdf`);
    const marks = await readWatermark(download.bytes);
    expect(marks.keywords).toContain(email);
    expect(marks.subject).toContain("Buyer Corp");
    expect(download.sha256).not.toBe(documents[0]!.sha256);

    const logged = await db.documentDownload.findMany({ where: { grantId: grants[0]!.id } });
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      email,
      company: "Buyer Corp",
      ip: visitor.ip,
      userAgent: visitor.userAgent,
      deliveredSha256: sha256Hex(download.bytes),
      requestId: request.id,
      downloadedAt: clock.now(),
    });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "trust.document.downloaded", targetId: documents[0]!.id },
    });
    expect(audit).toMatchObject({ actorUserId: null, actorLabel: email, ip: visitor.ip });
    expect(audit.metadata).toMatchObject({ grantId: grants[0]!.id, deliveredSha256: download.sha256 });
    const approval = await db.auditEvent.findFirstOrThrow({
      where: { action: "trust.access.grant.approved", targetId: grants[0]!.id },
    });
    expect(approval).toMatchObject({ actorUserId: staff.id, ip: FAKE_CLIENT.ip });
    expect(approval.metadata).toMatchObject({ days: 10 });
  });

  it("a later approval issues a new link that replaces the earlier one, and says so", async () => {
    const { email, grants } = await pendingRequest(2);
    await reviewer();
    await approveGrant({ grantId: grants[0]!.id, days: 30 });
    const first = await tokenFromEmail(email);
    await approveGrant({ grantId: grants[1]!.id, days: 30 });
    const second = await tokenFromEmail(email);
    expect(second).not.toBe(first);
    const mail = await db.outboxEmail.findFirstOrThrow({
      where: { idempotencyKey: `access-grant:${grants[1]!.id}:approved` },
    });
    expect(outboxBody(mail)).toContain("replaces the one in our earlier email");

    expect(await downloadGrantedDocument({ token: first, grantId: grants[0]!.id }, visitor)).toEqual({
      ok: false,
      refusal: "invalid-link",
    });
    for (const grant of grants)
      expect((await downloadGrantedDocument({ token: second, grantId: grant.id }, visitor)).ok).toBe(true);
  });
});

describe("refusals serve nothing", () => {
  const noDownloads = async (grantId: string) =>
    expect(await db.documentDownload.count({ where: { grantId } })).toBe(0);

  it("a denied document cannot be downloaded; the requester gets the reason", async () => {
    const { email, grants } = await pendingRequest(2);
    await reviewer();
    await approveGrant({ grantId: grants[0]!.id, days: 5 });
    expect(
      await denyGrant({ grantId: grants[1]!.id, reason: "Only for customers under contract." }),
    ).toContain("Denied");
    const token = await tokenFromEmail(email);
    expect(await downloadGrantedDocument({ token, grantId: grants[1]!.id }, visitor)).toEqual({
      ok: false,
      refusal: "denied",
    });
    await noDownloads(grants[1]!.id);
    const mail = await db.outboxEmail.findFirstOrThrow({
      where: { idempotencyKey: `access-grant:${grants[1]!.id}:denied` },
    });
    expect(outboxBody(mail)).toContain("Only for customers under contract.");
    const page = await getPersonalAccess(token, "en");
    expect(page?.grants.map((g) => [g.state, g.reason])).toEqual([
      ["approved", ""],
      ["denied", "Only for customers under contract."],
    ]);
  });

  it("an expired grant is refused from its expiry instant on", async () => {
    const { email, grants } = await pendingRequest();
    await reviewer();
    const clock = fixedClock("2026-11-23T10:00:00Z");
    await approveGrant({ grantId: grants[0]!.id, days: 1 }, clock);
    const token = await tokenFromEmail(email);
    clock.advance(DAY - 1);
    expect((await downloadGrantedDocument({ token, grantId: grants[0]!.id }, visitor, clock)).ok).toBe(true);
    clock.advance(1);
    expect(await downloadGrantedDocument({ token, grantId: grants[0]!.id }, visitor, clock)).toEqual({
      ok: false,
      refusal: "expired",
    });
    expect(await db.documentDownload.count({ where: { grantId: grants[0]!.id } })).toBe(1);
  });

  it("a revoked grant is refused, and the revocation is audited", async () => {
    const { email, grants } = await pendingRequest();
    const staff = await reviewer();
    await approveGrant({ grantId: grants[0]!.id, days: 30 });
    const token = await tokenFromEmail(email);
    expect(await revokeGrant({ grantId: grants[0]!.id })).toContain("Revoked");
    expect(await downloadGrantedDocument({ token, grantId: grants[0]!.id }, visitor)).toEqual({
      ok: false,
      refusal: "revoked",
    });
    await noDownloads(grants[0]!.id);
    expect(
      await db.auditEvent.count({
        where: { action: "trust.access.grant.revoked", targetId: grants[0]!.id, actorUserId: staff.id },
      }),
    ).toBe(1);
  });

  it("an archived document is refused even with a valid grant", async () => {
    const { email, documents, grants } = await pendingRequest();
    await reviewer();
    await approveGrant({ grantId: grants[0]!.id, days: 30 });
    const token = await tokenFromEmail(email);
    await db.libraryDocument.update({ where: { id: documents[0]!.id }, data: { archivedAt: new Date() } });
    expect(await downloadGrantedDocument({ token, grantId: grants[0]!.id }, visitor)).toEqual({
      ok: false,
      refusal: "withdrawn",
    });
    await noDownloads(grants[0]!.id);
  });

  it("a wrong, malformed or foreign token is refused; so is another request's grant", async () => {
    const mine = await pendingRequest();
    const theirs = await pendingRequest();
    await reviewer();
    await approveGrant({ grantId: mine.grants[0]!.id, days: 30 });
    await approveGrant({ grantId: theirs.grants[0]!.id, days: 30 });
    const myToken = await tokenFromEmail(mine.email);
    for (const token of ["x".repeat(43), "short", `${myToken}x`, "../../etc/passwd"]) {
      expect(await downloadGrantedDocument({ token, grantId: mine.grants[0]!.id }, visitor), token).toEqual({
        ok: false,
        refusal: "invalid-link",
      });
      expect(await getPersonalAccess(token, "en")).toBeNull();
    }
    expect(await downloadGrantedDocument({ token: myToken, grantId: theirs.grants[0]!.id }, visitor)).toEqual(
      { ok: false, refusal: "invalid-link" },
    );
    await noDownloads(theirs.grants[0]!.id);
  });

  it("a pending grant is not downloadable", async () => {
    const { email, grants } = await pendingRequest(2);
    await reviewer();
    await approveGrant({ grantId: grants[0]!.id, days: 30 });
    const token = await tokenFromEmail(email);
    expect(await downloadGrantedDocument({ token, grantId: grants[1]!.id }, visitor)).toEqual({
      ok: false,
      refusal: "pending",
    });
  });
});

describe("decisions", () => {
  it("decide a document once: a second decision is refused and changes nothing", async () => {
    const { grants } = await pendingRequest();
    await reviewer();
    await approveGrant({ grantId: grants[0]!.id, days: 30 });
    const before = await db.accessGrant.findUniqueOrThrow({ where: { id: grants[0]!.id } });
    await expect(denyGrant({ grantId: grants[0]!.id, reason: "Changed my mind" })).rejects.toThrow(
      "already decided",
    );
    await expect(approveGrant({ grantId: grants[0]!.id, days: 90 })).rejects.toThrow("already decided");
    expect(await db.accessGrant.findUniqueOrThrow({ where: { id: grants[0]!.id } })).toEqual(before);
  });

  it("approval lasts 1 to 90 days (30 by default)", () => {
    expect(approveGrantInput.parse({ grantId: "g" }).days).toBe(30);
    expect(approveGrantInput.parse({ grantId: "g", days: "90" }).days).toBe(90);
    for (const days of ["0", "91", "1.5", "", "ten"])
      expect(approveGrantInput.safeParse({ grantId: "g", days }).success, days).toBe(false);
  });

  it("an archived document cannot be approved", async () => {
    const { documents, grants } = await pendingRequest();
    await reviewer();
    await db.libraryDocument.update({ where: { id: documents[0]!.id }, data: { archivedAt: new Date() } });
    await expect(approveGrant({ grantId: grants[0]!.id, days: 30 })).rejects.toThrow("archived");
  });
});
