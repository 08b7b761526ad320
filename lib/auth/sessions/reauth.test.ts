// Re-authentication window (SECURITY.md S6): sensitive changes need a confirmation within 5 minutes.
import { describe, expect, it } from "vitest";
import { fixedClock } from "../../time/clock.ts";
import { SESSION_MESSAGES } from "./messages.ts";
import { hasRecentReauth, requireRecentReauth } from "./reauth.ts";

describe("requireRecentReauth (S6)", () => {
  const at = new Date("2026-11-23T09:00:00.000Z");

  it("passes within five minutes of the last re-authentication", () => {
    const clock = fixedClock(at);
    clock.advance(4 * 60_000 + 59_000);
    expect(hasRecentReauth({ reauthenticatedAt: at }, clock)).toBe(true);
    expect(() => requireRecentReauth({ reauthenticatedAt: at }, clock)).not.toThrow();
  });

  it("refuses at five minutes and later, asking the form for a re-authentication", () => {
    const clock = fixedClock(at);
    clock.advance(5 * 60_000);
    expect(hasRecentReauth({ reauthenticatedAt: at }, clock)).toBe(false);
    let refusal: unknown;
    try {
      requireRecentReauth({ reauthenticatedAt: at }, clock);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toMatchObject({
      code: "forbidden",
      reauthenticate: true,
      text: SESSION_MESSAGES.reauthRequired,
    });
  });

  it("refuses a session that never re-authenticated, or one stamped in the future", () => {
    const clock = fixedClock(at);
    expect(hasRecentReauth({ reauthenticatedAt: null }, clock)).toBe(false);
    expect(hasRecentReauth({ reauthenticatedAt: new Date(at.getTime() + 60_000) }, clock)).toBe(false);
  });
});
