// Issue 11 item 6: the one rule for the zone a person reads in — their own, else (in an organisation) the
// organisation's default, else the provider's — and the zone names a browser may report.
import { describe, expect, it } from "vitest";
import { readerTimeZone } from "./reader-time-zone.ts";
import { canonicalTimeZone, isIanaTimeZone } from "./time-zones.ts";

describe("the zone a person reads in", () => {
  it("is their own when they chose one, inside an organisation too", () => {
    expect(readerTimeZone({ own: "America/New_York", provider: "UTC" })).toBe("America/New_York");
    expect(readerTimeZone({ own: "America/New_York", organization: "Europe/Berlin", provider: "UTC" })).toBe(
      "America/New_York",
    );
  });

  it("is the organisation's default for someone without one, or a bare address, in an organisation", () => {
    expect(readerTimeZone({ own: null, organization: "Europe/Berlin", provider: "Asia/Tokyo" })).toBe(
      "Europe/Berlin",
    );
  });

  it("is the provider's default outside an organisation", () => {
    expect(readerTimeZone({ own: null, provider: "Europe/Vienna" })).toBe("Europe/Vienna");
    expect(readerTimeZone({ own: null, organization: null, provider: "Europe/Vienna" })).toBe(
      "Europe/Vienna",
    );
  });
});

describe("zones a browser reports", () => {
  it("keeps a listed zone and maps an alias to the listed name of the same zone", () => {
    expect(canonicalTimeZone("Europe/Berlin")).toBe("Europe/Berlin");
    expect(canonicalTimeZone("Etc/UTC")).toBe("UTC");
    expect(canonicalTimeZone("US/Eastern")).toBe("America/New_York");
    const kyiv = canonicalTimeZone("Europe/Kyiv");
    expect(kyiv && isIanaTimeZone(kyiv)).toBe(true);
  });

  it("refuses a name the runtime does not know", () => {
    expect(canonicalTimeZone("Mars/Olympus")).toBeNull();
    expect(canonicalTimeZone("")).toBeNull();
    expect(canonicalTimeZone("<script>")).toBeNull();
  });
});
