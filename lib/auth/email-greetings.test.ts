// The emails of the sign-in area greet the user by name: a name set elsewhere (a Microsoft claim, an
// account created before names were checked) is quoted and kept on the greeting line (SECURITY.md S25).
import { describe, expect, it, vi } from "vitest";
import type { Locale } from "../i18n/locale.ts";
import { fixedClock } from "../time/clock.ts";
import { EMAIL_LINK_MESSAGES } from "./email-links/messages.ts";
import { PASSWORD_MESSAGES } from "./passwords/messages.ts";
import { securityNoticeText } from "./security-notice.ts";

// securityNoticeText reads APP_URL for its reset link; the environment needs a database address to parse.
vi.stubEnv("DATABASE_URL", "postgresql://unit@127.0.0.1:5432/unit");

const HOSTILE = "Greta\n\nURGENT: verify your account at https://evil.example\u2028\u0085\u202Egnp.exe";
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const URL = "https://trust.example/link";

const texts = (name: string, locale: Locale = "en") => ({
  magicLink: EMAIL_LINK_MESSAGES.magicLinkEmail(locale, name, 15, URL).text,
  emailChange: EMAIL_LINK_MESSAGES.emailChangeEmail(locale, name, 60, URL).text,
  reset: PASSWORD_MESSAGES.resetEmail(locale, name, 30, URL).text,
  notice: securityNoticeText(locale, { name }, "The password of your account was changed.", {
    request: null,
    clock: fixedClock("2026-11-23T09:00:00Z"),
    timeZone: "Europe/Berlin",
  }),
});

describe("greetings in sign-in emails (S25)", () => {
  it("quote the user's name", () => {
    for (const [email, text] of Object.entries(texts("Greta Lindqvist"))) {
      expect(text.split("\n")[0], email).toBe('Hello "Greta Lindqvist",');
    }
  });

  it("say when in the user's time zone, with the zone named", () => {
    expect(texts("Greta").notice).toContain("When: 23 November 2026, 10:00 CET");
  });

  it("say 'there' without a name", () => {
    expect(texts("").magicLink.split("\n")[0]).toBe("Hello there,");
    expect(texts("").notice.split("\n")[0]).toBe("Hello there,");
  });

  it("greet in German with German quotation marks, or without a name (issue 11 item 7)", () => {
    for (const [email, text] of Object.entries(texts("Greta Lindqvist", "de"))) {
      expect(text.split("\n")[0], email).toBe("Hallo „Greta Lindqvist“,");
    }
    expect(texts("", "de").reset.split("\n")[0]).toBe("Guten Tag,");
  });

  it("keep a hostile name on the greeting line, without control, separator or bidi characters (S25)", () => {
    for (const [email, text] of [
      ...Object.entries(texts(HOSTILE)),
      ...Object.entries(texts(HOSTILE, "de")),
    ]) {
      const lines = text.split("\n");
      expect(
        lines.filter((line) => line.includes("URGENT")),
        email,
      ).toEqual([lines[0]]);
      expect(lines[0], email).toMatch(/^(Hello "|Hallo „)Greta URGENT: .*(“|"),$/);
      expect(text, email).not.toMatch(UNSAFE);
    }
  });
});
