// The provider settings form: strict (S13), every limit named in the error, numbers and colour checked.
import { describe, expect, it } from "vitest";
import { contrastAgainstWhite } from "./brand-contrast.ts";
import { providerSettingsInput } from "./settings-input.ts";

const VALID = {
  legalName: "Northwind Analytics GmbH",
  displayName: "Northwind Analytics",
  address: "Friedrichstraße 123, 10117 Berlin, Germany",
  dpoName: "Dr. Lena Vogel",
  dpoEmail: "DPO@Northwind.example",
  securityEmail: "security@northwind.example",
  defaultBreachNotificationHours: "36",
  defaultDsrDueDays: "10",
  defaultTimeZone: "Europe/Berlin",
  dataLocation: "Frankfurt, Germany (EU)",
  dataLocationDe: "",
  tagline: "Analytics in the EU.",
  taglineDe: "",
  brandColor: "#0F766E",
  securityPolicyUrl: "",
};

const errorsFor = (overrides: Record<string, unknown>) => {
  const result = providerSettingsInput.safeParse({ ...VALID, ...overrides });
  return result.success
    ? null
    : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
};

describe("provider settings input", () => {
  it("accepts a complete form: numbers from text, emails and colour lower-cased, checkbox to boolean", () => {
    expect(providerSettingsInput.parse({ ...VALID, refuseFreeMailDomains: "on" })).toMatchObject({
      dpoEmail: "dpo@northwind.example",
      defaultBreachNotificationHours: 36,
      defaultDsrDueDays: 10,
      defaultTimeZone: "Europe/Berlin",
      brandColor: "#0f766e",
      refuseFreeMailDomains: true,
    });
    expect(providerSettingsInput.parse(VALID).refuseFreeMailDomains).toBe(false);
  });

  it("rejects unknown fields (S13: no mass assignment, e.g. the row id)", () => {
    expect(errorsFor({ id: "other" })).not.toBeNull();
    expect(errorsFor({ createdAt: "2020-01-01" })).not.toBeNull();
  });

  it.each([
    ["defaultBreachNotificationHours", "0", "at least 1"],
    ["defaultBreachNotificationHours", "73", "at most 72"],
    ["defaultBreachNotificationHours", "1.5", "whole number"],
    ["defaultBreachNotificationHours", "", "whole number"],
    ["defaultDsrDueDays", "31", "at most 30"],
    ["defaultDsrDueDays", "-1", "whole number"],
    ["securityEmail", "not-an-email", "email address"],
    ["dpoEmail", "", "email address"],
    ["legalName", "   ", "Enter the legal name"],
    ["displayName", "x".repeat(101), "At most 100"],
    ["tagline", "x".repeat(301), "At most 300"],
    ["brandColor", "blue", "#rrggbb"],
    ["brandColor", "#12345", "#rrggbb"],
    ["brandColor", "#ffff00", "too light"],
    ["securityPolicyUrl", "http://northwind.example/policy", "https://"],
    ["securityPolicyUrl", "javascript:alert(1)", "https://"],
    ["securityPolicyUrl", "https://user:pw@northwind.example/", "https://"],
    ["refuseFreeMailDomains", "yes", ""],
    ["defaultTimeZone", "Mars/Olympus", "time zone from the list"],
    ["defaultTimeZone", "", "time zone from the list"],
  ])("rejects %s = %j with a specific message", (field, value, message) => {
    const errors = errorsFor({ [field]: value });
    expect(errors).not.toBeNull();
    expect(errors!.join("\n")).toContain(field);
    expect(errors!.join("\n")).toContain(message);
  });

  it("accepts the window limits and an https policy URL", () => {
    expect(
      errorsFor({
        defaultBreachNotificationHours: "1",
        defaultDsrDueDays: "30",
        securityPolicyUrl: "https://northwind.example/disclosure",
      }),
    ).toBeNull();
    expect(errorsFor({ defaultBreachNotificationHours: "72", defaultDsrDueDays: "1" })).toBeNull();
  });
});

describe("the security policy URL is checked as typed, before URL parsing (S25)", () => {
  it.each([
    ["a line feed", "https://northwind.example/policy\nContact: mailto:attacker@evil.example"],
    ["a carriage return", "https://northwind.example/policy\r\nEncryption: https://evil.example/key.asc"],
    ["a tab", "https://northwind.example/po\tlicy"],
    ["a space", "https://northwind.example/po licy"],
    ["a next-line control (U+0085)", "https://northwind.example/policy\u0085Contact: x"],
    ["a line separator (U+2028)", "https://northwind.example/policy\u2028Contact: x"],
    ["a right-to-left override (U+202E)", "https://northwind.example/\u202Efdp.exe"],
    ["a backslash", "https:\\\\evil.example\\policy"],
  ])("refuses %s, which URL parsing would silently drop or rewrite (S25)", (_what, value) => {
    const errors = errorsFor({ securityPolicyUrl: value });
    expect(errors).not.toBeNull();
    expect(errors!.join("\n")).toContain("securityPolicyUrl");
  });

  it("keeps a valid address exactly as typed (S25)", () => {
    expect(
      providerSettingsInput.parse({ ...VALID, securityPolicyUrl: " https://northwind.example/a?b=c#d " }),
    ).toMatchObject({ securityPolicyUrl: "https://northwind.example/a?b=c#d" });
  });
});

describe("names in the settings are single-line plain text (S25)", () => {
  it.each(["legalName", "displayName", "dpoName", "dataLocation", "tagline"])(
    "refuses a line break, a line separator or a bidi control in %s (S25)",
    (field) => {
      for (const value of ["Northwind\nURGENT", "Northwind\u2028URGENT", "Northwind\u202Ex"]) {
        expect(errorsFor({ [field]: value }), `${field} = ${JSON.stringify(value)}`).not.toBeNull();
      }
    },
  );
});

describe("brand colour contrast against white (WCAG 1.4.3)", () => {
  it("matches known ratios", () => {
    expect(contrastAgainstWhite("#000000")).toBeCloseTo(21, 1);
    expect(contrastAgainstWhite("#ffffff")).toBeCloseTo(1, 5);
    expect(contrastAgainstWhite("#1d4ed8")).toBeGreaterThan(4.5);
    expect(contrastAgainstWhite("#777777")).toBeCloseTo(4.48, 1);
  });
});
