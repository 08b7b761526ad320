// Nobody can grow the audit log one row per request (SECURITY.md S24): refusals and throttled attempts
// are written once per subject and window, further ones only counted, and every window's count reaches
// the hash-chained log as one summary event once the window is over — none is lost.
import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { createOrganization, createUser } from "../../prisma/factories.ts";
import { authorizeOrgBySlug } from "../auth/authorization/authorize.ts";
import { requestMagicLink, signInWithMagicLink } from "../auth/email-links/magic-link.ts";
import { passMfaChallenge } from "../auth/mfa/challenge.ts";
import { actorFor, contextOf, enableTotp, signedIn } from "../auth/mfa/mfa-test-kit.ts";
import { requestPasswordReset, resetPassword } from "../auth/passwords/password-reset.ts";
import { signInWithPassword } from "../auth/passwords/password-sign-in.ts";
import { reauthenticate } from "../auth/sessions/reauth.ts";
import { createSession } from "../auth/sessions/session-store.ts";
import { completeSsoSignIn } from "../auth/sso/callback.ts";
import type { RequestMeta } from "../context/context.ts";
import { db } from "../db/client.ts";
import { anonymousContext, contextFor } from "../testing/context.ts";
import { fixedClock } from "../time/clock.ts";
import { REFUSAL_WINDOW_MS, summariseFinishedWindows } from "./refusals.ts";
import { verifyAllChains } from "./verify.ts";

vi.mock("../jobs/email-jobs.ts", () => ({ requestEmailDelivery: async () => {} }));

const START = "2026-11-23T09:00:05.000Z";
/** What "a handful" means for every flood below. */
const HANDFUL = 5;

/** A client address of its own for each test: its audit rows are the rows from that address. */
function client(ip: string): RequestMeta {
  return { ip, userAgent: "flood", requestId: `req-flood-${ip}` };
}

const rowsFrom = (ip: string) => db.auditEvent.count({ where: { ip } });

/** The summary events from `ip` after the window has ended: refused action → count. */
async function summariesFrom(
  ip: string,
  clock: ReturnType<typeof fixedClock>,
): Promise<Record<string, number>> {
  clock.advance(REFUSAL_WINDOW_MS);
  await summariseFinishedWindows(clock);
  const rows = await db.auditEvent.findMany({ where: { ip, action: "audit.refusals.summarised" } });
  const counts: Record<string, number> = {};
  for (const row of rows) {
    const { action, count } = row.metadata as { action: string; count: number };
    counts[action] = (counts[action] ?? 0) + count;
  }
  return counts;
}

