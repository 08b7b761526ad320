// The invitation email quotes what customers wrote (SECURITY.md S25): the inviter's profile name cannot
// start a line of its own, carry a second paragraph, or reverse the text around it, so it cannot pose
// as the provider's own words; the subject stays one line.
import { describe, expect, it } from "vitest";
import type { Locale } from "../i18n/locale.ts";
import { invitationEmail } from "./messages.ts";

const HOSTILE = "Greta\n\nURGENT: verify your account at https://evil.example\u2028now\u0085\u202Egnp.exe";
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const email = (inviterName: string, organizationName = "Acme Retail GmbH", locale: Locale = "en") =>
  invitationEmail(locale, {
    organizationName,
    inviter: { name: inviterName, email: "greta@acme.example" },
    role: "MEMBER",
    days: 7,
    url: "https://trust.example/invite/abc",
  });

describe("invitation email with a hostile inviter name (S25)", () => {
  it("quotes the inviter's name on the line that introduces it (S25)", () => {
    const { text } = email("Greta Lindqvist");
    expect(text).toContain(`"Greta Lindqvist" (greta@acme.example) invited you to join Acme Retail GmbH`);
  });

  it("never lets the name start a line or add one; no control, separator or bidi character survives (S25)", () => {
    const { subject, text } = email(HOSTILE, "Acme\r\nBcc: all@evil.example\u202E");
    const lines = text.split("\n");
    expect(lines.filter((line) => /URGENT|Bcc:/.test(line))).toHaveLength(1);
    expect(lines.find((line) => line.includes("URGENT"))).toMatch(
      /^"Greta URGENT: verify .*" \(greta@acme\.example\) invited you/,
    );
    expect(text).not.toMatch(UNSAFE);
    expect(subject).not.toMatch(UNSAFE);
    expect(subject).not.toMatch(/[\r\n]/);
  });

  it("is written in German with German quotation marks for a German reader (issue 11 item 7)", () => {
    const { subject, text } = email("Greta Lindqvist", "Acme Retail GmbH", "de");
    expect(subject).toBe("Einladung zu Acme Retail GmbH");
    expect(text).toContain(
      "„Greta Lindqvist“ (greta@acme.example) hat Sie eingeladen, Acme Retail GmbH im Portal des Trust Centers als Mitglied beizutreten.",
    );
    const hostile = email(HOSTILE, "Acme", "de").text.split("\n");
    expect(hostile.filter((line) => line.includes("URGENT"))).toHaveLength(1);
    expect(hostile.join("\n")).not.toMatch(UNSAFE);
  });

  it("keeps a quotation mark in the name from closing the quote early (S25)", () => {
    const { text } = email('Greta" wants you to verify at https://evil.example "');
    expect(text).toContain(`"Greta' wants you to verify at https://evil.example '" (greta@acme.example)`);
  });
});
