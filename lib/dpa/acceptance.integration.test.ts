// Accepting the DPA per organisation (GDPR.md D3; ADR 0029): publishing version 1 emails every organisation's
// owners and admins; the owner accepts — who, organisation, version, the text's SHA-256, time, IP, user agent,
// name and title are stored in a row nobody can change (trigger and missing grants) and audited in both
// chains; the signed receipt verifies with the published keys and fails after one changed byte. Version 2
// asks again: the organisation is pending, sees the diff base, a named MEMBER signatory accepts it, and
// acceptedDpaAt answers each date. MEMBER, AUDITOR, PRIVACY_OFFICER cannot accept unless named; another
// organisation's owner gets not_found and nothing on every function. Times are relative to the test's start.
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { createOrganization, createUser, upsertProviderSettings } from "../../prisma/factories.ts";
import { db } from "../db/client.ts";
import type { CustomerRole } from "../generated/prisma/enums.ts";
import { publicKeyListText } from "../signing/public-key-list.ts";
import { publicKeysOf, publishedKeysDocument } from "../signing/published-keys.ts";
import { verifyEnvelope } from "../signing/verify.ts";
import { contextFor, TEST_CLIENT } from "../testing/context.ts";
import { fixedClock } from "../time/clock.ts";
import { acceptDpa, acceptDpaInput } from "./accept.ts";
import { acceptedDpaAt } from "./accepted.ts";
import { downloadOrganizationDpaReceipt, downloadStaffDpaReceipt } from "./download-receipt.ts";
import { dpaPortalView, pendingDpaVersion } from "./portal-view.ts";
import { DPA_RECEIPT_TYPE, dpaReceiptSummary, type DpaReceipt } from "./receipt.ts";
import { setDpaSignatory } from "./signatories.ts";
import { dpaBody, publishDpa } from "./testing.ts";

const HOUR = 3_600_000;
const T0 = Date.now();
const at = (hours: number) => fixedClock(new Date(T0 + hours * HOUR));
const published = () => publicKeysOf(publishedKeysDocument.parse(JSON.parse(publicKeyListText())));

let acme: { id: string; slug: string; name: string };
let globex: { id: string; slug: string };
const users: Partial<Record<CustomerRole | "attacker", { id: string; email: string }>> = {};
let v1: { id: string; contentHash: string };
let v2: { id: string; contentHash: string };
let firstAcceptance: string;

const as = (who: keyof typeof users, hours: number) => contextFor(users[who]!, { clock: at(hours) });
const input = (version: { id: string; contentHash: string }, slug = acme.slug) =>
  acceptDpaInput("en").parse({
    slug,
    versionId: version.id,
    contentHash: version.contentHash,
    signatoryName: "Anna Owner",
    signatoryTitle: "Managing Director",
    confirm: "yes",
  });

beforeAll(async () => {
  await upsertProviderSettings();
  acme = await createOrganization({ name: "Acme Retail AG" });
  globex = await createOrganization();
  for (const role of ["OWNER", "ADMIN", "MEMBER", "AUDITOR", "PRIVACY_OFFICER"] as const)
    users[role] = await createUser({ memberships: [{ organizationId: acme.id, role }] });
  users.attacker = await createUser({ memberships: [{ organizationId: globex.id, role: "OWNER" }] });
  const editor = await contextFor(await createUser({ staffRoles: ["CONTENT"] }), { clock: at(0) });
  v1 = await publishDpa(editor);
});

