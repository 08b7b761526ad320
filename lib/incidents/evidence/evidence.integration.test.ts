// The evidence pack (GDPR.md B8; SECURITY.md S12, S17): the JSON holds every sent phase, the
// deliveries with each email's sent time, the acknowledgement and the B4 record, the incident's events
// of this organisation's chain, and nothing of any other organisation; the PDF prints the SHA-256 of
// the exact JSON bytes; the same state gives the same bytes; every download is audited.
import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { createOrganization, createUser } from "../../../prisma/factories.ts";
import { recordAudit } from "../../audit/record.ts";
import { db } from "../../db/client.ts";
import { contextFor } from "../../testing/context.ts";
import { fixedClock } from "../../time/clock.ts";
import { acknowledgeNotification } from "../notifications/acknowledge.ts";
import { authorityReportInput, recordAuthorityReport } from "../notifications/authority-report.ts";
import { seedDeliveredBreach } from "../testing/breach-fixtures.ts";
import { downloadEvidenceAsStaff, downloadOwnEvidence } from "./download.ts";
import type { EvidencePack } from "./evidence-data.ts";
import { sha256Hex } from "../../crypto/sha256.ts";

/** The text drawn on the PDF's pages (content streams inflated, hex strings decoded). */
function printedText(pdf: Buffer): string {
  const raw = pdf.toString("latin1");
  const streams = [...raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)].map((match) => {
    try {
      return inflateSync(Buffer.from(match[1]!, "latin1")).toString("latin1");
    } catch {
      return "";
    }
  });
  return streams
    .join("\n")
    .replace(/>\s*-?\d+(?:\.\d+)?\s*</g, "><")
    .replace(/\[?<([0-9a-f]*)>\s*(?:0\s*)?(?:\] TJ)?/gi, (_, hex: string) =>
      Buffer.from(hex, "hex").toString("latin1"),
    );
}

async function scenario() {
  const own = await createOrganization({ name: `Own Evidence Org ${Date.now()}` });
  const other = await createOrganization({ name: `Zyxwv Other Org ${Date.now()}` });
  const owner = await createUser({
    name: "Olivia Owner",
    memberships: [{ organizationId: own.id, role: "OWNER" }],
  });
  const otherOwner = await createUser({ memberships: [{ organizationId: other.id, role: "OWNER" }] });
  const breach = await seedDeliveredBreach([own.id, other.id], {
    withOutbox: true,
    highRisk: true,
    dataSubjectText: "Plain words for the people affected.",
  });
  const [ownNotification, otherNotification] = breach.notifications as [
    (typeof breach.notifications)[0],
    (typeof breach.notifications)[0],
  ];
  // An event of this incident in the other organisation's chain must not travel into our pack.
  await recordAudit({
    organizationId: other.id,
    actor: { userId: otherOwner.id, label: otherOwner.email },
    action: "breach.notification.acknowledged",
    target: { type: "IncidentNotification", id: otherNotification.id },
    metadata: { incidentId: breach.incident.id },
  });
  return { own, other, owner, otherOwner, breach, ownNotification, otherNotification };
}

