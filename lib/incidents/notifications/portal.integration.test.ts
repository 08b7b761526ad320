// The customer side of breach notifications (GDPR.md B3, B4, B6; SECURITY.md S11, S12, S17): an
// organisation sees only its own delivered notifications, every sent phase and never drafts; members
// without the right role are refused; acknowledgement happens once even under concurrency; the B4
// record needs reasons once the 72 hours are over.
import { describe, expect, it, vi } from "vitest";
import { createOrganization, createUser } from "../../../prisma/factories.ts";
import { ForbiddenError, NotFoundError, UserFacingError } from "../../errors.ts";
import { db } from "../../db/client.ts";
import { actAs } from "../../testing/fake-next-request.ts";
import { fixedClock } from "../../time/clock.ts";
import { acknowledgeNotification } from "./acknowledge.ts";
import { authorityReportInput, DELAY_REASON_REQUIRED, recordAuthorityReport } from "./authority-report.ts";
import { unacknowledgedNotifications } from "./banner.ts";
import { getBreachNotification } from "./detail.ts";
import { listBreachNotifications } from "./list.ts";
import {
  createBreachIncident,
  createDeliveredNotification,
  createSentPhase,
  seedDeliveredBreach,
} from "../testing/breach-fixtures.ts";
import { NOT_YET_KNOWN_TO_CUSTOMERS } from "./phase-items.ts";

