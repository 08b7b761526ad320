// next-auth serves the sign-in form and nothing else; its sign-out is the app's own (S10).
import { describe, expect, it } from "vitest";
import { nextAuthRoute } from "./next-auth-routes.ts";

describe("next-auth's endpoints (S10)", () => {
  it("serves what the sign-in form and the session check use", () => {
    expect(nextAuthRoute("GET", ["csrf"])).toBe("next-auth");
    expect(nextAuthRoute("GET", ["providers"])).toBe("next-auth");
    expect(nextAuthRoute("GET", ["session"])).toBe("next-auth");
    expect(nextAuthRoute("POST", ["callback", "credentials"])).toBe("next-auth");
  });

  it("signs out with the app's own sign-out, which revokes the session row", () => {
    expect(nextAuthRoute("POST", ["signout"])).toBe("sign-out");
  });

  it.each([
    ["GET", ["signin"]],
    ["GET", ["signin", "credentials"]],
    ["GET", ["signout"]],
    ["GET", ["error"]],
    ["GET", ["verify-request"]],
    ["GET", ["callback", "credentials"]],
    ["HEAD", ["csrf"]],
    ["POST", ["signin", "credentials"]],
    ["POST", ["session"]],
    ["POST", ["_log"]],
    ["POST", ["callback", "azure-ad"]],
    ["GET", ["csrf", "extra"]],
  ])("%s /api/auth/%s is not found", (method, segments) => {
    expect(nextAuthRoute(method, segments)).toBe("not-found");
  });
});
