// From request to watermarked download: staff approve or deny per document, the requester's personal
// link opens only their own approved, unexpired, unrevoked grants of documents still in the library;
// each download is watermarked for them, logged and audited. Refusals serve nothing and log nothing.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createUser, upsertProviderSettings } from "../../../prisma/factories.ts";
import type { SignedInContext } from "../../context/context.ts";
import { hashToken } from "../../crypto/token.ts";
import { db } from "../../db/client.ts";
import { outboxBody } from "../../mail/outbox.ts";
import { readWatermark } from "../../pdf/watermark.ts";
import { anonymousContext, contextFor, TEST_CLIENT } from "../../testing/context.ts";
import { fixedClock, type Clock } from "../../time/clock.ts";
import { sha256Hex } from "../../crypto/sha256.ts";
import { ensureTestNda, makeLibraryDocument, uniqueSuffix } from "../library/test-fixtures.ts";
import { approveGrant, approveGrantInput, denyGrant, revokeGrant } from "./decisions.ts";
import { ACCESS_REQUEST_MESSAGES } from "./messages.ts";
import { downloadGrantedDocument } from "./grant-download.ts";
import { getPersonalAccess } from "./personal-access.ts";
import { accessRequestInput } from "./request-input.ts";
import { submitAccessRequest } from "./submit-request.ts";

vi.mock("../../jobs/email-jobs.ts", () => ({ requestEmailDelivery: async () => {} }));

const DOWNLOADER = { ip: "203.0.113.8", userAgent: "Mozilla/5.0 (download test)", requestId: "req-download" };
/** Whoever holds the personal link, downloading (the link is the only credential). */
const holder = (clock?: Clock) => anonymousContext({ request: DOWNLOADER, clock });
const DAY = 24 * 60 * 60 * 1000;
let requestsMade = 0;

/** A visitor's request for `count` new gated documents, still pending. */
async function pendingRequest(count = 1) {
  const nda = await ensureTestNda("en");
  const documents = [];
  for (let i = 0; i < count; i++) documents.push(await makeLibraryDocument());
  const email = `reviewer-${uniqueSuffix()}@buyer.example`;
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
  const from = anonymousContext({ request: { ...DOWNLOADER, ip: `198.51.100.${++requestsMade}` } });
  expect(await submitAccessRequest(from, input)).toMatchObject({ status: "received" });
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

/** A content staff member's context, deciding requests. */
async function reviewer(clock?: Clock): Promise<SignedInContext> {
  return contextFor(await createUser({ staffRoles: ["CONTENT"] }), { clock });
}

beforeEach(async () => {
  await upsertProviderSettings();
});

describe("approve, then download", () => {
  it("serves a watermarked copy of an approved document, logs it and audits it", async () => {
    const { request, email, documents, grants } = await pendingRequest();
    const clock = fixedClock("2026-11-23T10:00:00Z");
    const staff = await reviewer(clock);
    expect(await approveGrant(staff, { grantId: grants[0]!.id, days: 10 })).toEqual({
      documentTitle: documents[0]!.title,
      email,
      days: 10,
    });

    const approved = await db.accessGrant.findUniqueOrThrow({ where: { id: grants[0]!.id } });
    expect(approved).toMatchObject({
      status: "APPROVED",
      decidedById: staff.actor.userId,
      expiresAt: new Date(clock.now().getTime() + 10 * DAY),
    });
    expect(await db.accessRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      status: "DECIDED",
    });
    const token = await tokenFromEmail(email);
    expect((await db.accessRequest.findUniqueOrThrow({ where: { id: request.id } })).accessTokenHash).toBe(
      hashToken(token),
    );

    const page = await getPersonalAccess(holder(clock), token, "en");
    expect(page).toMatchObject({
      name: "Rita Reviewer",
      company: "Buyer Corp",
      grants: [{ id: grants[0]!.id, state: "approved" }],
    });

    clock.advance(60_000);
    const download = await downloadGrantedDocument(holder(clock), { token, grantId: grants[0]!.id });
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
      ip: DOWNLOADER.ip,
      userAgent: DOWNLOADER.userAgent,
      deliveredSha256: sha256Hex(download.bytes),
      requestId: request.id,
      downloadedAt: clock.now(),
    });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "trust.document.downloaded", targetId: documents[0]!.id },
    });
    expect(audit).toMatchObject({ actorUserId: null, actorLabel: email, ip: DOWNLOADER.ip });
    expect(audit.metadata).toMatchObject({ grantId: grants[0]!.id, deliveredSha256: download.sha256 });
    const approval = await db.auditEvent.findFirstOrThrow({
      where: { action: "trust.access.grant.approved", targetId: grants[0]!.id },
    });
    expect(approval).toMatchObject({ actorUserId: staff.actor.userId, ip: TEST_CLIENT.ip });
    expect(approval.metadata).toMatchObject({ days: 10 });
  });

  it("a later approval issues a new link that replaces the earlier one, and says so", async () => {
    const { email, grants } = await pendingRequest(2);
    const staff = await reviewer();
    await approveGrant(staff, { grantId: grants[0]!.id, days: 30 });
    const first = await tokenFromEmail(email);
    await approveGrant(staff, { grantId: grants[1]!.id, days: 30 });
    const second = await tokenFromEmail(email);
    expect(second).not.toBe(first);
    const mail = await db.outboxEmail.findFirstOrThrow({
      where: { idempotencyKey: `access-grant:${grants[1]!.id}:approved` },
    });
    expect(outboxBody(mail)).toContain("replaces the one in our earlier email");

    expect(await downloadGrantedDocument(holder(), { token: first, grantId: grants[0]!.id })).toEqual({
      ok: false,
      refusal: "invalid-link",
    });
    for (const grant of grants)
      expect((await downloadGrantedDocument(holder(), { token: second, grantId: grant.id })).ok).toBe(true);
  });
});