describe("the audit log cannot be flooded (S24)", () => {
  it("300 sign-in attempts for one made-up address leave a handful of rows, and the counts (S24, S2)", async () => {
    const clock = fixedClock(START);
    const from = client("198.51.100.101");
    const ctx = anonymousContext({ clock, request: from });
    const email = `made-up-${randomUUID()}@example.test`;
    for (let i = 0; i < 300; i++) await signInWithPassword(ctx, { email, password: `guess-${i}` });

    expect(await rowsFrom(from.ip!)).toBeLessThanOrEqual(HANDFUL);
    expect(await summariesFrom(from.ip!, clock)).toEqual({
      "auth.sign_in.failed": 10,
      "auth.sign_in.throttled": 290,
    });
    expect(await rowsFrom(from.ip!)).toBeLessThanOrEqual(HANDFUL);
    expect((await verifyAllChains()).filter((r) => !r.ok)).toEqual([]);
  });

  it("100 requests of a random foreign slug by one member leave a handful of rows (S24, S11)", async () => {
    const clock = fixedClock(START);
    const from = client("198.51.100.102");
    const org = await createOrganization();
    const member = await createUser({ memberships: [{ organizationId: org.id, role: "MEMBER" }] });
    const ctx = await contextFor(member, { clock, request: from });
    for (let i = 0; i < 100; i++) {
      await expect(authorizeOrgBySlug(ctx, `nope-${randomUUID()}`, "org.view")).rejects.toMatchObject({
        code: "not_found",
      });
    }
    expect(await rowsFrom(from.ip!)).toBeLessThanOrEqual(HANDFUL);
    expect(await summariesFrom(from.ip!, clock)).toEqual({ "authz.denied": 100 });
  });

  it("100 requests from outside an organisation's allow-list leave a handful of rows (S24)", async () => {
    const clock = fixedClock(START);
    const from = client("198.51.100.103");
    const org = await createOrganization();
    await db.organization.update({ where: { id: org.id }, data: { ipAllowlist: ["10.0.0.0/8"] } });
    const member = await createUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] });
    const ctx = await contextFor(member, { clock, request: from });
    for (let i = 0; i < 100; i++) {
      await expect(authorizeOrgBySlug(ctx, org.slug, "org.view")).rejects.toMatchObject({
        code: "forbidden",
      });
    }
    expect(await rowsFrom(from.ip!)).toBeLessThanOrEqual(HANDFUL);
    expect(await summariesFrom(from.ip!, clock)).toEqual({ "authz.ip_denied": 100 });
  });

  it.each([
    ["magic-link", requestMagicLink, "auth.magic_link.throttled"],
    ["password-reset", requestPasswordReset, "auth.password_reset.throttled"],
  ] as const)(
    "300 %s requests for one address leave the accepted ones and a handful more (S24, S2)",
    async (kind, send, throttled) => {
      const clock = fixedClock(START);
      const from = client(kind === "magic-link" ? "198.51.100.104" : "198.51.100.105");
      const ctx = anonymousContext({ clock, request: from });
      const email = `flood-${kind}-${randomUUID()}@example.test`;
      for (let i = 0; i < 300; i++) await send(ctx, { email });
      // Five are accepted (S2) and each is a request of its own; the 295 refused ones are summarised.
      expect(await rowsFrom(from.ip!)).toBeLessThanOrEqual(5 + HANDFUL);
      expect(await summariesFrom(from.ip!, clock)).toEqual({ [throttled]: 295 });
    },
  );

  it("300 uses of made-up sign-in and reset links leave a handful of rows (S24)", async () => {
    const clock = fixedClock(START);
    const from = client("198.51.100.106");
    const ctx = anonymousContext({ clock, request: from });
    for (let i = 0; i < 150; i++) {
      await signInWithMagicLink(ctx, randomUUID());
      await resetPassword(ctx, { token: randomUUID(), password: "A long new password 42" }).catch(() => {});
    }
    expect(await rowsFrom(from.ip!)).toBeLessThanOrEqual(HANDFUL);
    expect(await summariesFrom(from.ip!, clock)).toEqual({
      "auth.magic_link.refused": 150,
      "auth.password_reset.refused": 150,
    });
  });

  it("100 wrong second factors and 100 wrong confirmations leave a handful of rows each (S24, S2)", async () => {
    const clock = fixedClock(START);
    const { user, ctx: first } = await signedIn(clock);
    await enableTotp(first);
    const from = client("198.51.100.107");
    const session = await createSession(user.id, "CUSTOMER", from, clock, { mfaVerified: false });
    const pending = contextOf(await actorFor(user.id, session.id), clock, from);
    for (let i = 0; i < 100; i++)
      await passMfaChallenge(pending, { method: "totp", code: "000000" }).catch(() => {});
    expect(await rowsFrom(from.ip!)).toBeLessThanOrEqual(HANDFUL);

    const again = client("198.51.100.108");
    const ctx = { ...first, request: again };
    for (let i = 0; i < 100; i++) await reauthenticate(ctx, { password: `wrong-${i}` }).catch(() => {});
    expect(await rowsFrom(again.ip!)).toBeLessThanOrEqual(HANDFUL);
    expect(await summariesFrom(from.ip!, clock)).toEqual({
      "mfa.challenge.failed": 5,
      "mfa.challenge.throttled": 95,
    });
    expect(await summariesFrom(again.ip!, clock)).toEqual({ "auth.reauthentication.failed": 100 });
  });

  it("300 Microsoft callbacks without a known state leave a handful of rows (S24, S7)", async () => {
    const clock = fixedClock(START);
    const from = client("198.51.100.109");
    for (let i = 0; i < 300; i++) {
      const ctx = anonymousContext({ clock, request: from });
      expect(await completeSsoSignIn(ctx, { state: randomUUID(), code: "x", error: null })).toEqual({
        ok: false,
        error: "sso_restart",
      });
    }
    expect(await rowsFrom(from.ip!)).toBeLessThanOrEqual(HANDFUL);
    expect(await summariesFrom(from.ip!, clock)).toEqual({ "sso.sign_in.failed": 300 });
  });
});
