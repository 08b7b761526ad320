// The portal banner's query (GDPR.md C2; SECURITY.md S12): an organisation's notices that await its answer —
// GENERAL and NOTIFIED with the window not closed (not delivered yet, or ending later), SPECIFIC and
// NOTIFIED — counted with the earliest window end; never another organisation's, never answered, closed or
// removal notices. Shown only to roles that answer, not to an API key, not while the organisation is being
// closed; another organisation's member gets 404.
import { describe, expect, it, vi } from "vitest";
import { createOrganization, createUser } from "../../prisma/factories.ts";
import { db } from "../db/client.ts";
import type { SubprocessorChangeType, SubprocessorNoticeStatus } from "../generated/prisma/enums.ts";
import { contextFor } from "../testing/context.ts";
import { fixedClock } from "../time/clock.ts";
import { openNoticesBanner, openNoticesOf } from "./open-notices.ts";
import { respondToNotice } from "./respond.ts";

vi.mock("../jobs/email-jobs.ts", () => ({ requestEmailDelivery: async () => {} }));

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date("2026-06-01T10:00:00.000Z");
const clock = fixedClock(NOW);
const at = (days: number) => new Date(NOW.getTime() + days * DAY);

let counter = 0;
/** One change and its notice to `org`, written as the announcement and the delivery worker would. */
async function notice(
  org: { id: string; subprocessorAuthorisation: "GENERAL" | "SPECIFIC" },
  options: {
    type?: SubprocessorChangeType;
    status?: SubprocessorNoticeStatus;
    windowEndsAt?: Date | null;
  } = {},
) {
  const subprocessor = await db.subprocessor.create({
    data: {
      name: `Vendor ${++counter}`,
      purpose: "Hosting",
      dataCategories: ["Names"],
      location: "Dublin",
      country: "IE",
      transferMechanism: "EU/EEA – no transfer",
      activeFrom: at(30),
    },
  });
  const change = await db.subprocessorChange.create({
    data: { type: options.type ?? "ADD", subprocessorId: subprocessor.id, effectiveDate: at(30) },
  });
  const windowEndsAt = options.windowEndsAt ?? null;
  return db.subprocessorNotice.create({
    data: {
      changeId: change.id,
      organizationId: org.id,
      mode: org.subprocessorAuthorisation,
      noticeDays: 30,
      status: options.status ?? "NOTIFIED",
      windowEndsAt,
      deliveredAt: windowEndsAt ? new Date(windowEndsAt.getTime() - 30 * DAY) : null,
    },
  });
}

describe("notices that await the organisation's answer", () => {
  it("counts only the organisation's own open notices, with the earliest window end", async () => {
    const victim = await createOrganization({ slug: "victim-acme", name: "Victim Acme" });
    const attacker = await createOrganization({
      slug: "attacker-globex",
      name: "Attacker Globex",
      subprocessorAuthorisation: "SPECIFIC",
    });
    const victimPrivacy = await createUser({
      memberships: [{ organizationId: victim.id, role: "PRIVACY_OFFICER" }],
    });

    // Counted for the victim: not delivered yet (window not opened), window ending in 5 and in 12 days.
    await notice(victim);
    await notice(victim, { windowEndsAt: at(12) });
    await notice(victim, { windowEndsAt: at(5) });
    // Not counted: window closed, answered (accepted, deemed accepted), a removal, an objection.
    await notice(victim, { windowEndsAt: at(-1) });
    await notice(victim, { windowEndsAt: NOW });
    await notice(victim, { windowEndsAt: at(9), status: "ACCEPTED" });
    await notice(victim, { windowEndsAt: at(-2), status: "DEEMED_ACCEPTED" });
    await notice(victim, { type: "REMOVE" });
    const objected = await notice(victim, { windowEndsAt: at(3) });
    await respondToNotice(await contextFor(victimPrivacy, { clock }), {
      slug: victim.slug,
      noticeId: objected.id,
      answer: "object",
      reason: "Our works council has not agreed.",
    });

    // The attacker's own: two awaiting approval, one approved, one refused, one removal.
    await notice(attacker);
    await notice(attacker);
    await notice(attacker, { status: "APPROVED" });
    await notice(attacker, { status: "REFUSED" });
    await notice(attacker, { type: "REMOVE" });

    expect(await openNoticesOf(db, victim.id, NOW)).toEqual({ count: 3, earliestWindowEnd: at(5) });
    // SPECIFIC notices have no window: counted, no window end; the victim's window ends do not leak in.
    expect(await openNoticesOf(db, attacker.id, NOW)).toEqual({ count: 2, earliestWindowEnd: null });
    // An organisation without notices.
    const empty = await createOrganization();
    expect(await openNoticesOf(db, empty.id, NOW)).toEqual({ count: 0, earliestWindowEnd: null });
    // Later, the 5-day window has closed: the next one is the earliest.
    expect(await openNoticesOf(db, victim.id, at(6))).toEqual({ count: 2, earliestWindowEnd: at(12) });
  });

  it("shows the banner to those who answer, not to readers, not while closing; 404 to another organisation", async () => {
    const acme = await createOrganization({ slug: "banner-acme", name: "Banner Acme" });
    const globex = await createOrganization({ slug: "banner-globex", name: "Banner Globex" });
    const member = (
      org: { id: string },
      role: "OWNER" | "ADMIN" | "PRIVACY_OFFICER" | "MEMBER" | "AUDITOR",
    ) => createUser({ memberships: [{ organizationId: org.id, role }] });
    const as = async (user: { id: string }) => contextFor(user, { clock });
    await notice(acme, { windowEndsAt: at(7) });
    await notice(acme);

    for (const role of ["OWNER", "ADMIN", "PRIVACY_OFFICER"] as const)
      expect(await openNoticesBanner(await as(await member(acme, role)), acme.slug)).toEqual({
        count: 2,
        earliestWindowEnd: at(7),
      });
    for (const role of ["MEMBER", "AUDITOR"] as const)
      expect(await openNoticesBanner(await as(await member(acme, role)), acme.slug)).toBeNull();
    // An API key's context (even one carried by an owner's membership) answers nothing: no banner.
    const ownerContext = await as(await member(acme, "OWNER"));
    const apiKey = { id: "key-1", name: "CI", scopes: ["org.view", "org.subprocessors.respond"] };
    expect(
      await openNoticesBanner({ ...ownerContext, actor: { ...ownerContext.actor!, apiKey } }, acme.slug),
    ).toBeNull();

    // Another organisation's owner: Acme's banner does not exist for them, and their own shows nothing.
    const globexOwner = await as(await member(globex, "OWNER"));
    await expect(openNoticesBanner(globexOwner, acme.slug)).rejects.toMatchObject({ code: "not_found" });
    expect(await openNoticesBanner(globexOwner, globex.slug)).toBeNull();

    // Being closed, the organisation is read-only: no banner.
    const owner = await member(acme, "OWNER");
    await db.organization.update({ where: { id: acme.id }, data: { closingSince: NOW } });
    expect(await openNoticesBanner(await as(owner), acme.slug)).toBeNull();
  });
});
