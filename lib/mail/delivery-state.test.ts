// ADR 0016: "accepted" means an SMTP server accepted the email; nothing else reads as delivered.
import { describe, expect, it } from "vitest";
import { deliveryState, type OutboxDeliveryRow } from "./delivery-state.ts";

const at = new Date("2026-03-10T12:00:05Z");
const next = new Date("2026-03-10T12:01:00Z");
const row = (overrides: Partial<OutboxDeliveryRow>): OutboxDeliveryRow => ({
  status: "PENDING",
  attempts: 0,
  lastError: null,
  sentAt: null,
  nextAttemptAt: next,
  ...overrides,
});

describe("deliveryState", () => {
  it("an email never attempted (e.g. no SMTP server configured) is queued, not delivered", () => {
    expect(deliveryState(row({}))).toEqual({ kind: "queued" });
  });

  it("an email the SMTP server accepted is accepted at its sentAt", () => {
    expect(deliveryState(row({ status: "SENT", attempts: 1, sentAt: at }))).toEqual({
      kind: "accepted",
      at,
    });
  });

  it("an email refused and due again is retrying, with the server's answer and the next attempt", () => {
    expect(
      deliveryState(row({ attempts: 2, lastError: "451 4.2.1 mailbox temporarily unavailable" })),
    ).toEqual({
      kind: "retrying",
      attempts: 2,
      reason: "451 4.2.1 mailbox temporarily unavailable",
      nextAttemptAt: next,
    });
  });

  it("an email given up has failed, with the reason", () => {
    expect(
      deliveryState(row({ status: "FAILED", attempts: 8, lastError: "550 5.1.1 no such user" })),
    ).toEqual({ kind: "failed", attempts: 8, reason: "550 5.1.1 no such user" });
  });
});
