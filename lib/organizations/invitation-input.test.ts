// The name someone gives when accepting an invitation without an account is single-line plain text
// (SECURITY.md S25), like every name: it reaches emails and other people's screens.
import { describe, expect, it } from "vitest";
import { acceptAsNewUserInput } from "./invitation-input.ts";

const TOKEN = "a".repeat(43);
const nameIssue = (name: string) => {
  const result = acceptAsNewUserInput("en").safeParse({
    token: TOKEN,
    name,
    password: "correct horse battery",
  });
  return result.success ? null : result.error.issues.find((i) => i.path[0] === "name")?.message;
};

describe("accepting an invitation as a new user: the name (S25)", () => {
  it("accepts an ordinary name", () => {
    expect(nameIssue("Greta Lindqvist")).toBeNull();
  });

  it.each([
    "Greta\n\nURGENT: verify your account at https://evil.example",
    "Greta\u2028URGENT",
    "Greta\u0085URGENT",
    "Greta\u202Eevil",
    "\u200B",
  ])("refuses %j (S25)", (name) => {
    expect(nameIssue(name)).toBeTruthy();
  });
});