vi.mock("next/headers", async () => (await import("../../testing/fake-next-request.ts")).nextHeadersMock);

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
    await actAs(owner);

    const list = await listBreachNotifications(own.slug);
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
    await actAs(owner);

    const detail = await getBreachNotification(own.slug, ownNotification.id);
    expect(detail.phases.map((p) => p.number)).toEqual([1, 2]);
    expect(detail.phases[0]!.items.likelyConsequences).toBeNull();
    expect(detail.phases[1]!.items.likelyConsequences).toBe("Phishing attempts using the exposed addresses.");
    expect(JSON.stringify(detail)).not.toContain("DRAFT-ONLY TEXT");
    expect(detail.contactPoint).toBe("Dr. Lena Vogel, dpo@northwind.example");
    expect(NOT_YET_KNOWN_TO_CUSTOMERS).toBe("Not yet known — will follow");
  });

  it("S12: a foreign notification is not found, audited as authz.denied, and reveals nothing", async () => {
    const { own, owner, otherNotification } = await twoOrganisations();
    await actAs(owner);
    const before = await db.auditEvent.count({ where: { action: "authz.denied", actorUserId: owner.id } });

    const attempt = getBreachNotification(own.slug, otherNotification.id);
    await expect(attempt).rejects.toBeInstanceOf(NotFoundError);
    await expect(attempt).rejects.toThrow("The page or record was not found.");
    expect(await db.auditEvent.count({ where: { action: "authz.denied", actorUserId: owner.id } })).toBe(
      before + 1,
    );
    await expect(
      acknowledgeNotification({ slug: own.slug, notificationId: otherNotification.id }),
    ).rejects.toBeInstanceOf(NotFoundError);
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
    await actAs(both);
    await expect(getBreachNotification(other.slug, ownNotification.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("S11: a MEMBER cannot view; an AUDITOR can view but not acknowledge or record", async () => {
    const { own, ownNotification } = await twoOrganisations();
    const member = await createUser({ memberships: [{ organizationId: own.id, role: "MEMBER" }] });
    const auditor = await createUser({ memberships: [{ organizationId: own.id, role: "AUDITOR" }] });

    await actAs(member);
    await expect(listBreachNotifications(own.slug)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getBreachNotification(own.slug, ownNotification.id)).rejects.toBeInstanceOf(ForbiddenError);

    await actAs(auditor);
    expect((await getBreachNotification(own.slug, ownNotification.id)).canRespond).toBe(false);
    await expect(
      acknowledgeNotification({ slug: own.slug, notificationId: ownNotification.id }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const report = authorityReportInput.parse({
      slug: own.slug,
      notificationId: ownNotification.id,
      authorityNotifiedAt: "",
      authorityReference: "",
      authorityDelayReason: "",
    });
    await expect(recordAuthorityReport(report)).rejects.toBeInstanceOf(ForbiddenError);
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
    await actAs(owner);

    expect((await getBreachNotification(org.slug, withText.notifications[0]!.id)).dataSubjects).toEqual({
      kind: "text",
      text: "Your email address may have been seen by an outsider.",
    });
    expect((await getBreachNotification(org.slug, exempt.notifications[0]!.id)).dataSubjects).toEqual({
      kind: "exemption",
      exemption: "A_PROTECTED",
      justification: "The files were encrypted with AES-256.",
    });
    expect((await getBreachNotification(org.slug, lowRisk.notifications[0]!.id)).dataSubjects).toBeNull();
  });
});

describe("acknowledging (S17)", () => {
  it("records who and when once, audits in the organisation's and the provider's chain, and refuses a second time", async () => {
    const { own, owner, ownNotification } = await twoOrganisations();
    const admin = await createUser({
      name: "Adam Admin",
      memberships: [{ organizationId: own.id, role: "ADMIN" }],
    });
    await actAs(owner);
    expect(await unacknowledgedNotifications(own.id)).toHaveLength(1);
    const clock = fixedClock("2026-05-04T09:15:00Z");

    await acknowledgeNotification({ slug: own.slug, notificationId: ownNotification.id }, clock);
    const row = await db.incidentNotification.findUniqueOrThrow({ where: { id: ownNotification.id } });
    expect(row).toMatchObject({
      acknowledgedAt: new Date("2026-05-04T09:15:00Z"),
      acknowledgedById: owner.id,
      acknowledgedByName: "Olivia Owner",
    });
    expect(await auditCount(`org:${own.id}`, "breach.notification.acknowledged", ownNotification.id)).toBe(1);
    expect(await auditCount("provider", "breach.notification.acknowledged", ownNotification.id)).toBe(1);
    expect(await unacknowledgedNotifications(own.id)).toEqual([]);

    await actAs(admin);
    const again = acknowledgeNotification({ slug: own.slug, notificationId: ownNotification.id });
    await expect(again).rejects.toBeInstanceOf(UserFacingError);
    await expect(again).rejects.toThrow("already acknowledged by Olivia Owner at 4 May 2026, 09:15 UTC");
    expect(
      (await db.incidentNotification.findUniqueOrThrow({ where: { id: ownNotification.id } }))
        .acknowledgedById,
    ).toBe(owner.id);
    expect(await auditCount(`org:${own.id}`, "breach.notification.acknowledged", ownNotification.id)).toBe(1);
  });

  it("records exactly one acknowledgement when members acknowledge concurrently", async () => {
    const { own, owner, ownNotification } = await twoOrganisations();
    await actAs(owner);
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, () =>
        acknowledgeNotification({ slug: own.slug, notificationId: ownNotification.id }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(
      results.filter((r) => r.status === "rejected" && r.reason instanceof UserFacingError),
    ).toHaveLength(4);
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
    await actAs(officer);
    return { org, notification };
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
    const { org, notification } = await deliveredAt(new Date("2026-03-28T22:30:00Z"));
    const detail = await getBreachNotification(org.slug, notification.id, fixedClock("2026-03-30T22:30:00Z"));
    expect(detail.clock.deadlineAt.toISOString()).toBe("2026-03-31T22:30:00.000Z");
    expect(detail.clock).toMatchObject({ overdue: false, remainingMs: 24 * 3_600_000 });
    expect(
      (await getBreachNotification(org.slug, notification.id, fixedClock("2026-04-01T00:00:00Z"))).clock
        .overdue,
    ).toBe(true);
  });

  it("B4: records the authority notification within 72 hours without reasons, audited in the organisation's chain", async () => {
    const { org, notification } = await deliveredAt(new Date("2026-03-28T22:30:00Z"));
    await recordAuthorityReport(
      form(org.slug, notification.id, {
        authorityNotifiedAt: "2026-03-30T08:00",
        authorityReference: "BfDI-2026-0042",
      }),
      fixedClock("2026-03-30T09:00:00Z"),
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
    const { org, notification } = await deliveredAt(new Date("2026-03-28T22:30:00Z"));
    const late = { authorityNotifiedAt: "2026-04-01T10:00", authorityReference: "CNIL-77" };
    await expect(
      recordAuthorityReport(form(org.slug, notification.id, late), fixedClock("2026-04-01T11:00:00Z")),
    ).rejects.toThrow(DELAY_REASON_REQUIRED);
    expect(
      (await db.incidentNotification.findUniqueOrThrow({ where: { id: notification.id } }))
        .authorityReference,
    ).toBe("");
    expect(await auditCount(`org:${org.id}`, "breach.authority_report.recorded", notification.id)).toBe(0);

    await recordAuthorityReport(
      form(org.slug, notification.id, {
        ...late,
        authorityDelayReason: "We waited for the processor's second phase.",
      }),
      fixedClock("2026-04-01T11:00:00Z"),
    );
    expect(
      (await db.incidentNotification.findUniqueOrThrow({ where: { id: notification.id } }))
        .authorityDelayReason,
    ).toBe("We waited for the processor's second phase.");
  });

  it("B4: refuses a notification time in the future, and S13 refuses extra fields", async () => {
    const { org, notification } = await deliveredAt(new Date("2026-03-28T22:30:00Z"));
    await expect(
      recordAuthorityReport(
        form(org.slug, notification.id, { authorityNotifiedAt: "2026-03-29T12:00" }),
        fixedClock("2026-03-29T10:00:00Z"),
      ),
    ).rejects.toThrow("cannot be in the future");
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
