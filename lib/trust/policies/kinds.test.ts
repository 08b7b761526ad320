import { describe, expect, it } from "vitest";
import { builtInKindOfSlug, customSlugProblem, customSlugSchema, isDocumentSlugShape } from "./kinds";
import { POLICY_MESSAGES } from "./messages";

describe("custom page addresses (slug rules)", () => {
  it("accepts lower-case words joined by single hyphens, 2-60 characters", () => {
    for (const slug of ["business-continuity", "pen-test-2026", "ab", "a".repeat(60)])
      expect(customSlugProblem(slug), slug).toBeNull();
  });

  it("refuses other shapes with a specific reason", () => {
    expect(customSlugProblem("a")).toBe("length");
    expect(customSlugProblem("a".repeat(61))).toBe("length");
    for (const slug of [
      "Business",
      "with space",
      "double--hyphen",
      "-leading",
      "trailing-",
      "ümlaut",
      "dots.pdf",
      "../etc",
      "a_b",
    ]) {
      expect(customSlugProblem(slug), slug).toBe("shape");
    }
  });

  it("refuses addresses of other pages (built-in documents, sections, languages, app areas)", () => {
    for (const slug of [
      "security",
      "toms",
      "faq",
      "ai",
      "dpa",
      "subprocessors",
      "compliance",
      "documents",
      "updates",
      "subscriptions",
      "en",
      "de",
      "api",
      "admin",
      "portal",
      "sign-in",
      "account",
    ]) {
      expect(customSlugProblem(slug), slug).toBe("reserved");
    }
  });

  it("the form schema trims and reports the same reasons (S13)", () => {
    expect(customSlugSchema.parse("  business-continuity ")).toBe("business-continuity");
    const refused = customSlugSchema.safeParse("toms");
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toBe(POLICY_MESSAGES.slugProblem.reserved("toms"));
  });

  it("knows the built-in kinds by slug and what a slug in a URL may look like", () => {
    expect(builtInKindOfSlug("toms")).toBe("TOMS");
    expect(builtInKindOfSlug("security")).toBe("SECURITY_OVERVIEW");
    expect(builtInKindOfSlug("business-continuity")).toBeNull();
    expect(isDocumentSlugShape("dpa")).toBe(true);
    expect(isDocumentSlugShape("favicon.ico")).toBe(false);
    expect(isDocumentSlugShape("x")).toBe(false);
  });
});
