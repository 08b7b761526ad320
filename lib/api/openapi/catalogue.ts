// Every operation of the controller API, as the OpenAPI document describes it: the schemas are the ones
// the routes parse and answer with (lib/dsr/request-input.ts, lib/api/dsr/*), so the document cannot
// drift from the code. A test checks that every route under app/api/v1 is here.
import type { z } from "zod";
import type { ApiScope } from "../../auth/authorization/api-scopes.ts";
import { dsrRequestInput } from "../../dsr/request-input.ts";
import { dsrListQuery } from "../dsr/list-query.ts";
import { dsrListResource, dsrResource } from "../dsr/resource.ts";
import { PROBLEM_TYPE_BASE } from "../problem-types.ts";

/** The portal's schema as it is, named for the document. */
export const dsrRequestBody = dsrRequestInput.meta({ id: "DsrRequestInput" });

export type ApiOperation = {
  method: "get" | "post";
  /** OpenAPI path template, e.g. "/api/v1/dsr/{id}". */
  path: string;
  operationId: string;
  summary: string;
  description: string;
  /** null: public (no key). */
  scope: ApiScope | null;
  query?: z.ZodObject;
  pathParameters?: { name: string; description: string }[];
  idempotent?: boolean;
  body?: { schema: z.ZodType; example: unknown };
  success: { status: number; description: string; schema?: z.ZodType; example?: unknown; location?: boolean };
  /** Problem statuses this operation may answer besides 401, 429 and 500 (which every keyed one may). */
  problems: number[];
};

const exampleRequest = {
  id: "6f1c2a9e-3b7d-4c55-9a0e-1d2f3a4b5c6d",
  reference: "DSR-2027-0042",
  type: "ERASURE",
  status: "IN_PROGRESS",
  source: "API",
  receivedAt: "2027-03-05T09:30:00.000Z",
  legalDue: {
    date: "2027-04-05",
    at: "2027-04-05T21:59:59.999Z",
    timeZone: "Europe/Berlin",
    overdue: false,
    extended: false,
  },
  processorDue: {
    date: "2027-03-15",
    at: "2027-03-15T22:59:59.999Z",
    timeZone: "Europe/Berlin",
    overdue: false,
  },
  progress: { total: 4, pending: 1, waiting: 1, done: 2, notFound: 0, blocked: 0, failed: 0, cancelled: 0 },
  createdAt: "2027-03-05T10:02:11.000Z",
  instructionReference: "TICKET-4711",
  closedAt: null,
  declineReason: null,
  systems: [
    {
      system: "Product database",
      action: "ERASE",
      status: "DONE",
      records: 12,
      fields: ["email", "name"],
      ground: null,
      blockedUntil: null,
      completedAt: "2027-03-05T10:02:40.000Z",
      updatedAt: "2027-03-05T10:02:40.000Z",
    },
  ],
  deadlineChanges: [],
  openDuplicates: [],
};

export const API_OPERATIONS: ApiOperation[] = [
  {
    method: "post",
    path: "/api/v1/dsr",
    operationId: "createDataSubjectRequest",
    summary: "File a data-subject request",
    description:
      "Instructs us to assist with one data subject's request (Art. 28(3)(e) GDPR). Name the subject by what you know (email and/or your user id), attest that you verified their identity, and give the date you received the request: the legal due date is counted from it in your organisation's time zone. Send an `Idempotency-Key` to retry safely: the same key with the same body answers with the first response for 24 hours; with another body it is a 409.",
    scope: "dsr:write",
    idempotent: true,
    body: {
      schema: dsrRequestBody,
      example: {
        type: "ERASURE",
        subject: { email: "anna@example.com", externalId: "cust-1042" },
        receivedAt: "2027-03-05T09:30:00Z",
        instructionReference: "TICKET-4711",
        identityVerified: true,
      },
    },
    success: {
      status: 201,
      description: "Filed. `Location` names the new request.",
      schema: dsrResource,
      example: { ...exampleRequest, status: "OPEN" },
      location: true,
    },
    problems: [400, 403, 409, 413, 415],
  },
  {
    method: "get",
    path: "/api/v1/dsr",
    operationId: "listDataSubjectRequests",
    summary: "List data-subject requests",
    description:
      "Your organisation's requests, newest first, filtered by status and type, one page at a time.",
    scope: "dsr:read",
    query: dsrListQuery,
    success: {
      status: 200,
      description: "One page of requests.",
      schema: dsrListResource,
      example: { data: [exampleRequest], nextCursor: null },
    },
    problems: [400, 403],
  },
  {
    method: "get",
    path: "/api/v1/dsr/{id}",
    operationId: "getDataSubjectRequest",
    summary: "Read one data-subject request",
    description:
      "One request with its due dates (day, instant and time zone), per-system progress and deadline changes. An id of another organisation answers 404, like an unknown one.",
    scope: "dsr:read",
    pathParameters: [{ name: "id", description: "The request's id." }],
    success: { status: 200, description: "The request.", schema: dsrResource, example: exampleRequest },
    problems: [403, 404],
  },
  {
    method: "get",
    path: "/api/v1/openapi.json",
    operationId: "getOpenApiDocument",
    summary: "This document",
    description: "The OpenAPI 3.1 description of the controller API. Public: no key needed.",
    scope: null,
    success: { status: 200, description: "The OpenAPI document." },
    problems: [],
  },
];

export const PROBLEM_EXAMPLES: Record<number, unknown> = {
  400: {
    type: `${PROBLEM_TYPE_BASE}invalid-request`,
    title: "The request is not valid",
    status: 400,
    detail: "One field is not valid; see errors.",
    instance: "/api/v1/dsr",
    errors: [
      { detail: "Confirm that you verified the data subject's identity.", pointer: "#/identityVerified" },
    ],
  },
  401: {
    type: `${PROBLEM_TYPE_BASE}unauthenticated`,
    title: "A valid API key is required",
    status: 401,
    detail: "Send a valid, unrevoked API key as `Authorization: Bearer <key>`.",
  },
  403: {
    type: `${PROBLEM_TYPE_BASE}insufficient-scope`,
    title: "The API key's scopes do not allow this",
    status: 403,
    detail: "This API key does not have the scope dsr:write.",
  },
  404: {
    type: `${PROBLEM_TYPE_BASE}not-found`,
    title: "Not found",
    status: 404,
    detail: "No such resource in your organisation.",
  },
  409: {
    type: `${PROBLEM_TYPE_BASE}idempotency-key-reused`,
    title: "The idempotency key was used with another request",
    status: 409,
    detail:
      "This Idempotency-Key was used in the last 24 hours with a different request. Use a new key for a new request.",
  },
  413: {
    type: `${PROBLEM_TYPE_BASE}body-too-large`,
    title: "The body is too large",
    status: 413,
    detail: "The body is larger than 16384 bytes.",
  },
  415: {
    type: `${PROBLEM_TYPE_BASE}unsupported-media-type`,
    title: "The body must be application/json",
    status: 415,
    detail: "Send the body as application/json.",
  },
  429: {
    type: `${PROBLEM_TYPE_BASE}rate-limited`,
    title: "Too many requests",
    status: 429,
    detail: "Too many requests with this API key. Wait as long as Retry-After says.",
  },
  500: {
    type: `${PROBLEM_TYPE_BASE}internal-error`,
    title: "Internal error",
    status: 500,
    detail: "Something went wrong on our side. Reference: 5b0e…",
  },
};
