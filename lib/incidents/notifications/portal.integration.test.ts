// The customer side of breach notifications (GDPR.md B3, B4, B6; SECURITY.md S11, S12, S17): an
// organisation sees only its own delivered notifications, every sent phase and never drafts; members
// without the right role are refused; acknowledgement happens once even under concurrency; the B4
// record needs reasons once the 72 hours are over.
import { describe, expect, it } from "vitest";
import { createOrganization, createUser } from "../../../prisma/factories.ts";
import { db } from "../../db/client.ts";
import { isAppError } from "../../errors.ts";
import { contextFor } from "../../testing/context.ts";
import { fixedClock } from "../../time/clock.ts";
import { acknowledgeNotification } from "./acknowledge.ts";
import { authorityReportInput, recordAuthorityReport } from "./authority-report.ts";
import { unacknowledgedNotifications } from "./banner.ts";
import { getBreachNotification } from "./detail.ts";
import { listBreachNotifications } from "./list.ts";
import {
  createBreachIncident,
  createDeliveredNotification,
  createSentPhase,
  seedDeliveredBreach,
} from "../testing/breach-fixtures.ts";
import { NOTIFICATION_MESSAGES } from "./messages.ts";

async function twoOrganisations() {
  const own = await createOrganization();
  const other = await createOrganization();
  const owner = await createUser({
    name: "Olivia Owner",
    memberships: [{ organizationId: own.id, role: "OWNER" }],
  });
  const breach = await seedDeliveredBreach([own.id, other.id]);
  return {
    own,
    other,
    owner,
    breach,
    ownNotification: breach.notifications[0]!,
    otherNotification: breach.notifications[1]!,
  };
}

const auditCount = (chain: string, action: string, targetId?: string) =>
  db.auditEvent.count({ where: { chain, action, ...(targetId ? { targetId } : {}) } });

