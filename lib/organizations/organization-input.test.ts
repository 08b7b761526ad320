// The staff forms for customer organisations (S13, S25): slug shape and reserved words, an IANA time
// zone, one of the app's languages, the contract numbers in range, a single-line name.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createOrganizationInput, updateContractInput } from "./organization-input.ts";

const valid = {
  name: "Umbrella Logistics GmbH",
  slug: "umbrella-logistics",
  breachNotificationHours: "24",
  dsrDueDays: "10",
  defaultTimeZone: "Europe/Berlin",
  defaultLanguage: "de",
};

const fieldErrors = (input: Record<string, string>) => {
  const parsed = createOrganizationInput.safeParse(input);
  return parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
};

describe("creating a customer organisation", () => {
  it("accepts a valid form, numbers as numbers and the slug in lower case", () => {
    expect(createOrganizationInput.parse({ ...valid, slug: " Umbrella-Logistics " })).toEqual({
      ...valid,
      breachNotificationHours: 24,
      dsrDueDays: 10,
    });
    expect(createOrganizationInput.parse({ ...valid, defaultTimeZone: "UTC" }).defaultTimeZone).toBe("UTC");
  });

  it.each([
    "a",
    "umbrella_logistics",
    "umbrella logistics",
    "-umbrella",
    "umbrella-",
    "um--brella",
    "ümlaut",
  ])("refuses the slug %j", (slug) => expect(fieldErrors({ ...valid, slug }).slug).toBeDefined());

  it.each(["admin", "api", "new", "portal", "settings", "sign-in"])("refuses the reserved slug %s", (slug) =>
    expect(fieldErrors({ ...valid, slug }).slug).toEqual(["This slug is reserved; choose another."]),
  );

  it.each(["Mars/Olympus", "Europe/berlin", "CET+1", ""])("refuses the time zone %j", (defaultTimeZone) =>
    expect(fieldErrors({ ...valid, defaultTimeZone }).defaultTimeZone).toBeDefined(),
  );

  it("refuses a language the app does not have", () => {
    expect(fieldErrors({ ...valid, defaultLanguage: "fr" }).defaultLanguage).toEqual(["Choose a language."]);
  });

  it("keeps the windows in range and whole", () => {
    expect(fieldErrors({ ...valid, breachNotificationHours: "0" }).breachNotificationHours).toBeDefined();
    expect(fieldErrors({ ...valid, breachNotificationHours: "73" }).breachNotificationHours).toBeDefined();
    expect(fieldErrors({ ...valid, dsrDueDays: "1.5" }).dsrDueDays).toBeDefined();
  });

  it("wants a single-line name (S25)", () => {
    expect(fieldErrors({ ...valid, name: "Umbrella\nAdmin: click here" }).name).toBeDefined();
    expect(fieldErrors({ ...valid, name: "  " }).name).toEqual(["Enter the organisation's name."]);
  });

  it("takes no other fields", () => {
    expect(createOrganizationInput.safeParse({ ...valid, requireMfa: "on" }).success).toBe(false);
    expect(updateContractInput.safeParse({ ...valid, organizationId: "x" }).success).toBe(false);
  });
});