describe("version 1", () => {
  it("was announced to every organisation's owners and admins, once", async () => {
    const notices = await db.dpaNotice.findMany({ where: { versionId: v1.id, organizationId: acme.id } });
    expect(notices).toMatchObject([{ stage: 0, recipients: 2 }]);
    const emails = await db.outboxEmail.findMany({
      where: { organizationId: acme.id, idempotencyKey: { startsWith: `dpa-notice:${v1.id}:` } },
      select: { toAddress: true, subject: true },
    });
    expect(emails.map((e) => e.toAddress).sort()).toEqual([users.OWNER!.email, users.ADMIN!.email].sort());
    expect(emails[0]!.subject).toContain("please accept");
    expect(await pendingDpaVersion(await as("MEMBER", 1), acme.slug)).toBe(1);
  });

  it("MEMBER, AUDITOR and PRIVACY_OFFICER cannot accept; nothing is recorded", async () => {
    for (const role of ["MEMBER", "AUDITOR", "PRIVACY_OFFICER"] as const)
      await expect(acceptDpa(await as(role, 1), input(v1))).rejects.toMatchObject({ code: "forbidden" });
    expect(await db.dpaAcceptance.count()).toBe(0);
  });

  it("another organisation's owner gets not_found on Acme's page, acceptance and signatories", async () => {
    const attacker = await as("attacker", 1);
    await expect(dpaPortalView(attacker, acme.slug)).rejects.toMatchObject({ code: "not_found" });
    await expect(pendingDpaVersion(attacker, acme.slug)).rejects.toMatchObject({ code: "not_found" });
    await expect(acceptDpa(attacker, input(v1))).rejects.toMatchObject({ code: "not_found" });
    await expect(
      setDpaSignatory(attacker, { slug: acme.slug, userId: users.MEMBER!.id }, true),
    ).rejects.toMatchObject({ code: "not_found" });
    // Its own organisation with Acme's member: not a member there.
    await expect(
      setDpaSignatory(attacker, { slug: globex.slug, userId: users.MEMBER!.id }, true),
    ).rejects.toMatchObject({ code: "not_found" });
    expect(await db.dpaSignatory.count()).toBe(0);
  });

  it("the owner accepts: every fact is stored, audited in both chains", async () => {
    const owner = await as("OWNER", 2);
    const { acceptanceId, version } = await acceptDpa(owner, input(v1));
    firstAcceptance = acceptanceId;
    expect(version).toBe(1);
    const row = await db.dpaAcceptance.findUniqueOrThrow({ where: { id: acceptanceId } });
    expect(row).toMatchObject({
      organizationId: acme.id,
      organizationName: "Acme Retail AG",
      versionId: v1.id,
      version: 1,
      locale: "en",
      contentHash: v1.contentHash,
      userId: users.OWNER!.id,
      userEmail: users.OWNER!.email,
      signatoryName: "Anna Owner",
      signatoryTitle: "Managing Director",
      ip: TEST_CLIENT.ip,
      userAgent: TEST_CLIENT.userAgent,
      acceptedAt: at(2).now(),
    });
    const events = await db.auditEvent.findMany({
      where: { action: "dpa.accepted" },
      select: { organizationId: true },
    });
    expect(events.map((e) => e.organizationId).sort()).toEqual([acme.id, null].sort());
    await expect(acceptDpa(owner, input(v1))).rejects.toMatchObject({ code: "conflict" });
    expect(await pendingDpaVersion(await as("MEMBER", 3), acme.slug)).toBeNull();
  });

  it("the acceptance cannot be changed or deleted: not by the application, not by the tables' owner", async () => {
    await expect(
      db.dpaAcceptance.update({ where: { id: firstAcceptance }, data: { signatoryName: "Someone else" } }),
    ).rejects.toThrow();
    await expect(db.dpaAcceptance.delete({ where: { id: firstAcceptance } })).rejects.toThrow();
    const owner = new pg.Client({ connectionString: process.env.DATABASE_OWNER_URL });
    await owner.connect();
    try {
      await expect(
        owner.query(`UPDATE "DpaAcceptance" SET "signatoryName" = 'x' WHERE id = $1`, [firstAcceptance]),
      ).rejects.toThrow(/immutable evidence/);
      await expect(
        owner.query(`DELETE FROM "DpaAcceptance" WHERE id = $1`, [firstAcceptance]),
      ).rejects.toThrow(/immutable evidence/);
    } finally {
      await owner.end();
    }
    expect((await db.dpaAcceptance.findUniqueOrThrow({ where: { id: firstAcceptance } })).signatoryName).toBe(
      "Anna Owner",
    );
  });

  it("the receipt verifies with the published keys, says what was accepted, and fails after one changed byte", async () => {
    const file = await downloadOrganizationDpaReceipt(
      await as("AUDITOR", 3),
      acme.slug,
      firstAcceptance,
      "json",
    );
    const verified = verifyEnvelope(file.bytes, published());
    if (!verified.ok) throw new Error(`the receipt does not verify: ${verified.reason}`);
    const receipt = verified.document as DpaReceipt;
    expect(receipt).toMatchObject({
      type: DPA_RECEIPT_TYPE,
      organization: { id: acme.id, name: "Acme Retail AG" },
      document: { version: 1, locale: "en", contentHash: v1.contentHash },
      signatory: { name: "Anna Owner", title: "Managing Director", email: users.OWNER!.email },
      request: { ip: TEST_CLIENT.ip, userAgent: TEST_CLIENT.userAgent },
      acceptance: { id: firstAcceptance, acceptedAt: at(2).now().toISOString() },
    });
    expect(dpaReceiptSummary(receipt)?.join("\n")).toContain("Anna Owner");

    const text = Buffer.from(file.bytes);
    const offset = text.indexOf('"payload": "') + '"payload": "'.length + 40;
    const changed = Buffer.from(text);
    changed[offset] = changed[offset] === 0x41 ? 0x42 : 0x41;
    expect(verifyEnvelope(changed, published())).toMatchObject({ ok: false, reason: "bad_signature" });

    // The same receipt again is the same file; the PDF carries it; staff get it too.
    const again = await downloadOrganizationDpaReceipt(
      await as("OWNER", 4),
      acme.slug,
      firstAcceptance,
      "json",
    );
    expect(Buffer.from(again.bytes).equals(Buffer.from(file.bytes))).toBe(true);
    const pdf = await downloadOrganizationDpaReceipt(await as("OWNER", 4), acme.slug, firstAcceptance, "pdf");
    expect(Buffer.from(pdf.bytes).subarray(0, 5).toString()).toBe("%PDF-");
    const support = await contextFor(await createUser({ staffRoles: ["SUPPORT"] }));
    expect((await downloadStaffDpaReceipt(support, firstAcceptance, "json")).sha256).toBe(file.sha256);
    const content = await contextFor(await createUser({ staffRoles: ["CONTENT"] }));
    await expect(downloadStaffDpaReceipt(content, firstAcceptance, "json")).rejects.toMatchObject({
      code: "forbidden",
    });
    expect(await db.auditEvent.count({ where: { action: "dpa.receipt.downloaded" } })).toBe(2 * 4);
  });

  it("MEMBER may not download receipts; another organisation's owner gets not_found and no file", async () => {
    await expect(
      downloadOrganizationDpaReceipt(await as("MEMBER", 3), acme.slug, firstAcceptance, "json"),
    ).rejects.toMatchObject({ code: "forbidden" });
    const attacker = await as("attacker", 3);
    await expect(
      downloadOrganizationDpaReceipt(attacker, acme.slug, firstAcceptance, "pdf"),
    ).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(
      downloadOrganizationDpaReceipt(attacker, globex.slug, firstAcceptance, "pdf"),
    ).rejects.toMatchObject({ code: "not_found" });
    const view = await dpaPortalView(attacker, globex.slug);
    expect(JSON.stringify(view)).not.toContain(acme.id);
    expect(JSON.stringify(view)).not.toContain("Anna Owner");
  });
});

