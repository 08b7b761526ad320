// Re-authentication window (SECURITY.md S6): sensitive changes need a confirmation within 5 minutes.
import { describe, expect, it } from "vitest";
import { fixedClock } from "../../time/clock.ts";
import { UserFacingError } from "../../errors.ts";
import {
  hasRecentReauth,
  REAUTH_REQUIRED_MESSAGE,
  ReauthRequiredError,
  requireRecentReauth,
} from "./reauth.ts";

describe("requireRecentReauth (S6)", () => {
  const at = new Date("2026-11-23T09:00:00.000Z");

  it("passes within five minutes of the last re-authentication", () => {
    const clock = fixedClock(at);
    clock.advance(4 * 60_000 + 59_000);
    expect(hasRecentReauth({ reauthenticatedAt: at }, clock)).toBe(true);
    expect(() => requireRecentReauth({ reauthenticatedAt: at }, clock)).not.toThrow();
  });

  it("refuses at five minutes and later, with a message for the user", () => {
    const clock = fixedClock(at);
    clock.advance(5 * 60_000);
    expect(hasRecentReauth({ reauthenticatedAt: at }, clock)).toBe(false);
    expect(() => requireRecentReauth({ reauthenticatedAt: at }, clock)).toThrow(ReauthRequiredError);
    expect(() => requireRecentReauth({ reauthenticatedAt: at }, clock)).toThrow(UserFacingError);
    expect(() => requireRecentReauth({ reauthenticatedAt: at }, clock)).toThrow(REAUTH_REQUIRED_MESSAGE);
    expect(REAUTH_REQUIRED_MESSAGE).toBe("For your security, confirm your password or a code first.");
  });

  it("refuses a session that never re-authenticated, or one stamped in the future", () => {
    const clock = fixedClock(at);
    expect(hasRecentReauth({ reauthenticatedAt: null }, clock)).toBe(false);
    expect(hasRecentReauth({ reauthenticatedAt: new Date(at.getTime() + 60_000) }, clock)).toBe(false);
  });
});
