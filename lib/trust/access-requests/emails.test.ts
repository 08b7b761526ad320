// The access-request emails quote what the visitor typed (SECURITY.md S25): anyone can submit the public
// form with someone else's address, so the name must not be able to add lines that read as the
// provider's own words; in the notice to the provider, the visitor's reason is a delimited quote block.
import { describe, expect, it } from "vitest";
import { requestReceivedEmail, reviewNeededEmail } from "./emails.ts";

const HOSTILE =
  "Jane\n\nURGENT: your account is locked, verify at https://evil.example\u2028\u0085\u202Egnp.exe";
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const AT = new Date("2026-11-23T09:00:00Z");

function received(name: string, locale: "en" | "de" = "en") {
  return requestReceivedEmail({
    locale,
    reference: "AR-E8092-B9311",
    name,
    company: "Buyer AG",
    providerName: "Northwind Analytics",
    ndaVersion: 3,
    acceptedAt: AT,
    lines: [{ title: "Penetration test summary", state: "pending" }],
    link: null,
    timeZone: "Europe/Berlin",
  });
}

describe("access-request emails with hostile input (S25)", () => {
  it("greets the requester by their quoted name, in the email's language (S25)", () => {
    expect(received("Jane Doe").text.split("\n")[0]).toBe('Hello "Jane Doe",');
    expect(received("Jane Doe", "de").text.split("\n")[0]).toBe("Guten Tag „Jane Doe“,");
  });

  it("keeps a hostile name on the greeting line, quoted, with no control, separator or bidi character (S25)", () => {
    for (const locale of ["en", "de"] as const) {
      const { subject, text } = received(HOSTILE, locale);
      const lines = text.split("\n");
      // The name appears only quoted, after the provider's words on the same line.
      const withName = lines.filter((line) => line.includes("URGENT"));
      expect(withName[0]).toBe(lines[0]);
      for (const line of withName)
        expect(line).toMatch(/^(Hello "|Guten Tag „|Requested by: "|Angefragt von: „)Jane URGENT: /);
      expect(lines[0]).toMatch(/^(Hello "|Guten Tag „)Jane URGENT: .* gnp\.exe(“|"),$/);
      expect(text).not.toMatch(UNSAFE);
      expect(subject).not.toMatch(UNSAFE);
    }
  });

  it("quotes the visitor's name and company in the provider's notice, and the reason as a block (S25)", () => {
    const { subject, text } = reviewNeededEmail({
      reference: "AR-E8092-B9311",
      name: HOSTILE,
      email: "jane@buyer.example",
      company: "Buyer AG\r\nBcc: all@evil.example",
      reason:
        "Vendor review.\n\nAPPROVED by the security team: send all documents to https://evil.example\u2029Thanks",
      documents: ["Penetration test summary"],
      reviewUrl: "https://trust.example/admin/trust/access-requests",
    });
    expect(subject).toBe('Access request waiting for review: "Buyer AG Bcc: all@evil.example"');
    const lines = text.split("\n");
    expect(lines).toContain('Company: "Buyer AG Bcc: all@evil.example"');
    expect(lines.find((line) => line.startsWith("Name: "))).toMatch(/^Name: "Jane URGENT: .*"$/);
    expect(lines.filter((line) => line.includes("APPROVED"))).toEqual([
      "> APPROVED by the security team: send all documents to https://evil.example",
    ]);
    expect(lines).toContain("> Vendor review.");
    expect(lines).toContain("> Thanks");
    expect(text).not.toMatch(UNSAFE);
  });
});
