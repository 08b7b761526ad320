// Subprocessor authorisation per organisation (GDPR.md C1, C2; SECURITY.md S11, S13; ADR 0030): announcing
// gives every organisation its own notice with its own window, emails its owners, admins, privacy officers
// and privacy contacts in their language, queues its webhook; customers object, accept, approve or refuse;
// staff resolve objections; the job records deemed acceptance when a window closes in silence (idempotent);
// under specific authorisation a subprocessor applies only after approval, also for a past date.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createOrganization, createUser, upsertProviderSettings } from "../../prisma/factories.ts";
import { db } from "../db/client.ts";
import {
  organizationSubprocessorAnswersEntity,
  organizationSubprocessorNoticesEntity,
} from "../org-export/entities/subprocessor-authorisation.ts";
import { contextFor } from "../testing/context.ts";
import { deliverOutboxAt } from "../testing/deliver-outbox.ts";
import { acceptAll, rejectAll, startSmtpSink, type SmtpSink } from "../testing/smtp-sink.ts";
import { fixedClock } from "../time/clock.ts";
import { announceSubprocessorChange } from "../trust/subprocessors/announce.ts";
import { announceChangeInput } from "../trust/subprocessors/announce-input.ts";
import { updateAuthorisationSetting } from "./authorisation-setting.ts";
import { authorisedSubprocessorsAt } from "./authorised-at.ts";
import { recordDeemedAcceptances } from "./deemed-acceptance.ts";
import { previewNotice } from "./notice-preview.ts";
import { objectionQueue } from "./objection-queue.ts";
import { portalSubprocessorsView } from "./portal-view.ts";
import { resolveObjection } from "./resolve-objection.ts";
import { respondToNotice } from "./respond.ts";
import { noticeMatrix } from "./staff-matrix.ts";

vi.mock("../jobs/email-jobs.ts", () => ({ requestEmailDelivery: async () => {} }));

const DAY = 24 * 60 * 60 * 1000;
const START = new Date("2026-05-04T08:00:00.000Z");
const clock = fixedClock(START);
const isoDay = (ms: number) => new Date(START.getTime() + ms).toISOString().slice(0, 10);

await upsertProviderSettings();

let counter = 0;
function addition(name: string, effectiveDate: string, shorterNotice = false) {
  return announceChangeInput.parse({
    type: "ADD",
    name,
    purpose: "Support ticket hosting",
    purposeDe: "Hosting von Support-Tickets",
    dataCategories: "Names\nEmail addresses",
    dataCategoriesDe: "Namen\nE-Mail-Adressen",
    location: "Dublin",
    country: "IE",
    transferMechanism: "EU/EEA – no transfer",
    effectiveDate,
    ...(shorterNotice ? { shorterNotice: "on" } : {}),
    note: "",
    noteDe: "",
  });
}

async function world() {
  const tag = `${++counter}-${Math.random().toString(36).slice(2, 7)}`;
  const acme = await createOrganization({ slug: `acme-${tag}`, name: `Acme ${tag}` });
  const globex = await createOrganization({
    slug: `globex-${tag}`,
    name: `Globex ${tag}`,
    subprocessorAuthorisation: "SPECIFIC",
  });
  const initech = await createOrganization({
    slug: `initech-${tag}`,
    name: `Initech ${tag}`,
    subprocessorNoticeDays: 30,
  });
  await db.organization.update({
    where: { id: acme.id },
    data: { privacyContacts: [`privacy-team-${tag}@acme.example`], defaultLanguage: "en" },
  });
  const user = (
    org: { id: string },
    role: "OWNER" | "ADMIN" | "PRIVACY_OFFICER" | "MEMBER" | "AUDITOR",
    extra = {},
  ) => createUser({ memberships: [{ organizationId: org.id, role }], ...extra });
  const people = {
    acmeOwner: await user(acme, "OWNER"),
    acmePrivacy: await user(acme, "PRIVACY_OFFICER", { language: "de" }),
    acmeMember: await user(acme, "MEMBER"),
    acmeAuditor: await user(acme, "AUDITOR"),
    globexAdmin: await user(globex, "ADMIN"),
    globexMember: await user(globex, "MEMBER"),
    initechOwner: await user(initech, "OWNER"),
    staffPrivacy: await createUser({ staffRoles: ["PRIVACY"] }),
    staffContent: await createUser({ staffRoles: ["CONTENT"] }),
    staffSupport: await createUser({ staffRoles: ["SUPPORT"] }),
  };
  await db.webhookEndpoint.create({
    data: {
      organizationId: acme.id,
      url: "https://hooks.acme.example/article28",
      eventTypes: ["subprocessor.notice"],
      secretSealed: "unused",
      createdByLabel: "test",
    },
  });
  return { tag, acme, globex, initech, ...people };
}
type World = Awaited<ReturnType<typeof world>>;

