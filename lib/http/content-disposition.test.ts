// Download file names go into a header as they are, so only plain names pass (SECURITY.md S25).
import { describe, expect, it } from "vitest";
import { attachmentDisposition } from "./content-disposition.ts";

describe("attachmentDisposition (S25)", () => {
  it("writes our own plain file names", () => {
    expect(attachmentDisposition("pentest-summary-2026-11-23.pdf")).toBe(
      'attachment; filename="pentest-summary-2026-11-23.pdf"',
    );
    expect(attachmentDisposition("INC-2026-0007-evidence.json")).toBe(
      'attachment; filename="INC-2026-0007-evidence.json"',
    );
  });

  it.each([
    "report.pdf\"; filename*=UTF-8''evil.exe",
    "report.pdf\r\nSet-Cookie: a=b",
    "report\u2028.pdf",
    "gnp\u202E.exe",
    "../etc/passwd",
    "Whitepaper FINAL (2).pdf",
    "",
  ])("refuses %j (S25)", (name) => {
    expect(() => attachmentDisposition(name)).toThrow();
  });
});
