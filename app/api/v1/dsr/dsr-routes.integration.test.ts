// The controller API's data-subject-request routes (A1, A7, SECURITY.md S12, S13, S17, S28), called as Next.js
// calls them: a dsr:write key files a request (201, Location, the request with due dates in the
// organisation's zone and per-system progress), the same Idempotency-Key and body files it once, another
// body is a 409; a dsr:read key cannot file; a key of another organisation gets 404 and none of the
// request's data; lists filter and page; every refusal is problem+json.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { dsrListResource, dsrResource } from "@/lib/api/dsr/resource";
import { dsrWorld } from "@/lib/dsr/testing/fixtures";
import { apiRequest, routeParams, testApiKey } from "@/lib/testing/api-keys";
import { GET as getOne } from "./[id]/route";
import { GET as list, POST as create } from "./route";

const body = (overrides: Record<string, unknown> = {}) => ({
  type: "ACCESS",
  subject: { email: `subject-${Math.random().toString(36).slice(2)}@example.test` },
  receivedAt: "2026-03-05T10:00:00Z",
  instructionReference: "TICKET-4711",
  identityVerified: true,
  ...overrides,
});

const none = routeParams({});
const post = (key: string, payload: unknown, headers: Record<string, string> = {}) =>
  create(apiRequest("/api/v1/dsr", { method: "POST", key, body: payload, headers }), none);

async function world() {
  const w = await dsrWorld();
  const writer = await testApiKey(w.own.id, ["dsr:write", "dsr:read"], { name: "Ticketing" });
  const reader = await testApiKey(w.own.id, ["dsr:read"]);
  const foreign = await testApiKey(w.other.id, ["dsr:read", "dsr:write"]);
  return { ...w, writer, reader, foreign };
}

describe("POST /api/v1/dsr (A1, A7, S28)", () => {
  it("files the request as the key: 201, Location, due dates with the zone, one task per system", async () => {
    const w = await world();
    const response = await post(w.writer.key, body());
    expect(response.status).toBe(201);
    const created = dsrResource.parse(await response.json());
    expect(response.headers.get("location")).toBe(`/api/v1/dsr/${created.id}`);
    expect(created).toMatchObject({
      status: "OPEN",
      source: "API",
      type: "ACCESS",
      instructionReference: "TICKET-4711",
      legalDue: { date: "2026-04-05", timeZone: "Europe/Berlin", extended: false },
      processorDue: { date: "2026-03-15", timeZone: "Europe/Berlin" },
    });
    expect(created.legalDue.at).toBe("2026-04-05T21:59:59.999Z");
    expect(created.systems.map((s) => s.system).sort()).toEqual(["Analytics events", "Product database"]);
    expect(created.progress.total).toBe(2);
    expect(JSON.stringify(created)).not.toContain("@example.test");
    const row = await db.dataSubjectRequest.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ organizationId: w.own.id, source: "API", filedById: null });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "dsr.request.filed", organizationId: w.own.id, targetId: created.id },
    });
    expect(audit).toMatchObject({ actorUserId: null, actorLabel: "API key Ticketing" });
  });

  it("queues dsr.status_changed for the organisation's webhook endpoints in the same transaction", async () => {
    const w = await world();
    const endpoint = await db.webhookEndpoint.create({
      data: {
        organizationId: w.own.id,
        url: "http://127.0.0.1:9/hook",
        eventTypes: ["dsr.status_changed"],
        secretSealed: "unused",
        createdByLabel: "test",
      },
    });
    const created = dsrResource.parse(await (await post(w.writer.key, body())).json());
    const delivery = await db.webhookDelivery.findFirstOrThrow({ where: { endpointId: endpoint.id } });
    expect(delivery.eventType).toBe("dsr.status_changed");
    expect(JSON.parse(delivery.body)).toMatchObject({
      type: "dsr.status_changed",
      data: { requestId: created.id, reference: created.reference, status: "OPEN", previousStatus: null },
    });
  });

  it("the same Idempotency-Key and body file once and answer the same; another body is a 409", async () => {
    const w = await world();
    const payload = body();
    const first = await post(w.writer.key, payload, { "idempotency-key": "ticket-4711" });
    const second = await post(w.writer.key, payload, { "idempotency-key": "ticket-4711" });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    expect(second.headers.get("location")).toBe(first.headers.get("location"));
    expect(await second.json()).toEqual(await first.json());
    expect(await db.dataSubjectRequest.count({ where: { organizationId: w.own.id } })).toBe(1);
    const other = await post(w.writer.key, body({ type: "ERASURE" }), { "idempotency-key": "ticket-4711" });
    expect(other.status).toBe(409);
    expect(other.headers.get("content-type")).toBe("application/problem+json");
    expect(await other.json()).toMatchObject({
      type: "urn:article28:problem:idempotency-key-reused",
      status: 409,
    });
    expect(await db.dataSubjectRequest.count({ where: { organizationId: w.own.id } })).toBe(1);
  });

  it("a dsr:read key cannot file: 403 problem, nothing stored", async () => {
    const w = await world();
    const response = await post(w.reader.key, body());
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ type: "urn:article28:problem:insufficient-scope" });
    expect(await db.dataSubjectRequest.count({ where: { organizationId: w.own.id } })).toBe(0);
  });

  it("validation errors are problem+json with every refused field (S13)", async () => {
    const w = await world();
    const response = await post(w.writer.key, {
      type: "SOMETHING",
      subject: {},
      receivedAt: "yesterday",
      organizationId: w.other.id,
    });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const problem = (await response.json()) as {
      type: string;
      errors: { pointer: string; detail: string }[];
    };
    expect(problem.type).toBe("urn:article28:problem:invalid-request");
    expect(problem.errors.map((e) => e.pointer)).toEqual(
      expect.arrayContaining(["#/type", "#/receivedAt", "#/identityVerified", "#/organizationId"]),
    );
    expect(
      await db.dataSubjectRequest.count({ where: { organizationId: { in: [w.own.id, w.other.id] } } }),
    ).toBe(0);
  });

  it("a receipt in the future is refused with the domain's reason", async () => {
    const w = await world();
    const response = await post(w.writer.key, body({ receivedAt: "2999-01-01T00:00:00Z" }));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ type: "urn:article28:problem:invalid-request" });
  });
});

