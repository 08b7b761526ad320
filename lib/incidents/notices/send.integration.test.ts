// Composing and sending breach notices (GDPR.md B2, B3, B4; SECURITY.md S11, S17, S22): an empty item is
// refused by name and nothing changes; "not yet known" opens a follow-up a later phase resolves; phases
// are numbered and a sent one is frozen by the database; each recipient gets one email per phase through
// a real SMTP server; sending twice adds nothing; only breach managers may send.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createOrganization, createUser, upsertProviderSettings } from "../../../prisma/factories.ts";
import { verifyChain } from "../../audit/verify.ts";
import { db } from "../../db/client.ts";
import { deliverPendingEmails, MAX_ATTEMPTS } from "../../mail/deliver.ts";
import { smtpTransport } from "../../mail/transport.ts";
import { contextFor } from "../../testing/context.ts";
import { startSmtpSink, type SmtpSink } from "../../testing/smtp-sink.ts";
import { fixedClock } from "../../time/clock.ts";
import { saveNoticeDraft } from "./draft.ts";
import type { NoticeDraftContent } from "./draft-input.ts";
import type { NoticeItemValues } from "./items.ts";
import { NOTICE_MESSAGES } from "./messages.ts";
import { sendNoticePhase } from "./send.ts";
import { createDeclaredBreach } from "../testing/breach-fixtures.ts";
import { loadIncidentDelivery } from "./recipient-delivery.ts";
import { loadNoticeSection, previewNoticeDraft } from "./view.ts";

vi.mock("../../jobs/email-jobs.ts", () => ({ requestEmailDelivery: async () => {} }));

const clock = fixedClock("2026-03-10T12:00:00.000Z");
const AWARE = new Date("2026-03-10T08:00:00.000Z");

const complete: NoticeItemValues = {
  nature: "Unauthorised read access to a reporting database",
  dataSubjects: "End users of the customer, about 1,200",
  records: "Contact records, about 3,400",
  contactPoint: "Dr. Lena Vogel, dpo@northwind.example",
  likelyConsequences: "Targeted phishing",
  measures: "Credentials rotated, access logs under review",
};
const content = (items: Partial<NoticeItemValues> = {}, summary = "First notice."): NoticeDraftContent => ({
  summary,
  items: { ...complete, ...items },
});

await upsertProviderSettings();

let sink: SmtpSink;
const security = await createUser({ staffRoles: ["SECURITY"] });

async function affectedOrganization() {
  const org = await createOrganization();
  const owner = await createUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] });
  const admin = await createUser({ memberships: [{ organizationId: org.id, role: "ADMIN" }] });
  const officer = await createUser({ memberships: [{ organizationId: org.id, role: "PRIVACY_OFFICER" }] });
  const member = await createUser({ memberships: [{ organizationId: org.id, role: "MEMBER" }] });
  const auditor = await createUser({ memberships: [{ organizationId: org.id, role: "AUDITOR" }] });
  const disabled = await createUser({ memberships: [{ organizationId: org.id, role: "ADMIN" }] });
  await db.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
  const mailbox = `privacy@${org.slug}.example`;
  // The owner's address again, in capitals: deduplicated.
  await db.organization.update({
    where: { id: org.id },
    data: { privacyContacts: [mailbox.toUpperCase(), owner.email.toUpperCase()] },
  });
  return {
    org,
    owner,
    admin,
    officer,
    member,
    auditor,
    disabled,
    expected: [owner.email, admin.email, officer.email, mailbox].sort(),
  };
}

beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(async () => {
  await sink.close();
});

async function deliverAll() {
  return deliverPendingEmails(
    smtpTransport(sink.url, "Article28 <no-reply@trust.example.test>", "https://trust.example.test"),
    { concurrency: 4 },
  );
}

