import { describe, expect, it } from "vitest";
import { newWebhookSecret, signWebhook, TOLERANCE_SECONDS, verifyWebhook } from "./standard-webhooks.ts";

const now = new Date("2026-03-05T10:00:00Z");
const body = JSON.stringify({ type: "dsr.task", taskId: "t1" });

function headersOf(record: Record<string, string>) {
  return new Headers(record);
}

describe("Standard Webhooks signatures", () => {
  it("verifies what it signed, and names the message id and time", () => {
    const secret = newWebhookSecret();
    const signed = signWebhook(secret, { id: "msg_1", body, now });
    expect(signed["webhook-signature"]).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(verifyWebhook(secret, headersOf(signed), body, now)).toEqual({
      ok: true,
      id: "msg_1",
      timestamp: now,
    });
  });

  it("matches the specification's published example", () => {
    // From the Standard Webhooks specification (standardwebhooks.com, "Verifying webhooks").
    const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    const example = '{"test": 2432232314}';
    const signed = signWebhook(secret, {
      id: "msg_p5jXN8AQM9LWM0D4loKWxJek",
      body: example,
      now: new Date(1614265330 * 1000),
    });
    expect(signed["webhook-signature"]).toBe("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  });

  it("refuses a tampered body, another secret, a stale or future timestamp, and missing headers", () => {
    const secret = newWebhookSecret();
    const signed = signWebhook(secret, { id: "msg_1", body, now });
    expect(verifyWebhook(secret, headersOf(signed), body.replace("t1", "t2"), now)).toEqual({
      ok: false,
      reason: "bad_signature",
    });
    expect(verifyWebhook(newWebhookSecret(), headersOf(signed), body, now)).toMatchObject({
      ok: false,
      reason: "bad_signature",
    });
    const late = new Date(now.getTime() + (TOLERANCE_SECONDS + 1) * 1000);
    expect(verifyWebhook(secret, headersOf(signed), body, late)).toMatchObject({ reason: "stale_timestamp" });
    const early = new Date(now.getTime() - (TOLERANCE_SECONDS + 1) * 1000);
    expect(verifyWebhook(secret, headersOf(signed), body, early)).toMatchObject({
      reason: "stale_timestamp",
    });
    expect(verifyWebhook(secret, headersOf({ "webhook-id": "msg_1" }), body, now)).toMatchObject({
      reason: "missing_headers",
    });
  });

  it("accepts any one matching signature of a list (secret rotation)", () => {
    const secret = newWebhookSecret();
    const signed = signWebhook(secret, { id: "msg_1", body, now });
    const rotated = { ...signed, "webhook-signature": `v1,AAAA ${signed["webhook-signature"]}` };
    expect(verifyWebhook(secret, headersOf(rotated), body, now)).toMatchObject({ ok: true });
  });
});