describe("GET /api/v1/dsr and /api/v1/dsr/{id} (S12, S28)", () => {
  it("a key of another organisation gets 404 and none of the request's data; its list is empty", async () => {
    const w = await world();
    const created = dsrResource.parse(await (await post(w.writer.key, body())).json());
    const response = await getOne(
      apiRequest(`/api/v1/dsr/${created.id}`, { key: w.foreign.key }),
      routeParams({ id: created.id }),
    );
    expect(response.status).toBe(404);
    const text = await response.text();
    expect(text).not.toContain(created.reference);
    expect(text).not.toContain(w.own.name);
    expect(JSON.parse(text)).toMatchObject({ type: "urn:article28:problem:not-found", status: 404 });
    const foreignList = dsrListResource.parse(
      await (await list(apiRequest("/api/v1/dsr", { key: w.foreign.key }), none)).json(),
    );
    expect(foreignList.data).toEqual([]);
  });

  it("reads one request of the key's organisation", async () => {
    const w = await world();
    const created = dsrResource.parse(await (await post(w.writer.key, body())).json());
    const response = await getOne(
      apiRequest(`/api/v1/dsr/${created.id}`, { key: w.reader.key }),
      routeParams({ id: created.id }),
    );
    expect(response.status).toBe(200);
    expect(dsrResource.parse(await response.json())).toMatchObject({
      id: created.id,
      reference: created.reference,
    });
  });

  it("lists newest first, filters by status and type, pages with a cursor", async () => {
    const w = await world();
    const erasure = dsrResource.parse(await (await post(w.writer.key, body({ type: "ERASURE" }))).json());
    const access = dsrResource.parse(await (await post(w.writer.key, body())).json());
    const get = async (query: string) => {
      const response = await list(apiRequest(`/api/v1/dsr${query}`, { key: w.reader.key }), none);
      expect(response.status).toBe(200);
      return dsrListResource.parse(await response.json());
    };
    expect((await get("")).data.map((r) => r.id)).toEqual([access.id, erasure.id]);
    expect((await get("?type=ERASURE")).data.map((r) => r.id)).toEqual([erasure.id]);
    expect((await get("?status=COMPLETED")).data).toEqual([]);
    const first = await get("?limit=1");
    expect(first.data.map((r) => r.id)).toEqual([access.id]);
    const second = await get(`?limit=1&cursor=${first.nextCursor}`);
    expect(second.data.map((r) => r.id)).toEqual([erasure.id]);
    expect(second.nextCursor).toBeNull();
  });

  it("refuses an unknown filter value or parameter as a problem naming it", async () => {
    const w = await world();
    const response = await list(
      apiRequest("/api/v1/dsr?status=LOST&colour=red", { key: w.reader.key }),
      none,
    );
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { errors: { pointer: string }[] };
    expect(problem.errors.map((e) => e.pointer).sort()).toEqual(["#/colour", "#/status"]);
  });
});
