import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-path.ts";

describe("post-sign-in redirect (no open redirect)", () => {
  it("keeps paths on this site", () => {
    expect(safeCallbackPath("/portal/acme/members?x=1")).toBe("/portal/acme/members?x=1");
  });

  it.each(["https://evil.example/", "//evil.example/path", "/\\evil.example", "javascript:alert(1)", ""])(
    "sends %j to the default start page",
    (value) => {
      const result = safeCallbackPath(value);
      expect(result.startsWith("/")).toBe(true);
      expect(result).not.toContain("evil.example");
      expect(result.startsWith("//")).toBe(false);
    },
  );
});
