// The OpenAPI 3.1 document of the controller API, generated from the zod schemas the routes use with
// zod 4's own z.toJSONSchema (JSON Schema 2020-12, the dialect OpenAPI 3.1 uses): no second description
// to keep in step, and no further dependency. Request bodies and query parameters are described as the
// client sends them (io "input": defaults optional, before transforms), answers as we send them.
import { z } from "zod";
import { API_SCOPES } from "../../auth/authorization/api-scopes.ts";
import { DEFAULT_MAX_BODY_BYTES } from "../json-body.ts";
import { IDEMPOTENCY_TTL_MS } from "../idempotency-ttl.ts";
import { API_OPERATIONS, PROBLEM_EXAMPLES, type ApiOperation } from "./catalogue.ts";
import { problemSchema } from "./problem-schema.ts";
import { dsrSummaryResource, dueDate, progress } from "../dsr/resource.ts";

/** Named schemas used inside the answers: components of their own, referenced where they occur. */
const NAMED_PARTS: z.ZodType[] = [dueDate, progress, dsrSummaryResource];

type JsonSchema = Record<string, unknown>;
const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/** The named schemas (`.meta({ id })`) of `schemas`, in `io` mode, as OpenAPI components. */
function components(schemas: z.ZodType[], io: "input" | "output"): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const schema of new Set(schemas)) {
    const id = z.globalRegistry.get(schema)?.id;
    if (typeof id !== "string") throw new Error("every top-level API schema needs .meta({ id })");
    registry.add(schema, { id });
  }
  const { schemas: generated } = z.toJSONSchema(registry, {
    io,
    unrepresentable: "any",
    uri: (id) => `#/components/schemas/${id}`,
  });
  return Object.fromEntries(
    Object.entries(generated).map(([id, schema]) => {
      const { $schema: _dialect, $id: _id, ...rest } = schema as JsonSchema;
      return [id, rest];
    }),
  );
}

const idOf = (schema: z.ZodType) => z.globalRegistry.get(schema)?.id as string;

function queryParameters(query: z.ZodObject) {
  const schema = z.toJSONSchema(query, { io: "input", unrepresentable: "any" }) as {
    properties: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(schema.properties).map(([name, property]) => ({
    name,
    in: "query",
    required: schema.required?.includes(name) ?? false,
    schema: property,
  }));
}

const problemResponse = (status: number, description: string) => ({
  description,
  content: { "application/problem+json": { schema: ref("Problem"), example: PROBLEM_EXAMPLES[status] } },
  ...(status === 429
    ? { headers: { "Retry-After": { description: "Seconds to wait.", schema: { type: "integer" } } } }
    : {}),
});

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: "The body or query is not valid (`errors` names each field), or not JSON.",
  401: "No key, or a revoked or unknown one.",
  403: "The key lacks the scope, or your organisation's IP allow-list refuses the address.",
  404: "No such request in your organisation.",
  409: "The Idempotency-Key was used with another request, or its first request is still running.",
  413: `The body is larger than ${DEFAULT_MAX_BODY_BYTES} bytes.`,
  415: "The body is not application/json.",
  429: "Too many requests with this key in the current minute.",
  500: "Our error; `detail` carries a reference.",
};

function operationObject(operation: ApiOperation) {
  const parameters = [
    ...(operation.pathParameters ?? []).map((p) => ({
      name: p.name,
      in: "path",
      required: true,
      description: p.description,
      schema: { type: "string", maxLength: 64 },
    })),
    ...(operation.query ? queryParameters(operation.query) : []),
    ...(operation.idempotent
      ? [
          {
            name: "Idempotency-Key",
            in: "header",
            required: false,
            description: `Any 1 to 255 printable ASCII characters, unique per request you mean. Kept ${IDEMPOTENCY_TTL_MS / 3_600_000} hours.`,
            schema: { type: "string", minLength: 1, maxLength: 255 },
          },
        ]
      : []),
  ];
  const { success } = operation;
  const successResponse = {
    description: success.description,
    ...(success.location
      ? { headers: { Location: { description: "The new request's URL.", schema: { type: "string" } } } }
      : {}),
    content: {
      "application/json": success.schema
        ? { schema: ref(idOf(success.schema)), example: success.example }
        : { schema: { type: "object" } },
    },
  };
  const problemStatuses = operation.scope
    ? [...operation.problems, 401, 429, 500]
    : [...operation.problems, 500];
  return {
    operationId: operation.operationId,
    summary: operation.summary,
    description: operation.description,
    tags: [operation.scope ? "Data-subject requests" : "Documentation"],
    security: operation.scope ? [{ apiKey: [operation.scope] }] : [],
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(operation.body
      ? {
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: ref(idOf(operation.body.schema)),
                example: operation.body.example,
              },
            },
          },
        }
      : {}),
    responses: {
      [String(success.status)]: successResponse,
      ...Object.fromEntries(
        [...new Set(problemStatuses)]
          .sort()
          .map((status) => [String(status), problemResponse(status, PROBLEM_DESCRIPTIONS[status]!)]),
      ),
    },
  };
}

export function openApiDocument(serverUrl: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const operation of API_OPERATIONS) {
    paths[operation.path] ??= {};
    paths[operation.path]![operation.method] = operationObject(operation);
  }
  const inputs = API_OPERATIONS.flatMap((o) => (o.body ? [o.body.schema] : []));
  const outputs = [
    problemSchema,
    ...NAMED_PARTS,
    ...API_OPERATIONS.flatMap((o) => (o.success.schema ? [o.success.schema] : [])),
  ];
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Article28 controller API",
      version: "1.0.0",
      description:
        "File and follow data-subject requests as a controller. Authenticate with an API key of your organisation (Portal → API) as `Authorization: Bearer <key>`; a key does only what its scopes allow and never sees another organisation. Every error is an RFC 9457 problem document. Status changes can also be received as signed webhooks (Standard Webhooks).",
    },
    servers: [{ url: serverUrl }],
    tags: [{ name: "Data-subject requests" }, { name: "Documentation" }],
    paths,
    components: {
      schemas: { ...components(outputs, "output"), ...components(inputs, "input") },
      securitySchemes: {
        apiKey: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "a28_…",
          description: `An API key created on the portal's API page. Scopes: ${API_SCOPES.join(", ")}.`,
        },
      },
    },
  };
}
