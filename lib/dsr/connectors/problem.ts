import "server-only";
// RFC 9457 problem details for the connector callback (the only answer format a connected system reads
// from Article28), written by the API's problem writer (lib/api/problem.ts: the same content type and
// headers) with types in the same namespace: `urn:article28:problem:connector:<code>`, the codes
// docs/connectors/protocol.md names. The detail never echoes what the caller sent.
import { problemResponse } from "../../api/problem.ts";
import { PROBLEM_TYPE_BASE } from "../../api/problem-types.ts";

export const CONNECTOR_PROBLEMS = {
  invalid_token: { status: 401, title: "The bearer token is not valid for this task" },
  already_final: { status: 409, title: "The task already has its result" },
  invalid_result: { status: 400, title: "The result does not follow the protocol" },
  too_large: { status: 413, title: "The result is too large" },
  unsupported_type: { status: 415, title: "Send the result as application/json" },
  internal: { status: 500, title: "The result could not be stored; try again" },
} as const;

export type ConnectorProblemCode = keyof typeof CONNECTOR_PROBLEMS;

export function connectorProblemType(code: ConnectorProblemCode): string {
  return `${PROBLEM_TYPE_BASE}connector:${code}`;
}

/** The problem answer; without a detail of its own, the title is the detail. */
export function connectorProblemResponse(code: ConnectorProblemCode, detail?: string): Response {
  const { status, title } = CONNECTOR_PROBLEMS[code];
  return problemResponse(
    { type: connectorProblemType(code), title, status, detail: detail ?? title },
    status === 401 ? { "WWW-Authenticate": 'Bearer realm="article28-connectors"' } : {},
  );
}