const as = (user: { id: string }) => contextFor(user, { clock });

async function announce(w: World, name: string, effectiveInDays = 30, shorterNotice = false) {
  const staff = await as(w.staffContent);
  const result = await announceSubprocessorChange(
    staff,
    addition(name, isoDay(effectiveInDays * DAY), shorterNotice),
  );
  const notices = await db.subprocessorNotice.findMany({
    where: { changeId: result.changeId, organizationId: { in: [w.acme.id, w.globex.id, w.initech.id] } },
  });
  const of = (org: { id: string }) => notices.find((n) => n.organizationId === org.id)!;
  return { result, acme: of(w.acme), globex: of(w.globex), initech: of(w.initech) };
}

/** Hands the organisation's queued emails to a real SMTP server at `at` (accepted unless `reject`). */
async function deliverTo(org: { id: string }, at: Date, reject?: string) {
  sink.setPolicy(reject ? rejectAll(reject, 550) : acceptAll);
  return deliverOutboxAt(sink, org, at);
}

let w: World;
let sink: SmtpSink;
beforeAll(async () => {
  clock.set(START);
  sink = await startSmtpSink();
  w = await world();
});
afterAll(() => sink.close());

describe("announcing to every organisation (C1, C2)", () => {
  it("creates one notice per organisation with its own mode and window, emails, webhook and audit", async () => {
    clock.set(START);
    const name = `Ticketdesk ${w.tag}`;
    const { result, acme, globex, initech } = await announce(w, name);
    expect(result.organizationsNotified).toBeGreaterThanOrEqual(3);
    // The window runs from delivery (C1): nothing is delivered yet, so no window has opened.
    expect(acme).toMatchObject({ mode: "GENERAL", noticeDays: 30, status: "NOTIFIED", deliveredAt: null });
    expect(acme.windowEndsAt).toBeNull();
    expect(initech).toMatchObject({ mode: "GENERAL", deliveredAt: null, windowEndsAt: null });
    expect(globex).toMatchObject({ mode: "SPECIFIC", windowEndsAt: null, status: "NOTIFIED" });

    // Owners, admins, privacy officers and privacy contacts; never members or auditors.
    const acmeMail = await db.outboxEmail.findMany({
      where: { idempotencyKey: { startsWith: `subprocessor-notice:${acme.id}:` } },
      orderBy: { toAddress: "asc" },
    });
    expect(acmeMail.map((m) => m.toAddress).sort()).toEqual(
      [w.acmeOwner.email, w.acmePrivacy.email, `privacy-team-${w.tag}@acme.example`].sort(),
    );
    expect(acme.recipients.sort()).toEqual(acmeMail.map((m) => m.toAddress).sort());
    const german = acmeMail.find((m) => m.toAddress === w.acmePrivacy.email)!;
    expect(german.subject).toContain("Mitteilung zu Unterauftragsverarbeitern");
    expect(german.textBody).toContain("innerhalb von 30 Tagen nach Zugang dieser Mitteilung");
    const english = acmeMail.find((m) => m.toAddress === w.acmeOwner.email)!;
    for (const fact of [
      name,
      "Support ticket hosting",
      "Names; Email addresses",
      "Dublin",
      "EU/EEA – no transfer",
    ])
      expect(english.textBody).toContain(fact);
    expect(english.textBody).toContain(`/portal/${w.acme.slug}/subprocessors`);
    expect(english.organizationId).toBe(w.acme.id);
    const globexMail = await db.outboxEmail.findMany({
      where: { idempotencyKey: { startsWith: `subprocessor-notice:${globex.id}:` } },
    });
    expect(globexMail.map((m) => m.toAddress)).toEqual([w.globexAdmin.email]);
    expect(globexMail[0]!.textBody).toContain("specific authorisation");

    // Acme has an endpoint subscribed: one delivery with the notice's facts; Globex has none.
    const hooks = await db.webhookDelivery.findMany({
      where: { organizationId: w.acme.id, eventType: "subprocessor.notice" },
    });
    expect(hooks).toHaveLength(1);
    expect(JSON.parse(hooks[0]!.body)).toMatchObject({
      type: "subprocessor.notice",
      data: {
        noticeId: acme.id,
        mode: "GENERAL",
        noticeDays: 30,
        earliestWindowEnd: new Date(START.getTime() + 30 * DAY).toISOString(),
        subprocessor: { name, country: "IE" },
      },
    });
    expect(await db.webhookDelivery.count({ where: { organizationId: w.globex.id } })).toBe(0);

    // Audited in each organisation's chain.
    expect(
      await db.auditEvent.count({
        where: { organizationId: w.acme.id, action: "subprocessor.notice.sent", targetId: acme.id },
      }),
    ).toBe(1);
  });

  it("refuses an effective date before a general organisation's longer window without the short-notice confirmation", async () => {
    clock.set(START);
    await db.organization.update({ where: { id: w.initech.id }, data: { subprocessorNoticeDays: 45 } });
    try {
      const staff = await as(w.staffContent);
      await expect(
        announceSubprocessorChange(staff, addition(`Longwin ${w.tag}`, isoDay(35 * DAY))),
      ).rejects.toMatchObject({ code: "invalid" });
      const { initech } = await announce(w, `Shortwin ${w.tag}`, 35, true);
      await deliverTo(w.initech, START);
      expect(
        (await db.subprocessorNotice.findUniqueOrThrow({ where: { id: initech.id } })).windowEndsAt,
      ).toEqual(new Date(START.getTime() + 45 * DAY));
    } finally {
      await db.organization.update({ where: { id: w.initech.id }, data: { subprocessorNoticeDays: 30 } });
    }
  });

  it("shows staff the notice and each organisation's recipients and window before sending", async () => {
    clock.set(START);
    const preview = await previewNotice(
      await as(w.staffContent),
      addition(`Preview ${w.tag}`, isoDay(30 * DAY)),
    );
    const acme = preview.organizations.find((o) => o.id === w.acme.id)!;
    expect(acme).toMatchObject({ mode: "GENERAL", noticeDays: 30, webhooks: true });
    expect(acme.earliestWindowEnd).toEqual(new Date(START.getTime() + 30 * DAY));
    expect(acme.recipients.map((r) => r.address)).toContain(w.acmeOwner.email);
    expect(preview.organizations.find((o) => o.id === w.globex.id)!.earliestWindowEnd).toBeNull();
    expect(preview.sample!.de.text).toContain("Verarbeitungstätigkeit");
    expect(await db.subprocessor.count({ where: { name: `Preview ${w.tag}` } })).toBe(0);
  });

  it("lets only organisation managers set the authorisation, audited", async () => {
    const org = await createOrganization();
    await expect(
      updateAuthorisationSetting(await as(w.staffContent), {
        organizationId: org.id,
        mode: "SPECIFIC",
        noticeDays: 30,
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect(
      await updateAuthorisationSetting(await as(w.staffPrivacy), {
        organizationId: org.id,
        mode: "SPECIFIC",
        noticeDays: 60,
      }),
    ).toEqual({ changed: true });
    expect(await db.organization.findUniqueOrThrow({ where: { id: org.id } })).toMatchObject({
      subprocessorAuthorisation: "SPECIFIC",
      subprocessorNoticeDays: 60,
    });
    expect(
      await db.auditEvent.count({
        where: { organizationId: org.id, action: "org.subprocessor_authorisation.updated" },
      }),
    ).toBe(1);
  });
});

describe("objections, resolutions and deemed acceptance (C2)", () => {
  it("objection → staff queue → resolution, in both chains; auditors, members and lower staff cannot", async () => {
    clock.set(START);
    const { acme, initech } = await announce(w, `Objectme ${w.tag}`);
    clock.set(new Date(START.getTime() + 2 * DAY));
    const input = {
      slug: w.acme.slug,
      noticeId: acme.id,
      answer: "object" as const,
      reason: "Our works council has not agreed.",
    };
    for (const reader of [w.acmeAuditor, w.acmeMember])
      await expect(respondToNotice(await as(reader), input)).rejects.toMatchObject({ code: "forbidden" });
    await expect(respondToNotice(await as(w.acmePrivacy), { ...input, reason: "no" })).rejects.toMatchObject({
      code: "invalid",
    });
    // Specific answers do not fit a general notice.
    await expect(
      respondToNotice(await as(w.acmeOwner), { ...input, answer: "approve" }),
    ).rejects.toMatchObject({
      code: "conflict",
    });
    expect(await respondToNotice(await as(w.acmePrivacy), input)).toEqual({ status: "OBJECTED" });
    await expect(respondToNotice(await as(w.acmeOwner), input)).rejects.toMatchObject({ code: "conflict" });
    for (const organizationId of [w.acme.id, null])
      expect(
        await db.auditEvent.count({
          where: { organizationId, action: "subprocessor.notice.objected", targetId: acme.id },
        }),
      ).toBe(1);

    const queue = await objectionQueue(await as(w.staffPrivacy));
    expect(queue.open.find((o) => o.noticeId === acme.id)).toMatchObject({
      reason: "Our works council has not agreed.",
      organization: { id: w.acme.id },
    });
    await expect(objectionQueue(await as(w.staffSupport))).rejects.toMatchObject({ code: "forbidden" });
    const resolution = {
      noticeId: acme.id,
      outcome: "ALTERNATIVE" as const,
      note: "Acme's tickets stay on our own servers.",
    };
    await expect(resolveObjection(await as(w.staffContent), resolution)).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(resolveObjection(await as(w.acmeOwner), resolution)).rejects.toMatchObject({
      code: "not_found",
    });
    await resolveObjection(await as(w.staffPrivacy), resolution);
    await expect(resolveObjection(await as(w.staffPrivacy), resolution)).rejects.toMatchObject({
      code: "conflict",
    });
    expect(await db.subprocessorNotice.findUniqueOrThrow({ where: { id: acme.id } })).toMatchObject({
      status: "OBJECTED",
      objectionOutcome: "ALTERNATIVE",
    });
    for (const organizationId of [w.acme.id, null])
      expect(
        await db.auditEvent.count({
          where: { organizationId, action: "subprocessor.objection.resolved", targetId: acme.id },
        }),
      ).toBe(1);
    const after = await objectionQueue(await as(w.staffPrivacy));
    expect(after.open.some((o) => o.noticeId === acme.id)).toBe(false);
    expect(after.resolved.find((o) => o.noticeId === acme.id)!.resolution).toMatchObject({
      outcome: "ALTERNATIVE",
    });

    // The change never applies to Acme (objected, resolved by an alternative), even after the window.
    clock.set(new Date(START.getTime() + 40 * DAY));
    const applied = await authorisedSubprocessorsAt(db, w.acme.id, clock.now());
    expect(applied.find((s) => s.name === `Objectme ${w.tag}`)).toMatchObject({
      authorised: false,
      state: "objected",
    });
    // Initech stayed silent: authorised once its window closed.
    expect(initech.status).toBe("NOTIFIED");
  });

  it("records deemed acceptance when a general window closes in silence, once (injected clock)", async () => {
    clock.set(START);
    const name = `Silence ${w.tag}`;
    const announced = await announce(w, name);
    const { globex } = announced;
    await deliverTo(w.initech, START);
    const initech = await db.subprocessorNotice.findUniqueOrThrow({ where: { id: announced.initech.id } });
    const day = (n: number) => new Date(START.getTime() + n * DAY);
    // Before the window closes: nothing to record; the subprocessor is not yet authorised for Initech.
    clock.set(day(29));
    await recordDeemedAcceptances(clock);
    expect((await db.subprocessorNotice.findUniqueOrThrow({ where: { id: initech.id } })).status).toBe(
      "NOTIFIED",
    );
    expect(
      (await authorisedSubprocessorsAt(db, w.initech.id, day(29))).find((s) => s.name === name),
    ).toBeUndefined();
    expect(
      (await authorisedSubprocessorsAt(db, w.initech.id, new Date(day(30).getTime() - 60_000))).find(
        (s) => s.name === name,
      ),
    ).toMatchObject({
      authorised: false,
      state: "window_open",
    });

    clock.set(day(31));
    const first = await recordDeemedAcceptances(clock);
    expect(first.deemed).toBeGreaterThanOrEqual(1);
    expect(await recordDeemedAcceptances(clock)).toEqual({ deemed: 0 });
    const notice = await db.subprocessorNotice.findUniqueOrThrow({ where: { id: initech.id } });
    expect(notice.status).toBe("DEEMED_ACCEPTED");
    const answers = await db.subprocessorNoticeAnswer.findMany({ where: { noticeId: initech.id } });
    expect(answers).toEqual([
      expect.objectContaining({ status: "DEEMED_ACCEPTED", at: initech.windowEndsAt }),
    ]);
    expect(
      await db.auditEvent.count({
        where: {
          organizationId: w.initech.id,
          action: "subprocessor.notice.deemed_accepted",
          targetId: initech.id,
        },
      }),
    ).toBe(1);
    // Specific notices are never deemed accepted.
    expect((await db.subprocessorNotice.findUniqueOrThrow({ where: { id: globex.id } })).status).toBe(
      "NOTIFIED",
    );
    // A closed window takes no answer any more.
    await expect(
      respondToNotice(await as(w.initechOwner), {
        slug: w.initech.slug,
        noticeId: initech.id,
        answer: "object",
        reason: "Too late for this one.",
      }),
    ).rejects.toMatchObject({ code: "conflict" });

    const applied = await authorisedSubprocessorsAt(db, w.initech.id, day(31));
    expect(applied.find((s) => s.name === name)).toMatchObject({
      authorised: true,
      basis: "deemed_accepted",
    });
  });
});

describe("the window runs from delivery (C1)", () => {
  it("opens no window while no email is accepted; the first acceptance opens it, once audited", async () => {
    clock.set(START);
    const name = `Bounce ${w.tag}`;
    const { initech } = await announce(w, name);
    const day = (n: number) => new Date(START.getTime() + n * DAY);
    // The mail server refuses Initech's email: the notice is not delivered and its window does not open.
    expect(await deliverTo(w.initech, START, "550 5.1.1 mailbox unknown")).toMatchObject({ sent: 0 });
    clock.set(day(40));
    await recordDeemedAcceptances(clock);
    const waiting = await db.subprocessorNotice.findUniqueOrThrow({ where: { id: initech.id } });
    expect(waiting).toMatchObject({ status: "NOTIFIED", deliveredAt: null, windowEndsAt: null });
    expect(
      (await authorisedSubprocessorsAt(db, w.initech.id, day(40))).find((s) => s.name === name),
    ).toMatchObject({ authorised: false, state: "window_open" });
    const portal = await portalSubprocessorsView(await as(w.initechOwner), w.initech.slug);
    expect(portal.notices.find((n) => n.id === initech.id)).toMatchObject({
      awaitsDelivery: true,
      windowEndsAt: null,
      answers: ["object", "accept"],
    });

    // Accepted on the retry two days later: the window runs 30 days from that moment, not from the announcement.
    const retry = new Date(day(2).getTime() + 3_600_000);
    expect(await deliverTo(w.initech, retry)).toMatchObject({ sent: 1, failed: 0 });
    expect(sink.accepted.some((m) => m.rcptTo.includes(w.initechOwner.email))).toBe(true);
    const delivered = await db.subprocessorNotice.findUniqueOrThrow({ where: { id: initech.id } });
    expect(delivered.deliveredAt).toEqual(retry);
    expect(delivered.windowEndsAt).toEqual(new Date(retry.getTime() + 30 * DAY));
    const events = await db.auditEvent.findMany({
      where: { organizationId: w.initech.id, action: "subprocessor.notice.delivered", targetId: initech.id },
    });
    expect(events).toHaveLength(1);
    expect(events[0]!.metadata).toMatchObject({ windowEndsAt: delivered.windowEndsAt!.toISOString() });

    // Day 31 after the announcement is inside the window that runs from delivery: nothing is deemed yet.
    clock.set(day(31));
    await recordDeemedAcceptances(clock);
    expect((await db.subprocessorNotice.findUniqueOrThrow({ where: { id: initech.id } })).status).toBe(
      "NOTIFIED",
    );
    clock.set(day(33));
    await recordDeemedAcceptances(clock);
    expect(
      await db.subprocessorNoticeAnswer.findMany({
        where: { noticeId: initech.id },
        select: { status: true, at: true },
      }),
    ).toEqual([{ status: "DEEMED_ACCEPTED", at: delivered.windowEndsAt }]);
  });
});

describe("specific authorisation (C1)", () => {
  it("does not apply the subprocessor until the organisation approves, also when read for a past date", async () => {
    clock.set(START);
    const name = `Approveme ${w.tag}`;
    const { globex } = await announce(w, name);
    const find = async (at: Date) =>
      (await authorisedSubprocessorsAt(db, w.globex.id, at)).find((s) => s.name === name);
    const effective = new Date(START.getTime() + 31 * DAY);
    clock.set(effective);
    expect(await find(effective)).toMatchObject({
      authorised: false,
      state: "awaiting_approval",
      noticeId: globex.id,
    });
    const view = await portalSubprocessorsView(await as(w.globexMember), w.globex.slug);
    expect(view.applied.find((s) => s.name === name)).toMatchObject({ authorised: false });
    expect(view.notices.find((n) => n.id === globex.id)!.answers).toEqual([]); // a member reads only
    await expect(
      respondToNotice(await as(w.globexMember), {
        slug: w.globex.slug,
        noticeId: globex.id,
        answer: "approve",
        reason: "",
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
    const admin = await portalSubprocessorsView(await as(w.globexAdmin), w.globex.slug);
    expect(admin.notices.find((n) => n.id === globex.id)!.answers).toEqual(["approve", "refuse"]);

    const approvedAt = new Date(START.getTime() + 33 * DAY);
    clock.set(approvedAt);
    await respondToNotice(await as(w.globexAdmin), {
      slug: w.globex.slug,
      noticeId: globex.id,
      answer: "approve",
      reason: "",
    });
    expect(await find(approvedAt)).toMatchObject({ authorised: true, basis: "approved" });
    // From the stored history: on the day before the approval it was not authorised.
    expect(await find(new Date(approvedAt.getTime() - DAY))).toMatchObject({
      authorised: false,
      state: "awaiting_approval",
    });
    // Before its effective date it did not apply at all.
    expect(await find(START)).toBeUndefined();
  });

  it("keeps an organisation being closed read-only", async () => {
    clock.set(START);
    const { globex } = await announce(w, `Closing ${w.tag}`);
    await db.organization.update({ where: { id: w.globex.id }, data: { closingSince: START } });
    try {
      await expect(
        respondToNotice(await as(w.globexAdmin), {
          slug: w.globex.slug,
          noticeId: globex.id,
          answer: "approve",
          reason: "",
        }),
      ).rejects.toMatchObject({ code: "conflict" });
      const view = await portalSubprocessorsView(await as(w.globexAdmin), w.globex.slug);
      expect(view.closing).toBe(true);
      expect(view.notices.every((n) => n.answers.length === 0)).toBe(true);
    } finally {
      await db.organization.update({ where: { id: w.globex.id }, data: { closingSince: null } });
    }
  });
});

describe("isolation (attacker/victim) and evidence", () => {
  it("gives another organisation's member 404 and none of the victim's data", async () => {
    clock.set(START);
    const { acme } = await announce(w, `Isolated ${w.tag}`);
    await respondToNotice(await as(w.acmeOwner), {
      slug: w.acme.slug,
      noticeId: acme.id,
      answer: "object",
      reason: "Secret reason of Acme only.",
    });
    const attacker = await as(w.globexAdmin);
    await expect(portalSubprocessorsView(attacker, w.acme.slug)).rejects.toMatchObject({ code: "not_found" });
    for (const slug of [w.acme.slug, w.globex.slug])
      await expect(
        respondToNotice(attacker, {
          slug,
          noticeId: acme.id,
          answer: "object",
          reason: "Attacker's objection here.",
        }),
      ).rejects.toMatchObject({ code: "not_found" });
    // The staff pages and actions do not exist for a customer.
    const change = await db.subprocessorNotice.findUniqueOrThrow({
      where: { id: acme.id },
      select: { changeId: true },
    });
    expect(change.changeId).toBeTruthy();
    await expect(noticeMatrix(attacker)).rejects.toMatchObject({ code: "not_found" });
    await expect(objectionQueue(attacker)).rejects.toMatchObject({ code: "not_found" });
    await expect(
      previewNotice(attacker, addition(`Attacker ${w.tag}`, isoDay(30 * DAY))),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      resolveObjection(attacker, { noticeId: acme.id, outcome: "WITHDRAWN", note: "Attacker closes it." }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      updateAuthorisationSetting(attacker, { organizationId: w.acme.id, mode: "GENERAL", noticeDays: 1 }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect((await db.subprocessorNotice.findUniqueOrThrow({ where: { id: acme.id } })).status).toBe(
      "OBJECTED",
    );
    const own = await portalSubprocessorsView(attacker, w.globex.slug);
    const text = JSON.stringify(own);
    expect(text).not.toContain(acme.id);
    expect(text).not.toContain("Secret reason of Acme only.");
    expect(text).not.toContain(w.acme.name);
  });

  it("puts the organisation's own notices and answers in its export, none of another's", async () => {
    const rows = async (entity: typeof organizationSubprocessorNoticesEntity, organizationId: string) => {
      const all = [];
      for await (const page of entity.pages({
        tx: db,
        organizationId,
        startedAt: new Date(),
        reader: null as never,
        pageSize: 2,
      }))
        all.push(...page);
      return all;
    };
    const notices = await rows(organizationSubprocessorNoticesEntity, w.acme.id);
    const mine = await db.subprocessorNotice.findMany({
      where: { organizationId: w.acme.id },
      select: { id: true },
    });
    expect(notices.map((n) => n.id).sort()).toEqual(mine.map((n) => n.id).sort());
    const answers = await rows(organizationSubprocessorAnswersEntity, w.acme.id);
    expect(answers.length).toBeGreaterThan(0);
    const notMine = await db.subprocessorNoticeAnswer.findMany({
      where: { organizationId: { not: w.acme.id } },
      select: { id: true },
    });
    expect(answers.some((a) => notMine.some((n) => n.id === a.id))).toBe(false);
    expect(answers.find((a) => a.outcome === "ALTERNATIVE")).toMatchObject({ by: "provider" });
    expect(
      await organizationSubprocessorNoticesEntity.count({
        tx: db,
        organizationId: w.acme.id,
        startedAt: new Date(),
        reader: null as never,
        pageSize: 2,
      }),
    ).toBe(mine.length);
  });

  it("shows staff the matrix with delivery: delivered, bounced, answered", async () => {
    clock.set(START);
    const { result, acme, globex, initech } = await announce(w, `Matrix ${w.tag}`);
    await db.outboxEmail.updateMany({
      where: { idempotencyKey: { startsWith: `subprocessor-notice:${acme.id}:` } },
      data: { status: "SENT", sentAt: START },
    });
    await db.outboxEmail.updateMany({
      where: { idempotencyKey: { startsWith: `subprocessor-notice:${initech.id}:` } },
      data: { status: "FAILED", attempts: 10, lastError: "550 5.1.1 mailbox unknown" },
    });
    await respondToNotice(await as(w.globexAdmin), {
      slug: w.globex.slug,
      noticeId: globex.id,
      answer: "refuse",
      reason: "Not for health data.",
    });
    const matrix = await noticeMatrix(await as(w.staffContent), {}, 50);
    const row = matrix.changes.find((c) => c.id === result.changeId)!;
    expect(row.cells[w.acme.id]!.state).toBe("delivered");
    expect(row.cells[w.globex.id]!.state).toBe("refused");
    expect(row.cells[w.initech.id]).toMatchObject({
      state: "bounced",
      delivery: { failures: [{ address: w.initechOwner.email, reason: "550 5.1.1 mailbox unknown" }] },
    });
    await expect(noticeMatrix(await as(w.staffSupport))).rejects.toMatchObject({ code: "forbidden" });
  });
});
