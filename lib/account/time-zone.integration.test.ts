// Issue 11 item 6: each person's own time zone. Chosen on the account page (a listed zone, audited, only
// the caller's own account), or the browser's stored once at the first signed-in page; the caller's
// context then reads in it, and inside an organisation the organisation's default stands in until then.
import { describe, expect, it } from "vitest";
import { createOrganization, createUser } from "../../prisma/factories.ts";
import { authorizeOrgBySlug } from "../auth/authorization/authorize.ts";
import { db } from "../db/client.ts";
import { anonymousContext, contextFor } from "../testing/context.ts";
import { fixedClock } from "../time/clock.ts";
import { recipientTimeZone } from "../time/recipient-time-zone.ts";
import { adoptBrowserTimeZone, browserTimeZoneInput, chooseTimeZone, timeZoneInput } from "./time-zone.ts";

const clock = fixedClock("2026-11-23T09:00:00Z");

const zoneOf = async (userId: string) =>
  (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true } })).timeZone;
const zoneEvents = (userId: string) =>
  db.auditEvent.findMany({
    where: { action: "account.time_zone.changed", targetId: userId },
    orderBy: { seq: "asc" },
    select: { chain: true, actorUserId: true, metadata: true, createdAt: true },
  });

async function member(orgZone = "Europe/Berlin") {
  const org = await createOrganization({ defaultTimeZone: orgZone });
  const user = await createUser({ memberships: [{ organizationId: org.id, role: "MEMBER" }] });
  return { org, user };
}

describe("choosing one's time zone (account page)", () => {
  it("stores a listed zone, audits it in the person's chains, and the next context reads in it", async () => {
    const { org, user } = await member();
    const ctx = await contextFor(user, { clock });
    expect(await chooseTimeZone(ctx, timeZoneInput("en").parse({ timeZone: "America/New_York" }))).toEqual({
      timeZone: "America/New_York",
      changed: true,
    });
    expect(await zoneOf(user.id)).toBe("America/New_York");
    expect(await zoneEvents(user.id)).toEqual([
      {
        chain: `org:${org.id}`,
        actorUserId: user.id,
        metadata: { from: null, to: "America/New_York", source: "account" },
        createdAt: clock.now(),
      },
    ]);
    // The same zone again changes nothing and records nothing.
    expect(await chooseTimeZone(ctx, timeZoneInput("en").parse({ timeZone: "America/New_York" }))).toEqual({
      timeZone: "America/New_York",
      changed: false,
    });
    expect(await zoneEvents(user.id)).toHaveLength(1);

    const next = await contextFor(user, { clock });
    expect(next.timeZone).toBe("America/New_York");
    expect((await authorizeOrgBySlug(next, org.slug, "org.view")).timeZone).toBe("America/New_York");
  });

  it("refuses a zone that is not listed, and nothing changes", async () => {
    const { user } = await member();
    for (const timeZone of ["Mars/Olympus", "", "Europe/Berlin; DROP", "x".repeat(65)])
      expect(timeZoneInput("en").safeParse({ timeZone }).success, timeZone).toBe(false);
    expect(await zoneOf(user.id)).toBeNull();
    expect(await zoneEvents(user.id)).toEqual([]);
  });

  it("acts only on the caller's own account: naming another user is refused, the victim keeps theirs", async () => {
    const { user: attacker } = await member();
    const victim = await createUser({ timeZone: "Asia/Tokyo" });
    expect(timeZoneInput("en").safeParse({ timeZone: "UTC", userId: victim.id }).success).toBe(false);
    expect(browserTimeZoneInput("en").safeParse({ timeZone: "UTC", userId: victim.id }).success).toBe(false);
    await chooseTimeZone(
      await contextFor(attacker, { clock }),
      timeZoneInput("en").parse({ timeZone: "UTC" }),
    );
    expect(await zoneOf(victim.id)).toBe("Asia/Tokyo");
    expect(await zoneOf(attacker.id)).toBe("UTC");
    expect(await zoneEvents(victim.id)).toEqual([]);
  });

  it("refuses anonymous callers", async () => {
    await expect(
      chooseTimeZone(anonymousContext({ clock }), timeZoneInput("en").parse({ timeZone: "UTC" })),
    ).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(
      adoptBrowserTimeZone(
        anonymousContext({ clock }),
        browserTimeZoneInput("en").parse({ timeZone: "UTC" }),
      ),
    ).rejects.toMatchObject({ code: "unauthenticated" });
  });
});

describe("the browser's zone at the first signed-in page", () => {
  it("is stored once for someone without a zone, audited as from the browser; a chosen zone stays", async () => {
    const { org, user } = await member("Europe/Berlin");
    const ctx = await contextFor(user, { clock });
    // Until then: the provider's default outside the organisation, the organisation's inside it.
    expect((await authorizeOrgBySlug(ctx, org.slug, "org.view")).timeZone).toBe("Europe/Berlin");

    expect(
      await adoptBrowserTimeZone(ctx, browserTimeZoneInput("en").parse({ timeZone: "America/New_York" })),
    ).toEqual({ timeZone: "America/New_York", adopted: true });
    expect(await zoneEvents(user.id)).toMatchObject([
      { metadata: { from: null, to: "America/New_York", source: "browser" } },
    ]);
    // Another browser later (or a second tab) does not override it.
    expect(
      await adoptBrowserTimeZone(ctx, browserTimeZoneInput("en").parse({ timeZone: "Asia/Tokyo" })),
    ).toEqual({
      timeZone: "America/New_York",
      adopted: false,
    });
    expect(await zoneOf(user.id)).toBe("America/New_York");
    expect(await zoneEvents(user.id)).toHaveLength(1);
    const next = await contextFor(user, { clock });
    expect((await authorizeOrgBySlug(next, org.slug, "org.view")).timeZone).toBe("America/New_York");
  });

  it("stores an alias as the listed zone and refuses a name no runtime knows", async () => {
    expect(browserTimeZoneInput("en").parse({ timeZone: "Etc/UTC" })).toEqual({ timeZone: "UTC" });
    expect(browserTimeZoneInput("en").parse({ timeZone: "US/Eastern" })).toEqual({
      timeZone: "America/New_York",
    });
    expect(browserTimeZoneInput("en").safeParse({ timeZone: "Mars/Olympus" }).success).toBe(false);
  });
});

describe("the zone an email is written in", () => {
  it("is the person's own, else the organisation's default, else the provider's", async () => {
    const { org, user } = await member("Europe/Vienna");
    const provider = (await db.providerSettings.findUnique({ where: { id: "provider" } }))?.defaultTimeZone;
    expect(await recipientTimeZone(db, { userId: user.id })).toBe(provider ?? "UTC");
    expect(await recipientTimeZone(db, { userId: user.id, organizationId: org.id })).toBe("Europe/Vienna");
    expect(await recipientTimeZone(db, { userId: null, organizationId: org.id })).toBe("Europe/Vienna");
    await db.user.update({ where: { id: user.id }, data: { timeZone: "Asia/Tokyo" } });
    expect(await recipientTimeZone(db, { userId: user.id, organizationId: org.id })).toBe("Asia/Tokyo");
  });
});
