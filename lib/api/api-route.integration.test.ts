// The API edge (SECURITY.md S11, S12, S13, S17, S28) through a probe route: a bearer key or 401; a key's
// scopes decide (a dsr:read key cannot write; the refusal is audited as the key); the key's rate limit
// answers 429 with Retry-After; every refusal is RFC 9457 problem+json (validation with `errors` per
// field); bodies are JSON, size-limited and strictly parsed; the key never reaches another organisation.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createOrganization } from "../../prisma/factories.ts";
import { authorizeOrgBySlug } from "../auth/authorization/authorize.ts";
import { db } from "../db/client.ts";
import { apiRequest, routeParams, testApiKey } from "../testing/api-keys.ts";
import { defineApiRoute } from "./api-route.ts";
import { parseJson, parseWith, readJsonText } from "./json-body.ts";

const probeInput = z.strictObject({ name: z.string().min(2), count: z.number().int().positive() });

const readProbe = defineApiRoute({ permission: "org.dsr.view" }, async (org) =>
  Response.json({ organizationId: org.organizationId, label: org.actor.name }),
);
const writeProbe = defineApiRoute({ permission: "org.dsr.manage" }, async (org, request) => {
  const input = parseWith(probeInput, parseJson(await readJsonText(request, 256)));
  return Response.json({ ok: true, input, organizationId: org.organizationId }, { status: 201 });
});
const crossProbe = defineApiRoute({ permission: "org.dsr.view" }, async (org, request) => {
  const slug = new URL(request.url).searchParams.get("slug")!;
  await authorizeOrgBySlug(org, slug, "org.dsr.view");
  return Response.json({ reached: slug });
});

const none = routeParams({});

async function problemOf(response: Response) {
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  expect(response.headers.get("cache-control")).toBe("no-store");
  const body = (await response.json()) as Record<string, unknown>;
  expect(body).toMatchObject({ status: response.status });
  expect(typeof body.type).toBe("string");
  expect(typeof body.title).toBe("string");
  expect(typeof body.detail).toBe("string");
  return body;
}

describe("authentication (S28)", () => {
  it("no key, a malformed key and an unknown key are 401 problems with WWW-Authenticate", async () => {
    for (const key of [null, "not-a-key", `a28_${"x".repeat(43)}`]) {
      const response = await readProbe(apiRequest("/api/v1/probe", { key }), none);
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect(await problemOf(response)).toMatchObject({ type: "urn:article28:problem:unauthenticated" });
    }
  });

  it("a revoked key is 401 at once", async () => {
    const org = await createOrganization();
    const { id, key } = await testApiKey(org.id, ["dsr:read"]);
    expect((await readProbe(apiRequest("/api/v1/probe", { key }), none)).status).toBe(200);
    await db.apiKey.update({ where: { id }, data: { revokedAt: new Date() } });
    const response = await readProbe(apiRequest("/api/v1/probe", { key }), none);
    expect(response.status).toBe(401);
    await problemOf(response);
  });

  it("the handler acts as the key inside its organisation; last use is recorded at most once a minute", async () => {
    const org = await createOrganization();
    const { id, key, name } = await testApiKey(org.id, ["dsr:read"], { name: "Ticketing" });
    const response = await readProbe(apiRequest("/api/v1/probe", { key }), none);
    expect(await response.json()).toEqual({ organizationId: org.id, label: `API key ${name}` });
    const first = (await db.apiKey.findUniqueOrThrow({ where: { id } })).lastUsedAt;
    expect(first).not.toBeNull();
    await readProbe(apiRequest("/api/v1/probe", { key }), none);
    expect((await db.apiKey.findUniqueOrThrow({ where: { id } })).lastUsedAt).toEqual(first);
  });
});

