import { describe, expect, it } from "vitest";
import { emailDomain, MAX_SSO_DOMAINS, parseDomainList } from "./domains.ts";

describe("SSO email domains", () => {
  it("normalises a typed list: case, @, trailing dot, separators, duplicates; sorted", () => {
    expect(parseDomainList(" Acme.example, @EU.acme.example;\nacme.example  acme.co.uk. ")).toEqual({
      ok: true,
      domains: ["acme.co.uk", "acme.example", "eu.acme.example"],
    });
  });

  it.each([
    "",
    "  ,  ",
    "localhost",
    "acme",
    "acme..example",
    "-acme.example",
    "acme-.example",
    "acme.example/path",
    "ac me.example",
    "user@acme.example",
    "acme.123",
  ])("refuses %j", (text) => {
    expect(parseDomainList(text).ok).toBe(false);
  });

  it(`accepts at most ${MAX_SSO_DOMAINS} domains`, () => {
    const many = Array.from({ length: MAX_SSO_DOMAINS + 1 }, (_, i) => `d${i}.example`).join(",");
    expect(parseDomainList(many)).toEqual({
      ok: false,
      message: `Enter at most ${MAX_SSO_DOMAINS} domains.`,
    });
  });

  it("takes the domain of an email address, lower-cased", () => {
    expect(emailDomain("Ada@Acme.Example")).toBe("acme.example");
    expect(emailDomain("odd@name@acme.example")).toBe("acme.example");
    expect(emailDomain("no-at-sign")).toBeNull();
    expect(emailDomain("@acme.example")).toBeNull();
    expect(emailDomain("ada@")).toBeNull();
  });
});