describe("breach notices", () => {
  it("B2: a notice with an empty Art. 33(3) item is refused naming the item, and nothing changes", async () => {
    const { org } = await affectedOrganization();
    const incident = await createDeclaredBreach({ organizationIds: [org.id], awareAt: AWARE });
    const ctx = await contextFor(security, { clock });
    const draft = await saveNoticeDraft(ctx, incident.id, content({ likelyConsequences: "" }));
    expect(draft.number).toBe(1);
    await expect(previewNoticeDraft(ctx, incident.id)).rejects.toMatchObject({
      code: "invalid",
      text: NOTICE_MESSAGES.draftSavedButIncomplete(["likelyConsequences"]),
    });
    const outboxBefore = await db.outboxEmail.count();
    const attempt = sendNoticePhase(ctx, { incidentId: incident.id, phaseId: draft.phaseId });
    await expect(attempt).rejects.toMatchObject({
      code: "invalid",
      text: NOTICE_MESSAGES.missingItems(["likelyConsequences"]),
    });
    const phase = await db.noticePhase.findUniqueOrThrow({ where: { id: draft.phaseId } });
    expect(phase.sentAt).toBeNull();
    expect(await db.outboxEmail.count()).toBe(outboxBefore);
    expect(await db.noticeDelivery.count({ where: { phaseId: draft.phaseId } })).toBe(0);
    expect(await db.noticeFollowUp.count({ where: { incidentId: incident.id } })).toBe(0);
    expect(
      (await db.incidentNotification.findFirstOrThrow({ where: { incidentId: incident.id } }))
        .firstDeliveredAt,
    ).toBeNull();
    expect(
      await db.auditEvent.count({ where: { action: "breach.notice.sent", targetId: draft.phaseId } }),
    ).toBe(0);
  });

  it("B1/B4/S22: one email per recipient per organisation through real SMTP; MEMBER, AUDITOR, disabled users and other organisations get nothing; first delivery recorded and audited per organisation", async () => {
    const a = await affectedOrganization();
    const b = await affectedOrganization();
    const bystander = await affectedOrganization();
    const incident = await createDeclaredBreach({ organizationIds: [a.org.id, b.org.id], awareAt: AWARE });
    const ctx = await contextFor(security, { clock });
    const draft = await saveNoticeDraft(ctx, incident.id, content());
    const preview = await previewNoticeDraft(ctx, incident.id);
    expect(preview.organizations).toBe(2);
    expect(preview.text).toContain(complete.nature!);

    const result = await sendNoticePhase(ctx, { incidentId: incident.id, phaseId: draft.phaseId });
    expect(result).toMatchObject({
      number: 1,
      organizations: 2,
      emails: 8,
      organizationsWithoutRecipients: 0,
    });
    // Sent is not delivered (ADR 0016): the emails are queued and nothing counts as delivered yet.
    const queued = await db.incidentNotification.findMany({ where: { incidentId: incident.id } });
    expect(queued.map((n) => [n.firstSentAt?.toISOString(), n.firstDeliveredAt])).toEqual([
      [clock.now().toISOString(), null],
      [clock.now().toISOString(), null],
    ]);
    const before = await loadIncidentDelivery(ctx, incident.id);
    expect(before.counts).toEqual({ failed: 0, retrying: 0, queued: 8, accepted: 0 });

    sink.accepted.length = 0;
    await deliverAll();

    const received = sink.accepted.filter((m) => m.subject?.includes(incident.reference));
    const recipients = received.flatMap((m) => m.rcptTo).sort();
    expect(recipients).toEqual([...a.expected, ...b.expected].sort());
    expect(new Set(recipients).size).toBe(recipients.length);
    for (const other of [a.member, a.auditor, a.disabled, ...bystander.expected.map((email) => ({ email }))])
      expect(recipients).not.toContain(other.email);
    const toA = received.find((m) => m.rcptTo.includes(a.owner.email))!;
    expect(toA.subject).toBe(`[Northwind Analytics] Personal data breach notification ${incident.reference}`);
    expect(toA.raw).toContain(a.org.name);
    expect(toA.raw).not.toContain(b.org.name);
    expect(toA.raw).toContain(`/portal/${a.org.slug}/breach-notifications/`);

    // Delivered when the SMTP server accepted the first email of each organisation, once audited there.
    const notifications = await db.incidentNotification.findMany({ where: { incidentId: incident.id } });
    for (const n of notifications) {
      const accepted = await db.outboxEmail.findMany({
        where: {
          organizationId: n.organizationId,
          status: "SENT",
          idempotencyKey: { startsWith: "breach:" },
        },
        orderBy: { sentAt: "asc" },
      });
      expect(accepted).toHaveLength(4);
      expect(n.firstDeliveredAt).toEqual(accepted[0]!.sentAt);
      expect(
        await db.auditEvent.count({
          where: {
            chain: `org:${n.organizationId}`,
            action: "breach.notification.delivered",
            targetId: n.id,
          },
        }),
      ).toBe(1);
    }
    const after = await loadIncidentDelivery(ctx, incident.id);
    expect(after.counts).toEqual({ failed: 0, retrying: 0, queued: 0, accepted: 8 });
    expect(after.rows.every((r) => r.state.kind === "accepted")).toBe(true);
    const deliveries = await db.noticeDelivery.findMany({
      where: { phaseId: draft.phaseId },
      include: { notification: true },
    });
    expect(deliveries.find((d) => d.notification.organizationId === a.org.id)?.recipients).toEqual(
      a.expected,
    );

    for (const org of [a.org, b.org]) {
      const events = await db.auditEvent.findMany({
        where: { organizationId: org.id, action: "breach.notice.sent" },
      });
      expect(events).toHaveLength(1);
      expect(events[0]!.metadata).toEqual({ incident: incident.reference, phase: 1, recipients: 4 });
      expect(JSON.stringify(events[0])).not.toContain(org.id === a.org.id ? b.org.id : a.org.id);
      expect(await verifyChain(`org:${org.id}`)).toMatchObject({ ok: true });
    }
    expect(
      await db.auditEvent.count({
        where: { organizationId: bystander.org.id, action: "breach.notice.sent" },
      }),
    ).toBe(0);
    expect(
      await db.auditEvent.count({
        where: { chain: "provider", action: "breach.notice.sent", targetId: draft.phaseId },
      }),
    ).toBe(1);
    expect(await verifyChain("provider")).toMatchObject({ ok: true });
  });

  it("ADR 0016: a refused email is retrying with the server's answer, then failed; the organisation is delivered only when a mail server accepts one of its emails", async () => {
    const { org, owner, admin } = await affectedOrganization();
    const incident = await createDeclaredBreach({ organizationIds: [org.id], awareAt: AWARE });
    const ctx = await contextFor(security, { clock });
    const draft = await saveNoticeDraft(ctx, incident.id, content());
    await sendNoticePhase(ctx, { incidentId: incident.id, phaseId: draft.phaseId });
    const transport = smtpTransport(
      sink.url,
      "Article28 <no-reply@trust.example.test>",
      "https://trust.example.test",
    );
    const notification = () =>
      db.incidentNotification.findFirstOrThrow({ where: { incidentId: incident.id } });
    const stateOf = async (address: string) =>
      (await loadIncidentDelivery(ctx, incident.id)).rows.find((r) => r.address === address)!.state;

    // Every mailbox refuses for now: nothing is delivered, each email is retrying with the answer.
    const delivery = fixedClock(new Date(Date.now() + 1_000));
    sink.setPolicy(() => ({ reject: "4.2.1 mailbox temporarily unavailable", responseCode: 451 }));
    await deliverPendingEmails(transport, { clock: delivery, concurrency: 2 });
    expect((await notification()).firstDeliveredAt).toBeNull();
    expect(await stateOf(owner.email)).toMatchObject({
      kind: "retrying",
      attempts: 1,
      reason: expect.stringMatching(/451/),
    });
    expect((await loadIncidentDelivery(ctx, incident.id)).counts).toEqual({
      failed: 0,
      retrying: 4,
      queued: 0,
      accepted: 0,
    });

    // The owner's mailbox accepts at the next attempt; the admin's is given up (marked failed here).
    sink.setPolicy((m) =>
      m.rcptTo.includes(owner.email) ? "accept" : { reject: "5.1.1 no such user", responseCode: 550 },
    );
    await db.outboxEmail.updateMany({
      where: { toAddress: admin.email, organizationId: org.id },
      data: { attempts: MAX_ATTEMPTS - 1 },
    });
    delivery.advance(60 * 60_000);
    await deliverPendingEmails(transport, { clock: delivery, concurrency: 1 });
    const accepted = await stateOf(owner.email);
    expect(accepted).toEqual({ kind: "accepted", at: delivery.now() });
    expect((await notification()).firstDeliveredAt).toEqual(delivery.now());
    expect(await stateOf(admin.email)).toMatchObject({
      kind: "failed",
      attempts: MAX_ATTEMPTS,
      reason: expect.stringMatching(/550/),
    });
    expect(
      await db.auditEvent.count({
        where: { chain: `org:${org.id}`, action: "breach.notification.delivered" },
      }),
    ).toBe(1);
    sink.setPolicy(() => "accept");
  });

  it("issue 11 item 6: each recipient reads the notice in their own time zone, else the organisation's default (a contact address too)", async () => {
    const org = await createOrganization({ defaultTimeZone: "Europe/Berlin" });
    const inNewYork = await createUser({
      timeZone: "America/New_York",
      memberships: [{ organizationId: org.id, role: "OWNER" }],
    });
    const withoutZone = await createUser({ memberships: [{ organizationId: org.id, role: "ADMIN" }] });
    const contact = `dpo@${org.slug}.example`;
    await db.organization.update({ where: { id: org.id }, data: { privacyContacts: [contact] } });
    const incident = await createDeclaredBreach({ organizationIds: [org.id], awareAt: AWARE });
    const ctx = await contextFor(security, { clock });
    const draft = await saveNoticeDraft(ctx, incident.id, content());
    // The preview shows the notice as the organisation's recipients without a zone read it.
    expect((await previewNoticeDraft(ctx, incident.id)).text).toContain("Sent: 10 March 2026, 13:00 CET");
    await sendNoticePhase(ctx, { incidentId: incident.id, phaseId: draft.phaseId });

    const body = async (to: string) =>
      (
        await db.outboxEmail.findFirstOrThrow({
          where: { toAddress: to, subject: { contains: incident.reference } },
          select: { textBody: true },
        })
      ).textBody;
    expect(await body(inNewYork.email)).toContain(
      "We became aware of this breach on 10 March 2026, 04:00 GMT-4 (New York).",
    );
    for (const address of [withoutZone.email, contact])
      expect(await body(address)).toContain("We became aware of this breach on 10 March 2026, 09:00 CET.");
  });

  it("S22: sending the same phase twice (double click, retry) is refused and creates nothing new", async () => {
    const { org } = await affectedOrganization();
    const incident = await createDeclaredBreach({ organizationIds: [org.id], awareAt: AWARE });
    const ctx = await contextFor(security, { clock });
    const draft = await saveNoticeDraft(ctx, incident.id, content());
    const [first, second] = await Promise.allSettled([
      sendNoticePhase(ctx, { incidentId: incident.id, phaseId: draft.phaseId }),
      sendNoticePhase(ctx, { incidentId: incident.id, phaseId: draft.phaseId }),
    ]);
    expect([first.status, second.status].sort()).toEqual(["fulfilled", "rejected"]);
    const snapshot = async () => ({
      outbox: await db.outboxEmail.count({ where: { organizationId: org.id } }),
      deliveries: await db.noticeDelivery.count({ where: { phaseId: draft.phaseId } }),
      audits: await db.auditEvent.count({
        where: {
          action: "breach.notice.sent",
          OR: [{ organizationId: org.id }, { targetId: draft.phaseId }],
        },
      }),
    });
    const before = await snapshot();
    expect(before).toEqual({ outbox: 4, deliveries: 1, audits: 2 });
    await expect(
      sendNoticePhase(ctx, { incidentId: incident.id, phaseId: draft.phaseId }),
    ).rejects.toMatchObject({ code: "conflict" });
    expect(await snapshot()).toEqual(before);
  });

  it("B2/B3: “not yet known” opens a follow-up that phase 2 resolves; phases are numbered 1..n, the first is kept and the database refuses to change a sent phase", async () => {
    const { org, owner } = await affectedOrganization();
    const incident = await createDeclaredBreach({ organizationIds: [org.id], awareAt: AWARE });
    const ctx = await contextFor(security, { clock });
    const one = await saveNoticeDraft(ctx, incident.id, content({ records: null, measures: null }));
    await sendNoticePhase(ctx, { incidentId: incident.id, phaseId: one.phaseId });
    let followUps = await db.noticeFollowUp.findMany({
      where: { incidentId: incident.id },
      orderBy: { item: "asc" },
    });
    expect(followUps.map((f) => [f.item, f.openedInPhase, f.resolvedInPhase])).toEqual([
      ["measures", 1, null],
      ["records", 1, null],
    ]);

    clock.advance(3_600_000);
    const two = await saveNoticeDraft(
      ctx,
      incident.id,
      content({ measures: null, records: "Contact records, 3,412 exactly" }, "Record count confirmed."),
    );
    expect(two.number).toBe(2);
    expect(two.phaseId).not.toBe(one.phaseId);
    await sendNoticePhase(ctx, { incidentId: incident.id, phaseId: two.phaseId });
    followUps = await db.noticeFollowUp.findMany({
      where: { incidentId: incident.id },
      orderBy: { item: "asc" },
    });
    expect(followUps.map((f) => [f.item, f.openedInPhase, f.resolvedInPhase])).toEqual([
      ["measures", 1, null],
      ["records", 1, 2],
    ]);

    const section = await loadNoticeSection(ctx, incident.id);
    expect(section.phases.map((p) => [p.number, p.items.records, p.sentAt.toISOString()])).toEqual([
      [1, null, "2026-03-10T12:00:00.000Z"],
      [2, "Contact records, 3,412 exactly", "2026-03-10T13:00:00.000Z"],
    ]);
    expect(section.openFollowUps).toEqual([{ item: "measures", openedInPhase: 1 }]);
    expect(section.composer).toMatchObject({
      phaseId: null,
      number: 3,
      items: { records: "Contact records, 3,412 exactly" },
    });

    await expect(
      db.$executeRaw`UPDATE "NoticePhase" SET nature = 'rewritten' WHERE id = ${one.phaseId}`,
    ).rejects.toThrow(/immutable/);
    await expect(db.noticePhase.delete({ where: { id: one.phaseId } })).rejects.toThrow();
    expect((await db.noticePhase.findUniqueOrThrow({ where: { id: one.phaseId } })).nature).toBe(
      complete.nature,
    );

    const mails = await db.outboxEmail.findMany({
      where: { toAddress: owner.email },
      orderBy: { createdAt: "asc" },
    });
    expect(mails.map((m) => m.subject)).toEqual([
      `[Northwind Analytics] Personal data breach notification ${incident.reference}`,
      `[Northwind Analytics] Personal data breach notification ${incident.reference} — update 2`,
    ]);
    expect(mails[1]!.textBody).toContain("Record count confirmed.");
    // The first phase sent is kept; later phases do not move it, and nothing is delivered yet (B4).
    const row = await db.incidentNotification.findFirstOrThrow({ where: { incidentId: incident.id } });
    expect([row.firstSentAt?.toISOString(), row.firstDeliveredAt]).toEqual([
      "2026-03-10T12:00:00.000Z",
      null,
    ]);
  });

  it("S11: PRIVACY and SUPPORT staff and customers cannot save or send a notice; nothing changes", async () => {
    const { org, owner } = await affectedOrganization();
    const incident = await createDeclaredBreach({ organizationIds: [org.id], awareAt: AWARE });
    const ctx = await contextFor(security, { clock });
    const draft = await saveNoticeDraft(ctx, incident.id, content());
    const privacy = await createUser({ staffRoles: ["PRIVACY"] });
    const support = await createUser({ staffRoles: ["SUPPORT"] });
    for (const user of [privacy, support, owner]) {
      const other = await contextFor(user, { clock });
      await expect(saveNoticeDraft(other, incident.id, content({ nature: "tampered" }))).rejects.toThrow();
      await expect(
        sendNoticePhase(other, { incidentId: incident.id, phaseId: draft.phaseId }),
      ).rejects.toThrow();
    }
    const privacyCtx = await contextFor(privacy, { clock });
    await expect(
      sendNoticePhase(privacyCtx, { incidentId: incident.id, phaseId: draft.phaseId }),
    ).rejects.toMatchObject({ code: "forbidden" });
    // PRIVACY may read the notices and their delivery but gets no composer; CONTENT sees neither.
    expect((await loadNoticeSection(privacyCtx, incident.id)).composer).toBeNull();
    expect((await loadIncidentDelivery(privacyCtx, incident.id)).total).toBe(0);
    const contentCtx = await contextFor(await createUser({ staffRoles: ["CONTENT"] }), { clock });
    await expect(loadIncidentDelivery(contentCtx, incident.id)).rejects.toMatchObject({ code: "forbidden" });
    await expect(loadNoticeSection(contentCtx, incident.id)).rejects.toMatchObject({ code: "forbidden" });
    const phase = await db.noticePhase.findUniqueOrThrow({ where: { id: draft.phaseId } });
    expect([phase.sentAt, phase.nature]).toEqual([null, complete.nature]);
    expect(await db.outboxEmail.count({ where: { organizationId: org.id } })).toBe(0);
  });

  it("B2: the composer starts phase 1 with the DPO as contact point", async () => {
    const { org } = await affectedOrganization();
    const incident = await createDeclaredBreach({ organizationIds: [org.id], awareAt: AWARE });
    const ctx = await contextFor(security, { clock });
    const section = await loadNoticeSection(ctx, incident.id);
    expect(section.composer).toMatchObject({
      phaseId: null,
      number: 1,
      items: { contactPoint: "Dr. Lena Vogel, dpo@northwind.example", nature: "" },
    });
  });
});
