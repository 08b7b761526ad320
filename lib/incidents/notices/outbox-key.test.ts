import { describe, expect, it } from "vitest";
import { noticeOutboxKey, parseNoticeOutboxKey } from "./outbox-key.ts";

describe("notice outbox keys (ADR 0016)", () => {
  it("round-trips phase, organisation and address", () => {
    const key = noticeOutboxKey("phase1", "org1", "dpo@acme.example");
    expect(key).toBe("breach:phase1:org1:dpo@acme.example");
    expect(parseNoticeOutboxKey(key)).toEqual({
      phaseId: "phase1",
      organizationId: "org1",
      address: "dpo@acme.example",
    });
  });

  it("is null for every other email, including the staff reminders", () => {
    for (const key of ["invite:abc", "breach-reminder:run:user", "breach-escalation:run:user", "breach:x"])
      expect(parseNoticeOutboxKey(key)).toBeNull();
  });
});