describe("version 2", () => {
  it("asks again: pending, the diff base is version 1, a stale form is refused", async () => {
    const editor = await contextFor(await createUser({ staffRoles: ["CONTENT"] }), { clock: at(10) });
    v2 = await publishDpa(editor, {
      body: dpaBody("A new sentence in version two."),
      effectiveDate: "2026-06-01",
    });
    expect(await db.dpaNotice.count({ where: { versionId: v2.id } })).toBe(2);
    const view = await dpaPortalView(await as("OWNER", 11), acme.slug);
    expect(view.status.state).toBe("pending");
    expect(view.previous).toMatchObject({ version: 1, contentHash: v1.contentHash });
    expect(view.text).toMatchObject({ version: 2, contentHash: v2.contentHash });
    expect(view.canAccept).toBe(true);
    await expect(acceptDpa(await as("OWNER", 11), input(v1))).rejects.toMatchObject({ code: "conflict" });
  });

  it("an organisation being closed accepts nothing: no form, no banner, refused, nothing recorded (ADR 0024)", async () => {
    const closing = await createOrganization({ name: "Leaving GmbH" });
    const owner = await createUser({ memberships: [{ organizationId: closing.id, role: "OWNER" }] });
    await db.organization.update({ where: { id: closing.id }, data: { closingSince: new Date(T0) } });
    const ctx = await contextFor(owner, { clock: at(11) });
    expect((await dpaPortalView(ctx, closing.slug)).canAccept).toBe(false);
    expect(await pendingDpaVersion(ctx, closing.slug)).toBeNull();
    await expect(acceptDpa(ctx, input(v2, closing.slug))).rejects.toMatchObject({ code: "conflict" });
    expect(await db.dpaAcceptance.count({ where: { organizationId: closing.id } })).toBe(0);
  });

  it("a MEMBER named as signatory by the owner accepts it; unnamed again, cannot", async () => {
    const member = await as("MEMBER", 12);
    expect((await dpaPortalView(member, acme.slug)).canAccept).toBe(false);
    await expect(
      setDpaSignatory(await as("MEMBER", 12), { slug: acme.slug, userId: users.MEMBER!.id }, true),
    ).rejects.toMatchObject({ code: "forbidden" });
    await setDpaSignatory(await as("ADMIN", 12), { slug: acme.slug, userId: users.MEMBER!.id }, true);
    expect((await dpaPortalView(member, acme.slug)).canAccept).toBe(true);
    const { version } = await acceptDpa(await as("MEMBER", 13), {
      ...input(v2),
      signatoryName: "Mia Member",
    });
    expect(version).toBe(2);
    await setDpaSignatory(await as("OWNER", 14), { slug: acme.slug, userId: users.MEMBER!.id }, false);
    expect(await db.dpaSignatory.count()).toBe(0);
    expect(await db.auditEvent.count({ where: { action: { startsWith: "dpa.signatory." } } })).toBe(4);
  });

  it("acceptedDpaAt answers for any date from the rows", async () => {
    expect(await acceptedDpaAt(db, acme.id, at(1).now())).toBeNull();
    expect(await acceptedDpaAt(db, acme.id, at(5).now())).toMatchObject({ kind: "standard", version: 1 });
    expect(await acceptedDpaAt(db, acme.id, at(20).now())).toMatchObject({
      kind: "standard",
      version: 2,
      versionId: v2.id,
      contentHash: v2.contentHash,
      signatoryName: "Mia Member",
    });
    expect(await acceptedDpaAt(db, globex.id, at(20).now())).toBeNull();
  });
});
