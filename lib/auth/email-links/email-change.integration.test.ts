import { describe, expect, it, vi } from "vitest";
import { createUser } from "../../../prisma/factories.ts";
import { db } from "../../db/client.ts";
import { outboxBody } from "../../mail/outbox.ts";
import { wholeDatabaseText } from "../../testing/database-text.ts";
import { fixedClock } from "../../time/clock.ts";
import type { Actor } from "../sessions/actor.ts";
import { confirmEmailChange, INVALID_EMAIL_CHANGE_LINK, requestEmailChange } from "./email-change.ts";

vi.mock("../../jobs/email-jobs.ts", () => ({ requestEmailDelivery: async () => {} }));

const request = { ip: "198.51.100.4", userAgent: "email-change test", requestId: "req-email" };

async function actorFor(
  user: { id: string; email: string; name: string },
  reauthenticatedAt: Date | null,
): Promise<Actor> {
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    sessionId: "s",
    sessionMethod: "PASSWORD",
    reauthenticatedAt,
    totpEnabled: false,
    staffRoles: [],
    memberships: [],
  };
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
    const stale = await actorFor(user, new Date("2026-11-23T09:50:00Z"));
    await expect(requestEmailChange(stale, { email: "new@example.test" }, request, clock)).rejects.toThrow(
      /confirm your password/,
    );
    expect(await db.oneTimeToken.count({ where: { userId: user.id } })).toBe(0);
  });

  it("confirms through a single-use link sent to the new address, tells the old address, and stores no token in clear", async () => {
    const clock = fixedClock("2026-11-23T10:00:00Z");
    const user = await createUser();
    const actor = await actorFor(user, clock.now());
    await requestEmailChange(actor, { email: "moved@example.test" }, request, clock);
    const token = await linkSentTo("moved@example.test");
    expect(await wholeDatabaseText()).not.toContain(token);
    expect(
      await db.outboxEmail.count({
        where: { toAddress: user.email, subject: "A change of your sign-in email address was requested" },
      }),
    ).toBe(1);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);

    await confirmEmailChange(token, request, clock);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe("moved@example.test");
    expect(
      await db.outboxEmail.count({
        where: { toAddress: user.email, subject: "Your sign-in email address was changed" },
      }),
    ).toBe(1);
    expect(await db.auditEvent.count({ where: { actorUserId: user.id, action: "auth.email.changed" } })).toBe(
      1,
    );
    await expect(confirmEmailChange(token, request, clock)).rejects.toThrow(INVALID_EMAIL_CHANGE_LINK);
  });

  it("expires after an hour", async () => {
    const clock = fixedClock("2026-11-23T10:00:00Z");
    const user = await createUser();
    await requestEmailChange(
      await actorFor(user, clock.now()),
      { email: "late@example.test" },
      request,
      clock,
    );
    const token = await linkSentTo("late@example.test");
    clock.advance(60 * 60_000);
    await expect(confirmEmailChange(token, request, clock)).rejects.toThrow(INVALID_EMAIL_CHANGE_LINK);
  });

  it("answers the same for an address that belongs to another account, and sends it nothing (S3)", async () => {
    const clock = fixedClock("2026-11-23T10:00:00Z");
    const user = await createUser();
    const other = await createUser();
    const actor = await actorFor(user, clock.now());
    const forTaken = await requestEmailChange(actor, { email: other.email }, request, clock);
    const forFree = await requestEmailChange(actor, { email: "free@example.test" }, request, clock);
    expect(forTaken.replace(other.email, "X")).toBe(forFree.replace("free@example.test", "X"));
    expect(await db.outboxEmail.count({ where: { toAddress: other.email } })).toBe(0);
  });

  it("refuses a confirmation when the address was taken meanwhile", async () => {
    const clock = fixedClock("2026-11-23T10:00:00Z");
    const user = await createUser();
    await requestEmailChange(
      await actorFor(user, clock.now()),
      { email: "race@example.test" },
      request,
      clock,
    );
    const token = await linkSentTo("race@example.test");
    await createUser({ email: "race@example.test" });
    await expect(confirmEmailChange(token, request, clock)).rejects.toThrow(INVALID_EMAIL_CHANGE_LINK);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
  });
});
