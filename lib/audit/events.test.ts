// The audit event catalogue (S17, H1): every event has a readable name in English and German, and names
// follow `<area>.<subject>.<what happened>` so the log reads consistently.
import { describe, expect, it } from "vitest";
import { AUDIT_EVENT_LABELS, isAuditAction } from "./events.ts";

describe("audit event catalogue", () => {
  const entries = Object.entries(AUDIT_EVENT_LABELS);

  it.each(entries)("%s has an English and a German name", (_action, label) => {
    expect(label.en.trim()).not.toBe("");
    expect(label.de?.trim()).toBeTruthy();
    expect(label.de).not.toBe(label.en);
  });

  it("names events in lower case with dotted parts", () => {
    for (const [action] of entries) expect(action).toMatch(/^[a-z]+(\.[a-z0-9_]+)+$/);
  });

  it("tells catalogued names from others", () => {
    expect(isAuditAction("auth.sign_in.succeeded")).toBe(true);
    expect(isAuditAction("auth.sign_in.succeded")).toBe(false);
    expect(isAuditAction("toString")).toBe(false);
  });
});