describe("scopes and tenant isolation (S11, S12, S28)", () => {
  it("a dsr:read key cannot write: 403 insufficient-scope, audited as the key", async () => {
    const org = await createOrganization();
    const { key, name } = await testApiKey(org.id, ["dsr:read"]);
    const response = await writeProbe(
      apiRequest("/api/v1/probe", { method: "POST", key, body: { name: "ab", count: 1 } }),
      none,
    );
    expect(response.status).toBe(403);
    expect(await problemOf(response)).toMatchObject({
      type: "urn:article28:problem:insufficient-scope",
      detail: expect.stringContaining("dsr:write"),
    });
    const refusal = await db.auditEvent.findFirstOrThrow({
      where: { action: "authz.denied", organizationId: org.id },
    });
    expect(refusal).toMatchObject({ actorUserId: null, actorLabel: `API key ${name}` });
  });

  it("a dsr:write key cannot read", async () => {
    const org = await createOrganization();
    const { key } = await testApiKey(org.id, ["dsr:write"]);
    expect((await readProbe(apiRequest("/api/v1/probe", { key }), none)).status).toBe(403);
  });

  it("a key never reaches another organisation: not found, nothing of it answered", async () => {
    const mine = await createOrganization();
    const victim = await createOrganization({ name: "Victim Corp" });
    const { key } = await testApiKey(mine.id, ["dsr:read", "dsr:write"]);
    const response = await crossProbe(apiRequest(`/api/v1/probe?slug=${victim.slug}`, { key }), none);
    expect(response.status).toBe(404);
    const text = await response.text();
    expect(text).not.toContain(victim.id);
    expect(text).not.toContain("Victim Corp");
  });
});

describe("rate limit per key (S28)", () => {
  it("answers 429 problem+json with Retry-After once the key is over its limit; another key is unaffected", async () => {
    const org = await createOrganization();
    const limited = await testApiKey(org.id, ["dsr:read"], { rateLimitPerMinute: 3 });
    const other = await testApiKey(org.id, ["dsr:read"], { rateLimitPerMinute: 3 });
    for (let i = 0; i < 3; i++)
      expect((await readProbe(apiRequest("/api/v1/probe", { key: limited.key }), none)).status).toBe(200);
    const refused = await readProbe(apiRequest("/api/v1/probe", { key: limited.key }), none);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await problemOf(refused)).toMatchObject({ type: "urn:article28:problem:rate-limited" });
    expect((await readProbe(apiRequest("/api/v1/probe", { key: other.key }), none)).status).toBe(200);
  });
});

describe("bodies (S13, S20)", () => {
  it("validation errors name every refused field as RFC 9457 errors with JSON Pointers", async () => {
    const org = await createOrganization();
    const { key } = await testApiKey(org.id, ["dsr:write"]);
    const response = await writeProbe(
      apiRequest("/api/v1/probe", { method: "POST", key, body: { name: "a", count: -1, extra: true } }),
      none,
    );
    expect(response.status).toBe(400);
    const problem = await problemOf(response);
    expect(problem.type).toBe("urn:article28:problem:invalid-request");
    const errors = problem.errors as { pointer: string; detail: string }[];
    expect(errors.map((e) => e.pointer).sort()).toEqual(["#/count", "#/extra", "#/name"]);
    for (const error of errors) expect(error.detail).not.toBe("");
  });

  it("refuses a body that is not JSON (415), not parseable (400) or too large (413)", async () => {
    const org = await createOrganization();
    const { key } = await testApiKey(org.id, ["dsr:write"]);
    const post = (body: string, type = "application/json") =>
      writeProbe(
        apiRequest("/api/v1/probe", { method: "POST", key, body, headers: { "content-type": type } }),
        none,
      );
    const wrongType = await post("name=ab", "application/x-www-form-urlencoded");
    expect(wrongType.status).toBe(415);
    expect((await problemOf(wrongType)).type).toBe("urn:article28:problem:unsupported-media-type");
    const broken = await post("{nope");
    expect(broken.status).toBe(400);
    expect((await problemOf(broken)).type).toBe("urn:article28:problem:invalid-json");
    const large = await post(JSON.stringify({ name: "x".repeat(400), count: 1 }));
    expect(large.status).toBe(413);
    expect((await problemOf(large)).type).toBe("urn:article28:problem:body-too-large");
  });
});
