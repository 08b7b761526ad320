// The controller API's OpenAPI document: valid OpenAPI 3.1 (checked against the specification's own
// schema with @seriousme/openapi-schema-validator), every route under app/api/v1 described with the
// methods it exports, and its examples valid for the schemas the routes use.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { dsrRequestInput } from "../../dsr/request-input.ts";
import { dsrListResource, dsrResource } from "../dsr/resource.ts";
import { problemSchema } from "./problem-schema.ts";
import { API_OPERATIONS, PROBLEM_EXAMPLES } from "./catalogue.ts";
import { openApiDocument } from "./document.ts";

const document = openApiDocument("https://trust.example.com");
const API_DIR = path.resolve("app/api/v1");

/** Every route file under app/api/v1 as [OpenAPI path, methods it exports]. */
function routes(dir = API_DIR): [string, string[]][] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routes(full);
    if (entry.name !== "route.ts") return [];
    const segments = path.relative(API_DIR, dir).split(path.sep).filter(Boolean);
    const apiPath = ["/api/v1", ...segments.map((s) => s.replace(/^\[(.+)\]$/, "{$1}"))].join("/");
    const methods = [
      ...readFileSync(full, "utf8").matchAll(
        /export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g,
      ),
    ].map((m) => m[1]!.toLowerCase());
    return [[apiPath, methods]];
  });
}

describe("the OpenAPI document (/api/v1/openapi.json)", () => {
  it("is valid OpenAPI 3.1", async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(document));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("describes every route under app/api/v1 with every method it exports, and nothing else", () => {
    const found = routes();
    expect(found.length).toBeGreaterThanOrEqual(3);
    for (const [apiPath, methods] of found) {
      expect(methods.length, apiPath).toBeGreaterThan(0);
      for (const method of methods)
        expect(document.paths[apiPath]?.[method], `${method} ${apiPath}`).toBeDefined();
    }
    const described = Object.entries(document.paths).flatMap(([p, ops]) =>
      Object.keys(ops).map((m) => `${m} ${p}`),
    );
    const routed = found.flatMap(([p, methods]) => methods.map((m) => `${m} ${p}`));
    expect(described.sort()).toEqual(routed.sort());
  });

  it("names the bearer key scheme, each keyed operation's scope and its problem answers", () => {
    expect(document.components.securitySchemes.apiKey).toMatchObject({ type: "http", scheme: "bearer" });
    for (const operation of API_OPERATIONS.filter((o) => o.scope)) {
      const described = document.paths[operation.path]![operation.method] as {
        security: unknown;
        responses: Record<string, { content: Record<string, unknown> }>;
      };
      expect(described.security).toEqual([{ apiKey: [operation.scope] }]);
      for (const status of ["401", "429", "500"])
        expect(Object.keys(described.responses[status]!.content)).toEqual(["application/problem+json"]);
    }
  });

  it("every reference points at a component of its own", () => {
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const target of refs) {
      expect(target).toMatch(/^#\/components\/schemas\/[A-Za-z]+$/);
      expect(document.components.schemas[target.split("/").at(-1)!], target).toBeDefined();
    }
  });

  it("its examples are valid for the schemas the routes use", () => {
    const create = API_OPERATIONS.find((o) => o.operationId === "createDataSubjectRequest")!;
    expect(dsrRequestInput.safeParse(create.body!.example).success).toBe(true);
    expect(dsrResource.safeParse(create.success.example).success).toBe(true);
    const list = API_OPERATIONS.find((o) => o.operationId === "listDataSubjectRequests")!;
    expect(dsrListResource.safeParse(list.success.example).success).toBe(true);
    for (const example of Object.values(PROBLEM_EXAMPLES))
      expect(problemSchema.safeParse(example).success).toBe(true);
  });

  it("describes the request body from the portal's own schema (required fields, no extra ones)", () => {
    const input = document.components.schemas.DsrRequestInput as {
      required: string[];
      additionalProperties: boolean;
    };
    expect(input.required).toEqual(
      expect.arrayContaining(["type", "subject", "receivedAt", "identityVerified"]),
    );
    expect(input.additionalProperties).toBe(false);
    expect(document.components.schemas.DsrRequest).toBeDefined();
    expect(document.components.schemas.Problem).toBeDefined();
  });
});
