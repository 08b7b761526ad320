import { describe, expect, it } from "vitest";
import { addressInLanguage, countryCodeOfName, placeWithoutCountry } from "./country-in-place";

describe("a country at the end of a place or an address", () => {
  it("is recognised by its English or German name and common short forms", () => {
    expect(countryCodeOfName("Germany")).toBe("DE");
    expect(countryCodeOfName("Deutschland")).toBe("DE");
    expect(countryCodeOfName(" netherlands ")).toBe("NL");
    expect(countryCodeOfName("USA")).toBe("US");
    expect(countryCodeOfName("Frankfurt")).toBeNull();
  });

  it("is dropped from a subprocessor's place when the country is shown anyway", () => {
    expect(placeWithoutCountry("Frankfurt am Main, Germany", "DE")).toBe("Frankfurt am Main");
    expect(placeWithoutCountry("Amsterdam, Niederlande", "NL")).toBe("Amsterdam");
    expect(placeWithoutCountry("San Francisco, USA", "US")).toBe("San Francisco");
    expect(placeWithoutCountry("Lyon", "FR")).toBe("Lyon");
    expect(placeWithoutCountry("Basel, Switzerland", "DE"), "another country stays").toBe(
      "Basel, Switzerland",
    );
  });

  it("is named in the reader's language in an address", () => {
    const address = "Friedrichstraße 123, 10117 Berlin, Germany";
    expect(addressInLanguage(address, "de")).toBe("Friedrichstraße 123, 10117 Berlin, Deutschland");
    expect(addressInLanguage(address, "en")).toBe(address);
    expect(addressInLanguage("Musterweg 1, Wien, Österreich", "en")).toBe("Musterweg 1, Wien, Austria");
    expect(addressInLanguage("Somewhere 5", "de")).toBe("Somewhere 5");
  });
});
