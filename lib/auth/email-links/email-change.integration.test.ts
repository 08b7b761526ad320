import { describe, expect, it, vi } from "vitest";
import { createUser } from "../../../prisma/factories.ts";
import { db } from "../../db/client.ts";
import { outboxBody } from "../../mail/outbox.ts";
import type { SignedInContext } from "../../context/context.ts";
import type { Actor } from "../sessions/actor.ts";
import { anonymousContext } from "../../testing/context.ts";
import { wholeDatabaseText } from "../../testing/database-text.ts";
import { fixedClock, type Clock } from "../../time/clock.ts";
import { confirmEmailChange, requestEmailChange } from "./email-change.ts";
import { EMAIL_LINK_MESSAGES } from "./messages.ts";

vi.mock("../../jobs/email-jobs.ts", () => ({ requestEmailDelivery: async () => {} }));

const request = { ip: "198.51.100.4", userAgent: "email-change test", requestId: "req-email" };

const invalidLink = { code: "invalid", text: EMAIL_LINK_MESSAGES.invalidEmailChangeLink };

/** The user signed in (last re-authenticated at `reauthenticatedAt`), calling at `clock`'s time. */
function contextFor(
  user: { id: string; email: string; name: string },
  reauthenticatedAt: Date | null,
  clock: Clock,
): SignedInContext {
  const actor: Actor = {
    userId: user.id,
    email: user.email,
    name: user.name,
    language: null,
    sessionId: "s",
    sessionMethod: "PASSWORD",
    ssoOrganizationId: null,
    reauthenticatedAt,
    totpEnabled: false,
    staffRoles: [],
    memberships: [],
    timeZone: null,
  };
  return { ...anonymousContext({ clock, request }), actor };
}

async function linkSentTo(address: string): Promise<string> {
  const row = await db.outboxEmail.findFirstOrThrow({
    where: { toAddress: address, subject: "Confirm your new sign-in email address" },
  });
  return /\/confirm-email\/([\w-]+)/.exec(outboxBody(row))![1]!;
}

describe("changing the sign-in email address (S3, S6, S17)", () => {
  it("needs a recent re-authentication", async () => {
    const clock = fixedClock("2026-11-23T10:00:00Z");
    const user = await createUser();
    const stale = contextFor(user, new Date("2026-11-23T09:50:00Z"), clock);
    await expect(requestEmailChange(stale, { email: "new@example.test" })).rejects.toMatchObject({
      code: "forbidden",
      reauthenticate: true,
    });
    expect(await db.oneTimeToken.count({ where: { userId: user.id } })).toBe(0);
  });

  it("confirms through a single-use link sent to the new address, tells the old address, and stores no token in clear", async () => {
    const clock = fixedClock("2026-11-23T10:00:00Z");
    const user = await createUser();
    const ctx = contextFor(user, clock.now(), clock);
    expect(await requestEmailChange(ctx, { email: "moved@example.test" })).toEqual({
      email: "moved@example.test",
    });
    const token = await linkSentTo("moved@example.test");
    expect(await wholeDatabaseText()).not.toContain(token);
    expect(
      await db.outboxEmail.count({
        where: { toAddress: user.email, subject: "A change of your sign-in email address was requested" },
      }),
    ).toBe(1);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);

    expect(await confirmEmailChange(anonymousContext({ clock, request }), token)).toEqual({
      email: "moved@example.test",
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe("moved@example.test");
    expect(
      await db.outboxEmail.count({
        where: { toAddress: user.email, subject: "Your sign-in email address was changed" },
      }),
    ).toBe(1);
    expect(await db.auditEvent.count({ where: { actorUserId: user.id, action: "auth.email.changed" } })).toBe(
      1,
    );
    await expect(confirmEmailChange(anonymousContext({ clock, request }), token)).rejects.toMatchObject(
      invalidLink,
    );
  });

  it("expires after an hour", async () => {
    const clock = fixedClock("2026-11-23T10:00:00Z");
    const user = await createUser();
    await requestEmailChange(contextFor(user, clock.now(), clock), { email: "late@example.test" });
    const token = await linkSentTo("late@example.test");
    clock.advance(60 * 60_000);
    await expect(confirmEmailChange(anonymousContext({ clock, request }), token)).rejects.toMatchObject(
      invalidLink,
    );
  });

  it("answers the same for an address that belongs to another account, and sends it nothing (S3)", async () => {
    const clock = fixedClock("2026-11-23T10:00:00Z");
    const user = await createUser();
    const other = await createUser();
    const ctx = contextFor(user, clock.now(), clock);
    const forTaken = await requestEmailChange(ctx, { email: other.email });
    const forFree = await requestEmailChange(ctx, { email: "free@example.test" });
    expect(forTaken).toEqual({ email: other.email });
    expect(forFree).toEqual({ email: "free@example.test" });
    expect(await db.outboxEmail.count({ where: { toAddress: other.email } })).toBe(0);
  });

  it("refuses a confirmation when the address was taken meanwhile", async () => {
    const clock = fixedClock("2026-11-23T10:00:00Z");
    const user = await createUser();
    await requestEmailChange(contextFor(user, clock.now(), clock), { email: "race@example.test" });
    const token = await linkSentTo("race@example.test");
    await createUser({ email: "race@example.test" });
    await expect(confirmEmailChange(anonymousContext({ clock, request }), token)).rejects.toMatchObject(
      invalidLink,
    );
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
  });

  it("sends at most five change links an hour, so nobody can use it to mail any address at will (S2, S24)", async () => {
    const clock = fixedClock("2026-11-23T10:00:00Z");
    const user = await createUser();
    const ctx = contextFor(user, clock.now(), clock);
    const taken = await createUser();
    for (let i = 0; i < 5; i++)
      await requestEmailChange(ctx, { email: i === 0 ? taken.email : `spam-${i}@example.test` });
    for (let i = 5; i < 30; i++) {
      await expect(requestEmailChange(ctx, { email: `spam-${i}@example.test` })).rejects.toMatchObject({
        code: "rate_limited",
      });
    }
    expect(await db.outboxEmail.count({ where: { toAddress: { startsWith: "spam-" } } })).toBe(4);
    expect(await db.oneTimeToken.count({ where: { userId: user.id } })).toBe(4);
    // The four requests are events of their own; the refused ones are summarised (S24).
    expect(await db.auditEvent.count({ where: { actorUserId: user.id } })).toBeLessThanOrEqual(4 + 2);
  });
});
