import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseKeys } from "../crypto/secret-box.ts";
import { normalizeSubject, openSubject, sealSubject, subjectHash, subjectHashes } from "./subject.ts";

const OLD = parseKeys("old:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
const ROTATED = parseKeys(
  "new:BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBA=,old:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
);

describe("the subject's identifiers (A15)", () => {
  it("A15 normalises before comparing: email case and spaces, Unicode form; absent ones left out", () => {
    expect(normalizeSubject({ email: " Anna@Example.COM ", externalId: " cust-1 " })).toEqual({
      email: "anna@example.com",
      externalId: "cust-1",
    });
    expect(normalizeSubject({ externalId: "Cafe\u0301" })).toEqual({ externalId: "Café" });
  });

  it("A15 the keyed hash is stable for the same subject and organisation, and differs across organisations", () => {
    const a = subjectHash("org-1", { email: "Anna@example.com" }, OLD);
    expect(a).toBe(subjectHash("org-1", { email: "anna@example.com " }, OLD));
    expect(a).not.toBe(subjectHash("org-2", { email: "anna@example.com" }, OLD));
    expect(a).not.toBe(subjectHash("org-1", { email: "anna@example.com", externalId: "1" }, OLD));
    expect(a).toMatch(/^old:[0-9a-f]{64}$/);
  });

  it("A15 never a plain hash: the value is not the SHA-256 of the identifiers", () => {
    const plain = createHash("sha256").update('["anna@example.com",null]').digest("hex");
    expect(subjectHash("org-1", { email: "anna@example.com" }, OLD)).not.toContain(plain);
  });

  it("after a key rotation the new hash uses the new key and an old request is still found", () => {
    const before = subjectHash("org-1", { email: "anna@example.com" }, OLD);
    const after = subjectHash("org-1", { email: "anna@example.com" }, ROTATED);
    expect(after).toMatch(/^new:/);
    expect(subjectHashes("org-1", { email: "anna@example.com" }, ROTATED)).toContain(before);
  });

  it("sealed identifiers open only for the request they were sealed for", () => {
    const sealed = sealSubject("request-1", { email: "anna@example.com" }, OLD);
    expect(sealed).not.toContain("anna");
    expect(openSubject("request-1", sealed, ROTATED)).toEqual({ email: "anna@example.com" });
    expect(() => openSubject("request-2", sealed, OLD)).toThrow();
  });
});
