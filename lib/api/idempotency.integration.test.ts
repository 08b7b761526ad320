// Idempotency keys on create (the Idempotency-Key header): the same key and request run once and get the
// stored answer again; another request under the key is a 409 problem; a failed first attempt stores
// nothing; keys are kept 24 hours and belong to one API key.
import { describe, expect, it } from "vitest";
import { createOrganization } from "../../prisma/factories.ts";
import { db } from "../db/client.ts";
import { apiRequest, testApiKey } from "../testing/api-keys.ts";
import { fixedClock } from "../time/clock.ts";
import { AppError } from "../errors.ts";
import {
  IDEMPOTENCY_TTL_MS,
  idempotent,
  purgeExpiredIdempotencyRecords,
  type IdempotentCreate,
} from "./idempotency.ts";

const once = (id: string): IdempotentCreate => ({
  commit: async () => ({ resourceId: id, status: 201 }),
  render: async (resourceId) => ({ id: resourceId }),
});

async function setUp() {
  const org = await createOrganization();
  const key = await testApiKey(org.id, ["dsr:write"]);
  const clock = fixedClock("2027-03-01T10:00:00Z");
  let runs = 0;
  const create: IdempotentCreate = {
    commit: async () => {
      runs += 1;
      return { resourceId: `created-${runs}`, status: 201, location: `/api/v1/dsr/created-${runs}` };
    },
    render: async (id) => ({ id }),
  };
  const post = (body: unknown, idempotencyKey?: string, apiKeyId = key.id) =>
    idempotent(
      { apiKeyId, clock },
      apiRequest("/api/v1/dsr", {
        method: "POST",
        body,
        headers: idempotencyKey ? { "idempotency-key": idempotencyKey } : {},
      }),
      body,
      create,
    );
  return { org, key, clock, post, runs: () => runs };
}

describe("idempotency keys", () => {
  it("the same key and body run once; the repeat gets the same status, body and Location", async () => {
    const { post, runs } = await setUp();
    const first = await post({ type: "ACCESS", email: "a@example.test" }, "order-1");
    // Same meaning, other key order: the same request.
    const second = await post({ email: "a@example.test", type: "ACCESS" }, "order-1");
    expect(runs()).toBe(1);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(await second.json()).toEqual(await first.json());
    expect(second.headers.get("location")).toBe(first.headers.get("location"));
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    expect(first.headers.get("idempotent-replayed")).toBeNull();
  });

  it("the same key with another body is a 409 and runs nothing", async () => {
    const { post, runs } = await setUp();
    await post({ type: "ACCESS" }, "order-2");
    await expect(post({ type: "ERASURE" }, "order-2")).rejects.toMatchObject({
      code: "conflict",
      problemType: "idempotency-key-reused",
    });
    expect(runs()).toBe(1);
  });

  it("without a key every request runs; another API key's records are its own", async () => {
    const { org, post, runs } = await setUp();
    await post({ type: "ACCESS" });
    await post({ type: "ACCESS" });
    expect(runs()).toBe(2);
    const other = await testApiKey(org.id, ["dsr:write"]);
    await post({ type: "ACCESS" }, "shared-key");
    await post({ type: "ERASURE" }, "shared-key", other.id);
    expect(runs()).toBe(4);
  });

  it("a failed first attempt stores nothing, so the client can retry under the same key", async () => {
    const { key, clock } = await setUp();
    const request = () =>
      apiRequest("/api/v1/dsr", { method: "POST", body: {}, headers: { "idempotency-key": "retry-me" } });
    await expect(
      idempotent(
        { apiKeyId: key.id, clock },
        request(),
        {},
        {
          commit: async () => {
            throw new AppError("invalid");
          },
          render: async () => ({}),
        },
      ),
    ).rejects.toMatchObject({ code: "invalid" });
    expect(await db.apiIdempotencyRecord.count({ where: { apiKeyId: key.id } })).toBe(0);
    const retried = await idempotent({ apiKeyId: key.id, clock }, request(), {}, once("x"));
    expect(retried.status).toBe(201);
  });

  it("a repeat while the first is still running is a 409 with Retry-After", async () => {
    const { key, clock } = await setUp();
    let release!: () => void;
    const running = new Promise<void>((resolve) => (release = resolve));
    const request = () =>
      apiRequest("/api/v1/dsr", { method: "POST", body: {}, headers: { "idempotency-key": "slow" } });
    const first = idempotent(
      { apiKeyId: key.id, clock },
      request(),
      {},
      {
        commit: async () => {
          await running;
          return { resourceId: "slow", status: 201 };
        },
        render: async (id) => ({ id }),
      },
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    await expect(idempotent({ apiKeyId: key.id, clock }, request(), {}, once("other"))).rejects.toMatchObject(
      { problemType: "idempotency-key-in-use", retryAfterSeconds: 1 },
    );
    release();
    expect((await first).status).toBe(201);
  });

  it("records are kept 24 hours: after that the key starts afresh, and the purge removes them", async () => {
    const { key, clock, post, runs } = await setUp();
    await post({ type: "ACCESS" }, "daily");
    clock.advance(IDEMPOTENCY_TTL_MS - 1000);
    await post({ type: "ACCESS" }, "daily");
    expect(runs()).toBe(1);
    clock.advance(2000);
    expect(await purgeExpiredIdempotencyRecords(clock)).toBeGreaterThanOrEqual(1);
    await post({ type: "ERASURE" }, "daily");
    expect(runs()).toBe(2);
    expect(await db.apiIdempotencyRecord.count({ where: { apiKeyId: key.id } })).toBe(1);
  });

  it("a repeat after the create committed but before its answer was stored answers for it, creating nothing", async () => {
    const { key, clock } = await setUp();
    let commits = 0;
    let renders = 0;
    const create: IdempotentCreate = {
      commit: async () => ({ resourceId: `res-${++commits}`, status: 201, location: "/api/v1/dsr/res-1" }),
      render: async (id) => {
        renders += 1;
        if (renders === 1) throw new Error("process died here");
        return { id, rendered: renders };
      },
    };
    const request = () =>
      apiRequest("/api/v1/dsr", { method: "POST", body: {}, headers: { "idempotency-key": "crash" } });
    await expect(idempotent({ apiKeyId: key.id, clock }, request(), {}, create)).rejects.toThrow(
      "process died",
    );
    const repeat = await idempotent({ apiKeyId: key.id, clock }, request(), {}, create);
    expect(commits).toBe(1);
    expect(repeat.status).toBe(201);
    expect(repeat.headers.get("location")).toBe("/api/v1/dsr/res-1");
    expect(await repeat.json()).toEqual({ id: "res-1", rendered: 2 });
    const again = await idempotent({ apiKeyId: key.id, clock }, request(), {}, create);
    expect(await again.json()).toEqual({ id: "res-1", rendered: 2 });
    expect(renders).toBe(2);
  });

  it("refuses a key that is not 1 to 255 printable characters", async () => {
    const { post } = await setUp();
    await expect(post({}, "x".repeat(256))).rejects.toMatchObject({ code: "invalid" });
    await expect(post({}, "with space")).rejects.toMatchObject({ code: "invalid" });
  });
});