describe("the notification list and detail (B3, S12)", () => {
  it("S12: lists only the organisation's own delivered notifications, with the latest phase and acknowledgement state", async () => {
    const { own, other, owner, ownNotification, breach } = await twoOrganisations();
    const otherOnly = await seedDeliveredBreach([other.id], { title: "Only the other organisation" });
    const undelivered = await createBreachIncident({ title: "Not yet delivered" });
    await createDeliveredNotification({
      incidentId: undelivered.id,
      organizationId: own.id,
      awareAt: undelivered.awareAt,
      phases: [],
    });
    const ctx = await contextFor(owner);

    const list = await listBreachNotifications(ctx, own.slug);
    expect(list.notifications.map((n) => n.id)).toEqual([ownNotification.id]);
    expect(list.notifications[0]).toMatchObject({
      reference: breach.incident.reference,
      latestPhase: 2,
      acknowledgedAt: null,
    });
    expect(JSON.stringify(list)).not.toContain(otherOnly.incident.title);
    expect(JSON.stringify(list)).not.toContain(other.name);
  });

  it("B3: shows every sent phase in order with all items ('not yet known' as null), never a draft", async () => {
    const { own, owner, ownNotification, breach } = await twoOrganisations();
    await db.noticePhase.create({
      data: { incidentId: breach.incident.id, number: 3, nature: "DRAFT-ONLY TEXT" },
    });
    const ctx = await contextFor(owner);

    const detail = await getBreachNotification(ctx, own.slug, ownNotification.id);
    expect(detail.phases.map((p) => p.number)).toEqual([1, 2]);
    expect(detail.phases[0]!.items.likelyConsequences).toBeNull();
    expect(detail.phases[1]!.items.likelyConsequences).toBe("Phishing attempts using the exposed addresses.");
    expect(JSON.stringify(detail)).not.toContain("DRAFT-ONLY TEXT");
    // Delivery per address of the latest phase: only this organisation's addresses (S12).
    const ownDelivery = await db.noticeDelivery.findFirstOrThrow({
      where: { notificationId: ownNotification.id },
    });
    expect(detail.recipients.map((r) => [r.phase, r.address])).toEqual(
      ownDelivery.recipients.map((address) => [2, address]),
    );
    const otherDelivery = await db.noticeDelivery.findFirstOrThrow({
      where: { notification: { incidentId: breach.incident.id, organizationId: { not: own.id } } },
    });
    for (const address of otherDelivery.recipients) expect(JSON.stringify(detail)).not.toContain(address);
    expect(detail.contactPoint).toBe("Dr. Lena Vogel, dpo@northwind.example");
    expect(NOTIFICATION_MESSAGES.notYetKnown).toBe("Not yet known — will follow");
  });

  it("S12: a foreign notification is not found, audited as authz.denied, and reveals nothing", async () => {
    const { own, owner, otherNotification } = await twoOrganisations();
    const ctx = await contextFor(owner);
    const before = await db.auditEvent.count({ where: { action: "authz.denied", actorUserId: owner.id } });

    const attempt = getBreachNotification(ctx, own.slug, otherNotification.id);
    // Not found, with no text of its own: the answer says nothing about the record.
    await expect(attempt).rejects.toMatchObject({ code: "not_found", text: undefined });
    expect(await db.auditEvent.count({ where: { action: "authz.denied", actorUserId: owner.id } })).toBe(
      before + 1,
    );
    await expect(
      acknowledgeNotification(ctx, { slug: own.slug, notificationId: otherNotification.id }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect(
      (await db.incidentNotification.findUniqueOrThrow({ where: { id: otherNotification.id } }))
        .acknowledgedAt,
    ).toBeNull();
  });

  it("S12: an own notification addressed through another organisation's URL of the same member is not found", async () => {
    const { own, other, ownNotification } = await twoOrganisations();
    const both = await createUser({
      memberships: [
        { organizationId: own.id, role: "OWNER" },
        { organizationId: other.id, role: "OWNER" },
      ],
    });
    const ctx = await contextFor(both);
    await expect(getBreachNotification(ctx, other.slug, ownNotification.id)).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("S11: a MEMBER cannot view; an AUDITOR can view but not acknowledge or record", async () => {
    const { own, ownNotification } = await twoOrganisations();
    const member = await createUser({ memberships: [{ organizationId: own.id, role: "MEMBER" }] });
    const auditor = await createUser({ memberships: [{ organizationId: own.id, role: "AUDITOR" }] });

    const asMember = await contextFor(member);
    await expect(listBreachNotifications(asMember, own.slug)).rejects.toMatchObject({ code: "forbidden" });
    await expect(getBreachNotification(asMember, own.slug, ownNotification.id)).rejects.toMatchObject({
      code: "forbidden",
    });

    const asAuditor = await contextFor(auditor);
    expect((await getBreachNotification(asAuditor, own.slug, ownNotification.id)).canRespond).toBe(false);
    await expect(
      acknowledgeNotification(asAuditor, { slug: own.slug, notificationId: ownNotification.id }),
    ).rejects.toMatchObject({ code: "forbidden" });
    const report = authorityReportInput.parse({
      slug: own.slug,
      notificationId: ownNotification.id,
      authorityNotifiedAt: "",
      authorityReference: "",
      authorityDelayReason: "",
    });
    await expect(recordAuthorityReport(asAuditor, report)).rejects.toMatchObject({ code: "forbidden" });
    expect(
      (await db.incidentNotification.findUniqueOrThrow({ where: { id: ownNotification.id } })).acknowledgedAt,
    ).toBeNull();
  });

  it("B6: a high-risk breach shows the text for data subjects, or the recorded Art. 34(3) exemption", async () => {
    const org = await createOrganization();
    const owner = await createUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] });
    const withText = await seedDeliveredBreach([org.id], {
      highRisk: true,
      dataSubjectText: "Your email address may have been seen by an outsider.",
    });
    const exempt = await seedDeliveredBreach([org.id], { highRisk: true });
    await db.incident.update({
      where: { id: exempt.incident.id },
      data: { art34Exemption: "A_PROTECTED", art34Justification: "The files were encrypted with AES-256." },
    });
    const lowRisk = await seedDeliveredBreach([org.id]);
    const ctx = await contextFor(owner);

    expect((await getBreachNotification(ctx, org.slug, withText.notifications[0]!.id)).dataSubjects).toEqual({
      kind: "text",
      text: "Your email address may have been seen by an outsider.",
    });
    expect((await getBreachNotification(ctx, org.slug, exempt.notifications[0]!.id)).dataSubjects).toEqual({
      kind: "exemption",
      exemption: "A_PROTECTED",
      justification: "The files were encrypted with AES-256.",
    });
    expect(
      (await getBreachNotification(ctx, org.slug, lowRisk.notifications[0]!.id)).dataSubjects,
    ).toBeNull();
  });
});

describe("acknowledging (S17)", () => {
  it("records who and when once, audits in the organisation's and the provider's chain, and refuses a second time", async () => {
    const { own, owner, ownNotification } = await twoOrganisations();
    const admin = await createUser({
      name: "Adam Admin",
      memberships: [{ organizationId: own.id, role: "ADMIN" }],
    });
    const clock = fixedClock("2026-05-04T09:15:00Z");
    const ctx = await contextFor(owner, { clock });
    expect((await unacknowledgedNotifications(own.id)).total).toBe(1);

    expect(
      await acknowledgeNotification(ctx, { slug: own.slug, notificationId: ownNotification.id }),
    ).toEqual({ acknowledgedAt: new Date("2026-05-04T09:15:00Z") });
    const row = await db.incidentNotification.findUniqueOrThrow({ where: { id: ownNotification.id } });
    expect(row).toMatchObject({
      acknowledgedAt: new Date("2026-05-04T09:15:00Z"),
      acknowledgedById: owner.id,
      acknowledgedByName: "Olivia Owner",
    });
    expect(await auditCount(`org:${own.id}`, "breach.notification.acknowledged", ownNotification.id)).toBe(1);
    expect(await auditCount("provider", "breach.notification.acknowledged", ownNotification.id)).toBe(1);
    expect(await unacknowledgedNotifications(own.id)).toEqual({ total: 0, newest: [] });

    const again = acknowledgeNotification(await contextFor(admin, { clock }), {
      slug: own.slug,
      notificationId: ownNotification.id,
    });
    // Refused as a conflict that names who acknowledged first, and when.
    await expect(again).rejects.toMatchObject({
      code: "conflict",
      text: NOTIFICATION_MESSAGES.alreadyAcknowledged(
        "Olivia Owner",
        new Date("2026-05-04T09:15:00Z"),
        "UTC",
      ),
    });
    expect(
      NOTIFICATION_MESSAGES.alreadyAcknowledged("Olivia Owner", clock.now(), "Europe/Berlin").en,
    ).toContain("already acknowledged by Olivia Owner at 4 May 2026, 11:15 CEST");
    expect(
      (await db.incidentNotification.findUniqueOrThrow({ where: { id: ownNotification.id } }))
        .acknowledgedById,
    ).toBe(owner.id);
    expect(await auditCount(`org:${own.id}`, "breach.notification.acknowledged", ownNotification.id)).toBe(1);
  });

  it("records exactly one acknowledgement when members acknowledge concurrently", async () => {
    const { own, owner, ownNotification } = await twoOrganisations();
    const ctx = await contextFor(owner);
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, () =>
        acknowledgeNotification(ctx, { slug: own.slug, notificationId: ownNotification.id }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected" && isAppError(r.reason, "conflict"))).toHaveLength(
      4,
    );
    expect(await auditCount(`org:${own.id}`, "breach.notification.acknowledged", ownNotification.id)).toBe(1);
    expect(await auditCount("provider", "breach.notification.acknowledged", ownNotification.id)).toBe(1);
  });
});

describe("the controller's authority record (B4)", () => {
  async function deliveredAt(firstSentAt: Date) {
    const org = await createOrganization();
    const officer = await createUser({ memberships: [{ organizationId: org.id, role: "PRIVACY_OFFICER" }] });
    const incident = await createBreachIncident({ awareAt: new Date(firstSentAt.getTime() - 3_600_000) });
    const phase = await createSentPhase(incident.id, 1, { sentAt: firstSentAt });
    const notification = await createDeliveredNotification({
      incidentId: incident.id,
      organizationId: org.id,
      awareAt: incident.awareAt,
      phases: [phase],
    });
    /** The privacy officer acting at `at` (session and clock on the same fixed time). */
    const officerAt = (at: string) => contextFor(officer, { clock: fixedClock(at) });
    return { org, notification, officerAt };
  }
  const form = (
    slug: string,
    notificationId: string,
    fields: { authorityNotifiedAt?: string; authorityReference?: string; authorityDelayReason?: string },
  ) =>
    authorityReportInput.parse({
      slug,
      notificationId,
      authorityNotifiedAt: "",
      authorityReference: "",
      authorityDelayReason: "",
      ...fields,
    });

  it("B4: shows the 72-hour clock from first delivery, with time left or overdue", async () => {
    const { org, notification, officerAt } = await deliveredAt(new Date("2026-03-28T22:30:00Z"));
    const detail = await getBreachNotification(
      await officerAt("2026-03-30T22:30:00Z"),
      org.slug,
      notification.id,
    );
    expect(detail.clock?.deadlineAt.toISOString()).toBe("2026-03-31T22:30:00.000Z");
    expect(detail.clock).toMatchObject({ overdue: false, remainingMs: 24 * 3_600_000 });
    expect(
      (await getBreachNotification(await officerAt("2026-04-01T00:00:00Z"), org.slug, notification.id)).clock
        ?.overdue,
    ).toBe(true);
  });

  it("B4: records the authority notification within 72 hours without reasons, audited in the organisation's chain", async () => {
    const { org, notification, officerAt } = await deliveredAt(new Date("2026-03-28T22:30:00Z"));
    await recordAuthorityReport(
      await officerAt("2026-03-30T09:00:00Z"),
      form(org.slug, notification.id, {
        authorityNotifiedAt: "2026-03-30T08:00",
        authorityReference: "BfDI-2026-0042",
      }),
    );
    const row = await db.incidentNotification.findUniqueOrThrow({ where: { id: notification.id } });
    expect(row).toMatchObject({
      authorityNotifiedAt: new Date("2026-03-30T08:00:00Z"),
      authorityReference: "BfDI-2026-0042",
      authorityDelayReason: "",
    });
    expect(await auditCount(`org:${org.id}`, "breach.authority_report.recorded", notification.id)).toBe(1);
  });

  it("B4: requires reasons for delay when the authority is notified after 72 hours; nothing changes without them", async () => {
    const { org, notification, officerAt } = await deliveredAt(new Date("2026-03-28T22:30:00Z"));
    const ctx = await officerAt("2026-04-01T11:00:00Z");
    const late = { authorityNotifiedAt: "2026-04-01T10:00", authorityReference: "CNIL-77" };
    await expect(recordAuthorityReport(ctx, form(org.slug, notification.id, late))).rejects.toMatchObject({
      code: "invalid",
      text: NOTIFICATION_MESSAGES.delayReasonRequired,
    });
    expect(
      (await db.incidentNotification.findUniqueOrThrow({ where: { id: notification.id } }))
        .authorityReference,
    ).toBe("");
    expect(await auditCount(`org:${org.id}`, "breach.authority_report.recorded", notification.id)).toBe(0);

    await recordAuthorityReport(
      ctx,
      form(org.slug, notification.id, {
        ...late,
        authorityDelayReason: "We waited for the processor's second phase.",
      }),
    );
    expect(
      (await db.incidentNotification.findUniqueOrThrow({ where: { id: notification.id } }))
        .authorityDelayReason,
    ).toBe("We waited for the processor's second phase.");
  });

  it("B4: refuses a notification time in the future, and S13 refuses extra fields", async () => {
    const { org, notification, officerAt } = await deliveredAt(new Date("2026-03-28T22:30:00Z"));
    await expect(
      recordAuthorityReport(
        await officerAt("2026-03-29T10:00:00Z"),
        form(org.slug, notification.id, { authorityNotifiedAt: "2026-03-29T12:00" }),
      ),
    ).rejects.toMatchObject({ code: "invalid", text: NOTIFICATION_MESSAGES.authorityTimeInFuture });
    expect(
      authorityReportInput.safeParse({
        slug: org.slug,
        notificationId: notification.id,
        authorityNotifiedAt: "",
        authorityReference: "",
        authorityDelayReason: "",
        organizationId: "x",
      }).success,
    ).toBe(false);
  });
});

describe("a notice sent but not delivered (ADR 0016)", () => {
  it("B1/B4: is shown as sent, not delivered, per recipient; the controller's clock waits; acknowledging starts it", async () => {
    const org = await createOrganization();
    const owner = await createUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] });
    const firstSentAt = new Date("2026-12-06T09:00:00Z");
    const { notifications } = await seedDeliveredBreach([org.id], { firstSentAt, queued: true });
    const notification = notifications[0]!;
    const later = fixedClock("2026-12-06T12:00:00Z");
    const ctx = await contextFor(owner, { clock: later });

    const list = await listBreachNotifications(ctx, org.slug);
    expect(list.notifications.map((n) => [n.id, n.firstSentAt, n.firstDeliveredAt])).toEqual([
      [notification.id, firstSentAt, null],
    ]);
    const detail = await getBreachNotification(ctx, org.slug, notification.id);
    expect(detail.firstDeliveredAt).toBeNull();
    expect(detail.reached).toBeNull();
    expect(detail.clock).toBeNull();
    expect(detail.recipients.map((r) => [r.phase, r.state.kind])).toEqual([[2, "queued"]]);
    // The record of notifying the authority waits until the notice reached the organisation.
    await expect(
      recordAuthorityReport(
        ctx,
        authorityReportInput.parse({
          slug: org.slug,
          notificationId: notification.id,
          authorityNotifiedAt: "2026-12-06T11:00",
          authorityTimeZone: "UTC",
          authorityReference: "",
          authorityDelayReason: "",
        }),
      ),
    ).rejects.toMatchObject({ code: "conflict", text: NOTIFICATION_MESSAGES.authorityBeforeReached });

    await acknowledgeNotification(ctx, { slug: org.slug, notificationId: notification.id });
    const acknowledged = await getBreachNotification(ctx, org.slug, notification.id);
    expect(acknowledged.reached).toEqual({ at: later.now(), by: "acknowledgement", inTime: true });
    expect(acknowledged.clock?.startedAt).toEqual(later.now());
  });
});