describe("refusals serve nothing", () => {
  const noDownloads = async (grantId: string) =>
    expect(await db.documentDownload.count({ where: { grantId } })).toBe(0);

  it("a denied document cannot be downloaded; the requester gets the reason", async () => {
    const { email, documents, grants } = await pendingRequest(2);
    const staff = await reviewer();
    await approveGrant(staff, { grantId: grants[0]!.id, days: 5 });
    expect(
      await denyGrant(staff, { grantId: grants[1]!.id, reason: "Only for customers under contract." }),
    ).toEqual({ documentTitle: documents[1]!.title, email });
    const token = await tokenFromEmail(email);
    expect(await downloadGrantedDocument(holder(), { token, grantId: grants[1]!.id })).toEqual({
      ok: false,
      refusal: "denied",
    });
    await noDownloads(grants[1]!.id);
    const mail = await db.outboxEmail.findFirstOrThrow({
      where: { idempotencyKey: `access-grant:${grants[1]!.id}:denied` },
    });
    expect(outboxBody(mail)).toContain("Only for customers under contract.");
    const page = await getPersonalAccess(holder(), token, "en");
    expect(page?.grants.map((g) => [g.state, g.reason])).toEqual([
      ["approved", ""],
      ["denied", "Only for customers under contract."],
    ]);
  });

  it("an expired grant is refused from its expiry instant on", async () => {
    const { email, grants } = await pendingRequest();
    const clock = fixedClock("2026-11-23T10:00:00Z");
    await approveGrant(await reviewer(clock), { grantId: grants[0]!.id, days: 1 });
    const token = await tokenFromEmail(email);
    clock.advance(DAY - 1);
    expect((await downloadGrantedDocument(holder(clock), { token, grantId: grants[0]!.id })).ok).toBe(true);
    clock.advance(1);
    expect(await downloadGrantedDocument(holder(clock), { token, grantId: grants[0]!.id })).toEqual({
      ok: false,
      refusal: "expired",
    });
    expect(await db.documentDownload.count({ where: { grantId: grants[0]!.id } })).toBe(1);
  });

  it("a revoked grant is refused, and the revocation is audited", async () => {
    const { email, documents, grants } = await pendingRequest();
    const staff = await reviewer();
    await approveGrant(staff, { grantId: grants[0]!.id, days: 30 });
    const token = await tokenFromEmail(email);
    expect(await revokeGrant(staff, { grantId: grants[0]!.id })).toEqual({
      documentTitle: documents[0]!.title,
      email,
      revoked: true,
    });
    expect(await revokeGrant(staff, { grantId: grants[0]!.id })).toMatchObject({ revoked: false });
    expect(await downloadGrantedDocument(holder(), { token, grantId: grants[0]!.id })).toEqual({
      ok: false,
      refusal: "revoked",
    });
    await noDownloads(grants[0]!.id);
    expect(
      await db.auditEvent.count({
        where: {
          action: "trust.access.grant.revoked",
          targetId: grants[0]!.id,
          actorUserId: staff.actor.userId,
        },
      }),
    ).toBe(1);
  });

  it("an archived document is refused even with a valid grant", async () => {
    const { email, documents, grants } = await pendingRequest();
    await approveGrant(await reviewer(), { grantId: grants[0]!.id, days: 30 });
    const token = await tokenFromEmail(email);
    await db.libraryDocument.update({ where: { id: documents[0]!.id }, data: { archivedAt: new Date() } });
    expect(await downloadGrantedDocument(holder(), { token, grantId: grants[0]!.id })).toEqual({
      ok: false,
      refusal: "withdrawn",
    });
    await noDownloads(grants[0]!.id);
  });

  it("a wrong, malformed or foreign token is refused; so is another request's grant", async () => {
    const mine = await pendingRequest();
    const theirs = await pendingRequest();
    const staff = await reviewer();
    await approveGrant(staff, { grantId: mine.grants[0]!.id, days: 30 });
    await approveGrant(staff, { grantId: theirs.grants[0]!.id, days: 30 });
    const myToken = await tokenFromEmail(mine.email);
    for (const token of ["x".repeat(43), "short", `${myToken}x`, "../../etc/passwd"]) {
      expect(await downloadGrantedDocument(holder(), { token, grantId: mine.grants[0]!.id }), token).toEqual({
        ok: false,
        refusal: "invalid-link",
      });
      expect(await getPersonalAccess(holder(), token, "en")).toBeNull();
    }
    expect(
      await downloadGrantedDocument(holder(), { token: myToken, grantId: theirs.grants[0]!.id }),
    ).toEqual({ ok: false, refusal: "invalid-link" });
    await noDownloads(theirs.grants[0]!.id);
  });

  it("a pending grant is not downloadable", async () => {
    const { email, grants } = await pendingRequest(2);
    await approveGrant(await reviewer(), { grantId: grants[0]!.id, days: 30 });
    const token = await tokenFromEmail(email);
    expect(await downloadGrantedDocument(holder(), { token, grantId: grants[1]!.id })).toEqual({
      ok: false,
      refusal: "pending",
    });
  });
});

describe("decisions", () => {
  it("decide a document once: a second decision is refused and changes nothing", async () => {
    const { grants } = await pendingRequest();
    const staff = await reviewer();
    await approveGrant(staff, { grantId: grants[0]!.id, days: 30 });
    const before = await db.accessGrant.findUniqueOrThrow({ where: { id: grants[0]!.id } });
    const alreadyDecided = { code: "conflict", text: ACCESS_REQUEST_MESSAGES.alreadyDecided };
    await expect(
      denyGrant(staff, { grantId: grants[0]!.id, reason: "Changed my mind" }),
    ).rejects.toMatchObject(alreadyDecided);
    await expect(approveGrant(staff, { grantId: grants[0]!.id, days: 90 })).rejects.toMatchObject(
      alreadyDecided,
    );
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
    const staff = await reviewer();
    await db.libraryDocument.update({ where: { id: documents[0]!.id }, data: { archivedAt: new Date() } });
    await expect(approveGrant(staff, { grantId: grants[0]!.id, days: 30 })).rejects.toMatchObject({
      code: "conflict",
      text: ACCESS_REQUEST_MESSAGES.archivedDocument,
    });
  });
});
