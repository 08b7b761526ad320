// The connector protocol's retention purge (docs/connectors/protocol.md, "Purging expired records"; ADR
// 0028): the answer schema both sides share, and the webhook-id that makes a repeat within a run idempotent.
import { describe, expect, it } from "vitest";
import { purgeWebhookId } from "./ask.ts";
import { parsePurgeExpiredResult, purgeExpiredMessage, PURGE_SUBJECT_LIMIT } from "./protocol.ts";

const question = { dataSystemId: "sys1", organizationId: "org1", category: "system:a:events", mode: "purge" };

describe("purge_expired", () => {
  it("accepts the documented answers and refuses unknown fields, bad hashes and too many subjects", () => {
    const done = parsePurgeExpiredResult(
      JSON.stringify({ status: "done", records: 2, idsSha256: "a".repeat(64), oldestAt: null }),
    );
    expect(done).toMatchObject({ ok: true, result: { status: "done", records: 2 } });
    expect(parsePurgeExpiredResult(JSON.stringify({ status: "failed" }))).toMatchObject({
      ok: true,
      result: { records: 0 },
    });
    expect(parsePurgeExpiredResult(JSON.stringify({ status: "done", extra: 1 })).ok).toBe(false);
    expect(parsePurgeExpiredResult(JSON.stringify({ status: "done", idsSha256: "xyz" })).ok).toBe(false);
    const subjects = Array.from({ length: PURGE_SUBJECT_LIMIT + 1 }, (_, i) => ({
      identifier: `s${i}@example.test`,
      records: 1,
    }));
    expect(parsePurgeExpiredResult(JSON.stringify({ status: "done", subjects })).ok).toBe(false);
    expect(parsePurgeExpiredResult("not json")).toEqual({ ok: false, reason: "result is not JSON" });
  });

  it("a message without keep keeps nobody", () => {
    const parsed = purgeExpiredMessage.parse({
      version: 1,
      action: "purge_expired",
      organization: { id: "org1", slug: "acme" },
      category: "events",
      cutoff: "2025-11-07T10:17:00.000Z",
      mode: "count",
    });
    expect(parsed.keep).toEqual({ subjects: [] });
  });

  it("the webhook-id is stable within a run and differs per run, organisation, category and mode", () => {
    const id = purgeWebhookId("run1", question);
    expect(purgeWebhookId("run1", question)).toBe(id);
    expect(purgeWebhookId("run2", question)).not.toBe(id);
    expect(purgeWebhookId("run1", { ...question, organizationId: "org2" })).not.toBe(id);
    expect(purgeWebhookId("run1", { ...question, mode: "count" })).not.toBe(id);
    expect(purgeWebhookId("run1", { ...question, category: "system:a:orders" })).not.toBe(id);
  });
});