describe("the authority time (B4, ADR 0016)", () => {
  async function reachedOrganisation(deliveredAt: Date) {
    const org = await createOrganization();
    const officer = await createUser({ memberships: [{ organizationId: org.id, role: "PRIVACY_OFFICER" }] });
    const incident = await createBreachIncident({ awareAt: new Date(deliveredAt.getTime() - 3_600_000) });
    const phase = await createSentPhase(incident.id, 1, { sentAt: deliveredAt });
    const notification = await createDeliveredNotification({
      incidentId: incident.id,
      organizationId: org.id,
      awareAt: incident.awareAt,
      phases: [phase],
    });
    return { org, officer, notification };
  }
  const report = (
    slug: string,
    notificationId: string,
    authorityNotifiedAt: string,
    authorityTimeZone: string,
  ) =>
    authorityReportInput.parse({
      slug,
      notificationId,
      authorityNotifiedAt,
      authorityTimeZone,
      authorityReference: "LDA-2026-77",
      authorityDelayReason: "",
    });

  it("refuses a time before the notice reached the organisation (1 Dec for a notice delivered on 6 Dec), and nothing changes", async () => {
    const { org, officer, notification } = await reachedOrganisation(new Date("2026-12-06T09:15:42Z"));
    const ctx = await contextFor(officer, { clock: fixedClock("2026-12-07T09:00:00Z") });
    await expect(
      recordAuthorityReport(ctx, report(org.slug, notification.id, "2026-12-01T10:00", "Europe/Berlin")),
    ).rejects.toMatchObject({
      code: "invalid",
      text: NOTIFICATION_MESSAGES.authorityTimeBeforeReached({
        en: "6 December 2026, 10:15 CET",
        de: "6. Dezember 2026, 10:15 MEZ",
      }),
    });
    // 10:14 in Berlin is a minute before the notice arrived (09:15:42 UTC).
    await expect(
      recordAuthorityReport(ctx, report(org.slug, notification.id, "2026-12-06T10:14", "Europe/Berlin")),
    ).rejects.toMatchObject({ code: "invalid" });
    const row = await db.incidentNotification.findUniqueOrThrow({ where: { id: notification.id } });
    expect([row.authorityNotifiedAt, row.authorityReference]).toEqual([null, ""]);
    expect(await auditCount(`org:${org.id}`, "breach.authority_report.recorded", notification.id)).toBe(0);
  });

  it("reads the time in the zone the form named (the reader's), stores UTC with the zone, and audits both", async () => {
    const { org, officer, notification } = await reachedOrganisation(new Date("2026-12-06T09:15:42Z"));
    const ctx = await contextFor(officer, { clock: fixedClock("2026-12-07T09:00:00Z") });
    expect(
      await recordAuthorityReport(
        ctx,
        report(org.slug, notification.id, "2026-12-06T10:15", "Europe/Berlin"),
      ),
    ).toEqual({ notifiedAt: new Date("2026-12-06T09:15:00Z"), timeZone: "Europe/Berlin" });
    const row = await db.incidentNotification.findUniqueOrThrow({ where: { id: notification.id } });
    expect(row).toMatchObject({
      authorityNotifiedAt: new Date("2026-12-06T09:15:00Z"),
      authorityTimeZone: "Europe/Berlin",
    });
    const event = await db.auditEvent.findFirstOrThrow({
      where: {
        chain: `org:${org.id}`,
        action: "breach.authority_report.recorded",
        targetId: notification.id,
      },
    });
    expect(event.metadata).toMatchObject({
      authorityNotifiedAt: "2026-12-06T09:15:00.000Z",
      authorityTimeZone: "Europe/Berlin",
    });
    // An unknown zone is refused rather than guessed.
    await expect(
      recordAuthorityReport(ctx, report(org.slug, notification.id, "2026-12-06T12:00", "Mars/Olympus")),
    ).rejects.toMatchObject({ code: "invalid", text: NOTIFICATION_MESSAGES.unknownTimeZone("Mars/Olympus") });
  });

  it("S12: another organisation's member cannot record on it (not found)", async () => {
    const { org, notification } = await reachedOrganisation(new Date("2026-12-06T09:15:42Z"));
    const other = await createOrganization();
    const attacker = await createUser({ memberships: [{ organizationId: other.id, role: "OWNER" }] });
    const ctx = await contextFor(attacker, { clock: fixedClock("2026-12-07T09:00:00Z") });
    for (const slug of [org.slug, other.slug])
      await expect(
        recordAuthorityReport(ctx, report(slug, notification.id, "2026-12-06T12:00", "UTC")),
      ).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("the portal banner (B1)", () => {
  it("counts every unacknowledged notification and lists the newest five, newest first", async () => {
    const org = await createOrganization();
    const base = new Date("2026-11-01T08:00:00Z").getTime();
    const sent = [];
    for (let i = 0; i < 6; i++)
      sent.push(
        await seedDeliveredBreach([org.id], {
          title: `Incident ${i + 1}`,
          firstSentAt: new Date(base + i * 86_400_000),
        }),
      );
    const acknowledged = await seedDeliveredBreach([org.id], {
      title: "Acknowledged one",
      firstSentAt: new Date(base + 10 * 86_400_000),
    });
    await db.incidentNotification.update({
      where: { id: acknowledged.notifications[0]!.id },
      data: { acknowledgedAt: new Date(base + 11 * 86_400_000) },
    });

    const banner = await unacknowledgedNotifications(org.id);
    expect(banner.total).toBe(6);
    expect(banner.newest.map((n) => n.title)).toEqual([
      "Incident 6",
      "Incident 5",
      "Incident 4",
      "Incident 3",
      "Incident 2",
    ]);
    expect(banner.newest[0]!.sentAt).toEqual(new Date(base + 5 * 86_400_000));
  });
});