describe("the evidence pack (B8)", () => {
  it("B8: holds every sent phase, the deliveries with email times, the acknowledgement, B4 and B6 fields, and the incident's own-chain events", async () => {
    const s = await scenario();
    const ctx = await contextFor(s.owner);
    await acknowledgeNotification(ctx, { slug: s.own.slug, notificationId: s.ownNotification.id });

    const file = await downloadOwnEvidence(ctx, s.own.slug, s.ownNotification.id, "json");
    expect(file.contentType).toBe("application/json; charset=utf-8");
    const pack = JSON.parse(file.bytes.toString("utf8")) as EvidencePack;
    expect(Object.keys(pack)).toEqual([
      "format",
      "timeZone",
      "incident",
      "organization",
      "phases",
      "deliveries",
      "acknowledgement",
      "authority",
      "auditEvents",
    ]);
    expect(pack.incident).toMatchObject({
      reference: s.breach.incident.reference,
      highRisk: true,
      dataSubjectText: "Plain words for the people affected.",
    });
    expect(pack.format).toBe("article28.breach-evidence.v2");
    expect(pack.timeZone).toBe("UTC");
    expect(pack.organization).toEqual({
      name: s.own.name,
      windowHours: 36,
      deadlineAt: s.ownNotification.deadlineAt.toISOString(),
      firstSentAt: s.breach.phases[0]!.sentAt!.toISOString(),
      firstDeliveredAt: s.ownNotification.firstDeliveredAt!.toISOString(),
    });
    expect(pack.phases.map((p) => [p.number, p.sentAt, p.likelyConsequences])).toEqual([
      [1, s.breach.phases[0]!.sentAt!.toISOString(), null],
      [2, s.breach.phases[1]!.sentAt!.toISOString(), "Phishing attempts using the exposed addresses."],
    ]);
    expect(pack.deliveries).toHaveLength(2);
    // ADR 0016: each recipient's email as the mail server answered: accepted, and when.
    expect(pack.deliveries[0]!.sentAt).toBe(s.breach.phases[0]!.sentAt!.toISOString());
    expect(pack.deliveries[0]!.recipients[0]).toMatchObject({
      state: "accepted",
      acceptedAt: new Date(s.breach.phases[0]!.sentAt!.getTime() + 5_000).toISOString(),
      reason: null,
    });
    expect(pack.acknowledgement).toMatchObject({ by: "Olivia Owner" });
    expect(pack.authority.deadlineAt).toBe(
      new Date(s.ownNotification.firstDeliveredAt!.getTime() + 72 * 3_600_000).toISOString(),
    );
    expect(pack.authority.clockStartedBy).toBe("email");
    expect(pack.auditEvents.map((e) => [e.action, e.actor])).toEqual([
      ["breach.notification.acknowledged", s.owner.email],
    ]);

    const text = file.bytes.toString("utf8");
    for (const secret of [s.other.name, s.other.id, s.otherOwner.email, s.otherNotification.id])
      expect(text).not.toContain(secret);
  });

  it("B8: the PDF prints the SHA-256 of the exact JSON bytes; the same state gives the same JSON", async () => {
    const s = await scenario();
    const ctx = await contextFor(s.owner);
    const json = await downloadOwnEvidence(ctx, s.own.slug, s.ownNotification.id, "json");
    const pdf = await downloadOwnEvidence(ctx, s.own.slug, s.ownNotification.id, "pdf");
    const again = await downloadOwnEvidence(ctx, s.own.slug, s.ownNotification.id, "json");
    expect(again.bytes.equals(json.bytes)).toBe(true);
    expect(pdf.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const printed = printedText(pdf.bytes);
    expect(printed).toContain(`SHA-256 of the JSON evidence file: ${sha256Hex(json.bytes)}`);
    expect(printed).toContain("Phase 2, sent");
    expect(printed).not.toContain(s.other.name);
    expect(
      await db.auditEvent.count({
        where: { chain: `org:${s.own.id}`, action: "breach.evidence.downloaded" },
      }),
    ).toBe(3);
  });

  it("B4/B8 (ADR 0016): names the time zone the authority time was entered in, and says which emails were not delivered", async () => {
    const org = await createOrganization();
    const officer = await createUser({ memberships: [{ organizationId: org.id, role: "PRIVACY_OFFICER" }] });
    const breach = await seedDeliveredBreach([org.id], {
      firstSentAt: new Date("2026-12-06T09:15:42Z"),
      withOutbox: true,
    });
    const notification = breach.notifications[0]!;
    const queued = await seedDeliveredBreach([org.id], { queued: true });
    const ctx = await contextFor(officer, { clock: fixedClock("2026-12-08T09:00:00Z") });
    await recordAuthorityReport(
      ctx,
      authorityReportInput.parse({
        slug: org.slug,
        notificationId: notification.id,
        authorityNotifiedAt: "2026-12-07T14:30",
        authorityTimeZone: "Europe/Berlin",
        authorityReference: "LDA-4711",
        authorityDelayReason: "",
      }),
    );

    const pack = JSON.parse(
      (await downloadOwnEvidence(ctx, org.slug, notification.id, "json")).bytes.toString("utf8"),
    ) as EvidencePack;
    expect(pack.authority).toMatchObject({
      notifiedAt: "2026-12-07T13:30:00.000Z",
      notifiedTimeZone: "Europe/Berlin",
      reference: "LDA-4711",
    });
    // The officer has no zone of their own: the PDF is in the organisation's default (UTC here).
    const printed = printedText((await downloadOwnEvidence(ctx, org.slug, notification.id, "pdf")).bytes);
    expect(printed).toContain("7 December 2026, 13:30 UTC (entered as 7 December 2026, 14:30 CET");
    expect(printed).toContain("Europe/Berlin)");
    expect(printed).toContain("Times are shown in UTC, the time zone of the person who downloaded");
    // Issue 11 item 6: a reader in New York gets the PDF in their own zone, the zone named; the JSON is UTC.
    await db.user.update({ where: { id: officer.id }, data: { timeZone: "America/New_York" } });
    const inNewYork = await contextFor(officer, { clock: fixedClock("2026-12-08T09:00:00Z") });
    const printedInNewYork = printedText(
      (await downloadOwnEvidence(inNewYork, org.slug, notification.id, "pdf")).bytes,
    );
    expect(printedInNewYork).toContain("7 December 2026, 08:30 GMT-5 (New York) (entered as");
    expect(printedInNewYork).toContain("Times are shown in America/New_York");
    expect(
      (await downloadOwnEvidence(inNewYork, org.slug, notification.id, "json")).bytes.toString(),
    ).toContain('"notifiedAt": "2026-12-07T13:30:00.000Z"');

    const undelivered = JSON.parse(
      (await downloadOwnEvidence(ctx, org.slug, queued.notifications[0]!.id, "json")).bytes.toString("utf8"),
    ) as EvidencePack;
    expect(undelivered.organization.firstDeliveredAt).toBeNull();
    expect(undelivered.deliveries.flatMap((d) => d.recipients.map((r) => [r.state, r.acceptedAt]))).toEqual([
      ["queued", null],
      ["queued", null],
    ]);
    expect(undelivered.authority).toMatchObject({ clockStartedAt: null, clockStartedBy: null });
    expect(
      printedText((await downloadOwnEvidence(ctx, org.slug, queued.notifications[0]!.id, "pdf")).bytes),
    ).toContain("queued, not delivered");
  });

  it("S12: another organisation's pack is not found and a MEMBER is refused", async () => {
    const s = await scenario();
    const ctx = await contextFor(s.owner);
    await expect(downloadOwnEvidence(ctx, s.own.slug, s.otherNotification.id, "json")).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(downloadOwnEvidence(ctx, s.other.slug, s.otherNotification.id, "pdf")).rejects.toMatchObject(
      { code: "not_found" },
    );
    const member = await createUser({ memberships: [{ organizationId: s.own.id, role: "MEMBER" }] });
    await expect(
      downloadOwnEvidence(await contextFor(member), s.own.slug, s.ownNotification.id, "json"),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect(
      await db.auditEvent.count({
        where: { action: "breach.evidence.downloaded", organizationId: { in: [s.own.id, s.other.id] } },
      }),
    ).toBe(0);
  });

  it("S11, S17: staff with breach.view download any organisation's pack, audited in both chains; others are refused", async () => {
    const s = await scenario();
    const privacy = await createUser({ staffRoles: ["PRIVACY"] });
    const ctx = await contextFor(privacy);
    const file = await downloadEvidenceAsStaff(ctx, s.breach.incident.id, s.other.id, "json");
    expect((JSON.parse(file.bytes.toString("utf8")) as EvidencePack).organization.name).toBe(s.other.name);
    expect(
      await db.auditEvent.count({
        where: { chain: "provider", action: "breach.evidence.downloaded", actorUserId: privacy.id },
      }),
    ).toBe(1);
    expect(
      await db.auditEvent.count({
        where: { chain: `org:${s.other.id}`, action: "breach.evidence.downloaded", actorUserId: privacy.id },
      }),
    ).toBe(1);
    await expect(
      downloadEvidenceAsStaff(ctx, s.breach.incident.id, (await createOrganization()).id, "json"),
    ).rejects.toMatchObject({ code: "not_found" });

    const content = await contextFor(await createUser({ staffRoles: ["CONTENT"] }));
    await expect(
      downloadEvidenceAsStaff(content, s.breach.incident.id, s.other.id, "pdf"),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      downloadEvidenceAsStaff(await contextFor(s.owner), s.breach.incident.id, s.own.id, "json"),
    ).rejects.toMatchObject({ code: "not_found" });
  });
});
