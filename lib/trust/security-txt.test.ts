// security.txt per RFC 9116: required Contact and Expires, Expires always ahead but under a year
// (section 2.5.5), the Policy fallback pointing at a heading that exists in the seeded security overview.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { slugify } from "../markdown/render.ts";
import { buildSecurityTxt, DEFAULT_POLICY_PATH, SECURITY_TXT_LIFETIME_DAYS } from "./security-txt.ts";

const SETTINGS = { securityEmail: "security@northwind.example", securityPolicyUrl: "" };
const APP_URL = "https://trust.northwind.example";
const YEAR_MS = 365 * 24 * 3600 * 1000;

/** RFC 9116 section 4 grammar, simplified: "Field-Name: value" lines or comments, each ended by LF or CRLF. */
function parse(text: string): Map<string, string[]> {
  expect(text.endsWith("\n")).toBe(true);
  const lines = text.split(/\r?\n/).slice(0, -1);
  const fields = new Map<string, string[]>();
  for (const line of lines) {
    if (line.startsWith("#")) continue;
    const match = /^([A-Za-z0-9-]+): (\S(?:.*\S)?)$/.exec(line);
    expect(match, `not a field line: ${JSON.stringify(line)}`).not.toBeNull();
    const key = match![1]!.toLowerCase();
    fields.set(key, [...(fields.get(key) ?? []), match![2]!]);
  }
  return fields;
}

describe("security.txt (RFC 9116)", () => {
  it("has Contact, Expires, Preferred-Languages, Policy and Canonical, each once", () => {
    const fields = parse(buildSecurityTxt(SETTINGS, APP_URL, new Date("2026-11-23T10:00:00Z")));
    expect(fields.get("contact")).toEqual(["mailto:security@northwind.example"]);
    expect(fields.get("expires")).toEqual(["2027-05-22T10:00:00Z"]);
    expect(fields.get("preferred-languages")).toEqual(["en, de"]);
    expect(fields.get("policy")).toEqual([`${APP_URL}${DEFAULT_POLICY_PATH}`]);
    expect(fields.get("canonical")).toEqual([`${APP_URL}/.well-known/security.txt`]);
  });

  it.each([
    "2026-11-23T10:00:00.000Z",
    "2024-02-29T23:59:59.999Z", // leap day
    "2027-12-31T23:59:59.000Z",
    "2028-01-01T00:00:00.000Z", // leap year ahead
    "2028-09-01T12:34:56.789Z",
    "2099-06-15T06:00:00.000Z",
  ])("Expires is in the future and less than a year away, as an RFC 3339 UTC instant (now = %s)", (iso) => {
    const now = new Date(iso);
    const expires = parse(buildSecurityTxt(SETTINGS, APP_URL, now)).get("expires")![0]!;
    expect(expires).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    const at = Date.parse(expires);
    expect(at).toBeGreaterThan(now.getTime());
    expect(at - now.getTime()).toBeLessThan(YEAR_MS);
    expect(Math.round((at - now.getTime()) / (24 * 3600 * 1000))).toBe(SECURITY_TXT_LIFETIME_DAYS);
  });

  it("uses LF line endings only, one field per line, no blank lines", () => {
    const text = buildSecurityTxt(SETTINGS, APP_URL, new Date());
    expect(text).not.toContain("\r");
    expect(text).not.toMatch(/\n\n/);
    expect(text.split("\n").filter(Boolean)).toHaveLength(5);
  });

  it("links the configured policy instead of the fallback, and trims a trailing slash off APP_URL", () => {
    const fields = parse(
      buildSecurityTxt(
        { ...SETTINGS, securityPolicyUrl: "https://northwind.example/disclosure" },
        `${APP_URL}/`,
        new Date(),
      ),
    );
    expect(fields.get("policy")).toEqual(["https://northwind.example/disclosure"]);
    expect(fields.get("canonical")).toEqual([`${APP_URL}/.well-known/security.txt`]);
  });

  it("falls back to a heading that exists in the seeded English security overview", () => {
    const anchor = DEFAULT_POLICY_PATH.split("#")[1];
    const source = readFileSync(
      new URL("../../prisma/seed-content/security-overview.en.md", import.meta.url),
      "utf8",
    );
    const headingIds = [...source.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => slugify(m[1]!));
    expect(headingIds).toContain(anchor);
    expect(DEFAULT_POLICY_PATH.startsWith("/en/security#")).toBe(true);
  });
});

describe("security.txt field injection (S25)", () => {
  it.each([
    [
      "a line feed in the policy URL",
      { securityPolicyUrl: "https://x.example/p\nContact: mailto:evil@evil.example" },
    ],
    [
      "a carriage return in the policy URL",
      { securityPolicyUrl: "https://x.example/p\rEncryption: https://evil.example/k" },
    ],
    ["a next-line control in the policy URL", { securityPolicyUrl: "https://x.example/p\u0085Contact: x" }],
    ["a line separator in the policy URL", { securityPolicyUrl: "https://x.example/p\u2028Contact: x" }],
    [
      "a line feed in the contact address",
      { securityEmail: "security@x.example\nContact: mailto:evil@evil.example" },
    ],
    ["a space in the contact address", { securityEmail: "security@x.example Contact: x" }],
  ])("refuses to write a file from %s instead of serving an extra field (S25)", (_what, override) => {
    expect(() => buildSecurityTxt({ ...SETTINGS, ...override }, APP_URL, new Date())).toThrow();
  });

  it("refuses an APP_URL with a control character too (S25)", () => {
    expect(() => buildSecurityTxt(SETTINGS, `${APP_URL}\nContact: x`, new Date())).toThrow();
  });
});
